import { parseDuration } from '@tenant-iam/common';
import { IdentityJob } from '@tenant-iam/identity';
import { QueueDriver } from '@tenant-iam/notifications';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';
import { providerByName } from '../../support/providers';

const NEW_PASSWORD = 'Quartz-meadow-bicycle-41';

describe('identity: forgot, reset and change password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'password' });
  });
  afterAll(() => t.close());

  it('answers 202 for unknown and known addresses alike, and mails only the known one', async () => {
    const user = await signUp(t);
    const ghost = uniqueEmail('ghost');
    const a = await t.http.post('/api/v1/auth/password/forgot').send({ email: ghost });
    const b = await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email.toUpperCase() });
    expect([a.status, a.text]).toEqual([202, '']);
    expect([b.status, b.text]).toEqual([202, '']);
    await tokenFromMail(t, user.email, 'reset-password');
    expect(t.mail.mails.some((m) => m.to.includes(ghost))).toBe(false);
  });

  it('does the same work in the request for a known, an unknown and a disabled address: one durable job, no lookup', async () => {
    const known = await signUp(t);
    const disabled = await signUp(t);
    const db = t.app.get(DataSource);
    await db.query(`UPDATE users SET status = 'disabled' WHERE email = $1`, [disabled.email]);
    const ghost = uniqueEmail('ghost');
    const earlier: { id: string }[] = await db.query(`SELECT id FROM outbox WHERE kind = 'job'`);
    const queue = t.app.get(QueueDriver);
    const runHandler = queue.runHandler.bind(queue);
    const held: { args: Parameters<QueueDriver['runHandler']>; release: () => void }[] = [];
    // Hold the jobs in the worker, so whatever the request itself does is all that happens until they are released.
    const spy = jest.spyOn(queue, 'runHandler').mockImplementation(async (...args) => {
      if (args[0] !== IdentityJob.PasswordResetRequested) return runHandler(...args);
      await new Promise<void>((release) => held.push({ args, release }));
      return runHandler(...args);
    });
    const lookup = jest.spyOn(providerByName<{ findByEmail(email: string): Promise<unknown> }>(t, 'UsersRepository'), 'findByEmail');
    try {
      t.mail.clear();
      const answers = [];
      for (const email of [known.email.toUpperCase(), ghost, disabled.email]) {
        const res = await t.http.post('/api/v1/auth/password/forgot').send({ email });
        // Only the date, the request id and the per-IP throttler's countdown may differ.
        const headers = Object.entries(res.headers).filter(
          ([name]) => name !== 'date' && name !== 'x-request-id' && !name.startsWith('x-ratelimit-'),
        );
        answers.push({ status: res.status, text: res.text, headers });
      }
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      expect(lookup).not.toHaveBeenCalled();
      // One outbox row per request, the job's data sealed (no address in clear at rest).
      const rows: { kind: string; template: string; payload: string }[] = await db.query(
        `SELECT kind, template, payload FROM outbox WHERE kind = 'job' AND NOT (id = ANY($1)) ORDER BY id`,
        [earlier.map((r) => r.id)],
      );
      expect(rows.map((r) => [r.kind, r.template])).toEqual(Array(3).fill(['job', IdentityJob.PasswordResetRequested]));
      for (const row of rows) expect(JSON.stringify(row.payload)).not.toMatch(/@/);
      const deadline = Date.now() + 10_000;
      while (held.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(held.map(({ args }) => args[1])).toEqual([{ email: known.email }, { email: ghost }, { email: disabled.email }]);
    } catch (error) {
      // A held job would keep the relay, and so the app's shutdown, waiting forever.
      for (const { release } of held) release();
      throw error;
    } finally {
      spy.mockRestore();
    }
    try {
      for (const { release } of held) release();
      await tokenFromMail(t, known.email, 'reset-password');
      expect(lookup.mock.calls.map(([email]) => email).sort()).toEqual([known.email, ghost, disabled.email].sort());
    } finally {
      lookup.mockRestore();
    }
    expect(t.mail.mails.map((m) => m.to)).toEqual([[known.email]]);
  });

  it('resets with the link: all sessions revoked, old password dead, link single-use', async () => {
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    const token = await tokenFromMail(t, user.email, 'reset-password');
    await t.http.post('/api/v1/auth/password/reset').send({ token, password: NEW_PASSWORD }).expect(200);

    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)), 401, 'SESSION_REVOKED');
    expectProblem(await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }), 401, 'INVALID_CREDENTIALS');
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
    expectProblem(await t.http.post('/api/v1/auth/password/reset').send({ token, password: 'Another-fine-password-8' }), 410, 'TOKEN_USED');
    await t.mail.waitFor((m) => m.to.includes(user.email) && m.subject === 'Your password was changed');
  });

  it('keeps the link when the new password breaks the policy', async () => {
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    const token = await tokenFromMail(t, user.email, 'reset-password');
    expectProblem(await t.http.post('/api/v1/auth/password/reset').send({ token, password: 'abc' }), 422, 'PASSWORD_POLICY');
    await t.http.post('/api/v1/auth/password/reset').send({ token, password: NEW_PASSWORD }).expect(200);
  });

  it('expires reset links after 24 h and binds them to their purpose', async () => {
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    const token = await tokenFromMail(t, user.email, 'reset-password');
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token }), 400, 'TOKEN_INVALID');
    t.clock.advance(parseDuration('24h') + 1);
    expectProblem(await t.http.post('/api/v1/auth/password/reset').send({ token, password: NEW_PASSWORD }), 410, 'TOKEN_EXPIRED');
  });

  it('a newer reset link replaces the older one', async () => {
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    const first = await tokenFromMail(t, user.email, 'reset-password');
    t.mail.clear();
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    const second = await tokenFromMail(t, user.email, 'reset-password');
    expectProblem(await t.http.post('/api/v1/auth/password/reset').send({ token: first, password: NEW_PASSWORD }), 400, 'TOKEN_INVALID');
    await t.http.post('/api/v1/auth/password/reset').send({ token: second, password: NEW_PASSWORD }).expect(200);
  });

  it('verifies a pending account whose owner resets the password from the mailbox', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: 'Original-password-55' }).expect(202);
    await t.http.post('/api/v1/auth/password/forgot').send({ email }).expect(202);
    const token = await tokenFromMail(t, email, 'reset-password');
    await t.http.post('/api/v1/auth/password/reset').send({ token, password: NEW_PASSWORD }).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email, password: NEW_PASSWORD }).expect(200);
  });

  it('sends no reset link to a disabled account', async () => {
    const user = await signUp(t);
    const marker = await signUp(t);
    await t.app.get(DataSource).query(`UPDATE users SET status = 'disabled' WHERE email = $1`, [user.email]);
    t.mail.clear();
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: marker.email }).expect(202);
    // The outbox delivers in order: once the later mail is here, the earlier one would be too.
    await tokenFromMail(t, marker.email, 'reset-password');
    expect(t.mail.mails.filter((m) => m.to.includes(user.email))).toHaveLength(0);
  });

  it('changes the password with the current one; other sessions end, this one stays', async () => {
    const user = await signUp(t);
    const other = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expectProblem(
      await t.http
        .post('/api/v1/me/password')
        .set('authorization', bearer(user.accessToken))
        .send({ currentPassword: 'nope-nope-nope', password: NEW_PASSWORD }),
      403,
      'CURRENT_PASSWORD_INVALID',
    );
    const weak = expectProblem(
      await t.http
        .post('/api/v1/me/password')
        .set('authorization', bearer(user.accessToken))
        .send({ currentPassword: user.password, password: 'password' }),
      422,
      'PASSWORD_POLICY',
    );
    expect(fieldErrors(weak)).toContain('password:PASSWORD_TOO_SHORT');
    await t.http
      .post('/api/v1/me/password')
      .set('authorization', bearer(user.accessToken))
      .send({ currentPassword: user.password, password: NEW_PASSWORD })
      .expect(200);
    await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)).expect(200);
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(other.body.accessToken)), 401, 'SESSION_REVOKED');
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
  });

  it("treats the user's own name and email as guessable", async () => {
    const email = uniqueEmail('katarzyna');
    const res = await t.http.post('/api/v1/auth/register').send({ email, password: 'Katarzyna1990', firstName: 'Katarzyna' });
    expect(fieldErrors(expectProblem(res, 422, 'PASSWORD_POLICY'))).toContain('password:PASSWORD_TOO_WEAK');
  });
});
