import { generateToken, hashToken } from '@tenant-iam/common';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { GOOD_PASSWORD, signUp, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';
import { extractToken } from '../support/smtp-sink';

// "Only the newest link works" under parallel requests: issuing serialises per account, and using
// several live links of one account at once never answers 5xx.
describe('concurrency: issuing and using link tokens of one account', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await createTestApp({ label: 'linktokens' });
    ds = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const liveTokens = async (email: string, purpose: string): Promise<number> => {
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM action_tokens t JOIN users u ON u.id = t.user_id
       WHERE u.email = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.revoked_at IS NULL`,
      [email, purpose],
    );
    return count;
  };

  /** Waits until `count` mails with a link to `path` reached `to`, and returns their tokens. */
  const tokensFromMails = async (to: string, path: string, count: number): Promise<string[]> => {
    const matching = () => t.mail.mails.filter((m) => m.to.includes(to) && m.text.includes(`/${path}?token=`));
    await t.mail.waitFor(() => matching().length >= count, 15_000);
    return matching().map((m) => extractToken(m.text, path));
  };

  it('20 parallel sign-ups of one unverified address leave exactly one live link', async () => {
    const email = uniqueEmail('parallel');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http.post('/api/v1/auth/register').send({ email, password: `${GOOD_PASSWORD}-${i}`, firstName: `Try${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
    // One sign-up created the account (a verification link), 19 were repeats (set-password links,
    // each revoking what came before): one link is left alive, a set-password one.
    const verifyLinks = await tokensFromMails(email, 'verify-email', 1);
    const setupLinks = await tokensFromMails(email, 'set-password', 19);
    expect(await liveTokens(email, 'verify-email')).toBe(0);
    expect(await liveTokens(email, 'password-setup')).toBe(1);
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: verifyLinks[0] }), 400, 'TOKEN_INVALID');

    // Without using any link up: a live link gets as far as the password policy (422), a dead one is refused first (400).
    const answers = [];
    for (const token of setupLinks) answers.push(await t.http.post('/api/v1/auth/password/reset').send({ token, password: 'weak' }));
    expect(answers.filter((r) => r.status === 422)).toHaveLength(1);
    for (const dead of answers.filter((r) => r.status !== 422)) expectProblem(dead, 400, 'TOKEN_INVALID');
  });

  it('20 parallel forgot-password requests leave exactly one live reset link', async () => {
    const user = await signUp(t);
    t.mail.clear();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.http.post('/api/v1/auth/password/forgot').send({ email: user.email })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
    const tokens = await tokensFromMails(user.email, 'reset-password', 20);
    expect(await liveTokens(user.email, 'password-reset')).toBe(1);

    // Over HTTP, without using any link up: a live link gets as far as the password policy (422),
    // a dead one is refused first (400).
    const answers = [];
    for (const token of tokens) answers.push(await t.http.post('/api/v1/auth/password/reset').send({ token, password: 'weak' }));
    expect(answers.filter((r) => r.status === 422)).toHaveLength(1);
    for (const dead of answers.filter((r) => r.status !== 422)) expectProblem(dead, 400, 'TOKEN_INVALID');
  });

  it('live reset and set-password links of one account used at the same moment: one wins, the rest get a clean 4xx', async () => {
    // Several accounts at once, so the transactions really interleave; before the fix this
    // deadlocked (each request locked its own link, then waited for the other's) and answered 500.
    const accounts = await Promise.all(Array.from({ length: 4 }, () => signUp(t)));
    const attempts = await Promise.all(
      accounts.map(async (account) => {
        await t.http.post('/api/v1/auth/password/forgot').send({ email: account.email }).expect(202);
        const [reset] = await tokensFromMails(account.email, 'reset-password', 1);
        // A set-password link, as an account created by an organisation admin will get one (no
        // route issues them yet, so the row is written here the way ActionTokensService stores it).
        const setup = generateToken();
        await ds.query(
          `INSERT INTO action_tokens (id, purpose, token_hash, user_id, subject, created_at, expires_at)
           SELECT gen_random_uuid(), 'password-setup', $1, id, email, now(), now() + interval '1 hour' FROM users WHERE email = $2`,
          [hashToken(setup), account.email],
        );
        return { account, links: [reset, setup] };
      }),
    );

    const results = await Promise.all(
      attempts.flatMap(({ account, links }) =>
        Array.from({ length: 6 }, (_, i) => {
          const password = `Parallel-reset-${i}-of-${account.email}`;
          return t.http
            .post('/api/v1/auth/password/reset')
            .send({ token: links[i % 2], password })
            .then((res) => ({ account, password, res }));
        }),
      ),
    );

    expect(results.filter((r) => r.res.status >= 500).map((r) => r.res.text)).toEqual([]);
    for (const { account, links } of attempts) {
      const mine = results.filter((r) => r.account === account);
      const winners = mine.filter((r) => r.res.status === 200);
      expect(winners).toHaveLength(1);
      for (const { res } of mine.filter((r) => r.res.status !== 200)) {
        expect(['400 TOKEN_INVALID', '410 TOKEN_USED']).toContain(`${res.status} ${res.body.code}`);
      }
      await t.http.post('/api/v1/auth/login').send({ email: account.email, password: winners[0].password }).expect(200);
      for (const token of links) {
        const again = await t.http.post('/api/v1/auth/password/reset').send({ token, password: GOOD_PASSWORD });
        expect(['400 TOKEN_INVALID', '410 TOKEN_USED']).toContain(`${again.status} ${again.body.code}`);
      }
    }
  });

  it('12 reset links mailed at once and all used at the same moment: one password is set, the others get a clean 4xx', async () => {
    const user = await signUp(t);
    t.mail.clear();
    await Promise.all(
      Array.from({ length: 12 }, () => t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202)),
    );
    const tokens = await tokensFromMails(user.email, 'reset-password', 12);
    const passwords = tokens.map((_, i) => `Twelve-at-once-${i}-password`);
    const results = await Promise.all(
      tokens.map((token, i) => t.http.post('/api/v1/auth/password/reset').send({ token, password: passwords[i] })),
    );

    expect(results.filter((r) => r.status >= 500).map((r) => r.text)).toEqual([]);
    const winners = results.flatMap((r, i) => (r.status === 200 ? [passwords[i]] : []));
    expect(winners).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 200))
      expect(['400 TOKEN_INVALID', '410 TOKEN_USED']).toContain(`${r.status} ${r.body.code}`);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: winners[0] }).expect(200);
  });

  it('a verification link and a reset link of one unverified account used at the same moment: no 5xx, the reset password holds', async () => {
    // A guard more than a reproduction: verify-email locks the account before its link, as reset
    // does, so the two cannot wait for each other (reset now also revokes pending verify links).
    const pairs = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const email = uniqueEmail('pair');
        await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
        const [verify] = await tokensFromMails(email, 'verify-email', 1);
        await t.http.post('/api/v1/auth/password/forgot').send({ email }).expect(202);
        const [reset] = await tokensFromMails(email, 'reset-password', 1);
        return { email, verify, reset };
      }),
    );
    const password = 'Chosen-with-the-reset-77';
    const results = await Promise.all(
      pairs.flatMap(({ verify, reset }) => [
        t.http.post('/api/v1/auth/verify-email').send({ token: verify }),
        t.http.post('/api/v1/auth/password/reset').send({ token: reset, password }),
      ]),
    );
    expect(results.filter((r) => r.status >= 500).map((r) => r.text)).toEqual([]);
    for (const { email } of pairs) await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  });
});
