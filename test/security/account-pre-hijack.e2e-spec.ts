import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { bearer, tokenFromMail, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';

// Pre-hijack: an attacker signs up with the victim's address first and keeps the password. The
// victim's own sign-up and verification must leave the attacker with nothing.
describe('security: account pre-hijack through an unverified sign-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'prehijack' });
  });
  afterAll(() => t.close());

  const ATTACKER_PASSWORD = 'attacker-Chose-this-41';
  const VICTIM_PASSWORD = 'victim-Owns-the-mailbox-58';
  const register = (body: Record<string, string>, language = 'en') =>
    t.http.post('/api/v1/auth/register').set('accept-language', language).send(body).expect(202);
  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });

  const setPassword = (token: string, password: string) => t.http.post('/api/v1/auth/password/reset').send({ token, password });

  it("a repeat sign-up gets a set-password link: the mailbox owner's password, names and language; the attacker's password and link are dead", async () => {
    const email = uniqueEmail('victim');
    await register({ email, password: ATTACKER_PASSWORD, firstName: 'Mallory', lastName: 'Attacker', locale: 'uk' });
    const attackerLink = await tokenFromMail(t, email, 'verify-email');
    t.mail.clear();

    await register({ email, password: VICTIM_PASSWORD, firstName: 'Wiktoria', lastName: 'Nowak' }, 'pl');
    const mail = await t.mail.waitFor((m) => m.to.includes(email) && m.text.includes('/set-password?token='));
    // The victim's mail speaks the victim's language and name, not the attacker's.
    expect(mail.subject).toBe('Dokończ rejestrację: wybierz hasło');
    expect(mail.text).not.toContain('Mallory');
    // The attacker's verification link died with the repeat sign-up.
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: attackerLink }), 400, 'TOKEN_INVALID');

    await setPassword(await tokenFromMail(t, email, 'set-password'), VICTIM_PASSWORD).expect(200);
    expectProblem(await login(email, ATTACKER_PASSWORD), 401, 'INVALID_CREDENTIALS');
    const session = await login(email, VICTIM_PASSWORD).expect(200);
    const me = await t.http.get('/api/v1/me').set('authorization', bearer(session.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ email, status: 'active', firstName: 'Wiktoria', lastName: 'Nowak', locale: 'pl' });
  });

  it('an attacker signing up again after the owner cannot put a password in force, whichever mail the owner clicks', async () => {
    const email = uniqueEmail('owner');
    await register({ email, password: VICTIM_PASSWORD, firstName: 'Ola' });
    await tokenFromMail(t, email, 'verify-email');
    t.mail.clear();
    // The attacker's sign-up carries ATTACKER_PASSWORD; the mail it causes must not.
    await register({ email, password: ATTACKER_PASSWORD, firstName: 'Ola' });
    const newest = await t.mail.waitFor((m) => m.to.includes(email));
    expect(newest.text).not.toContain('/verify-email?token=');
    // The owner clicks the newest mail and chooses a password there: the attacker's is never used.
    await setPassword(await tokenFromMail(t, email, 'set-password'), 'owner-Picked-at-the-link-77').expect(200);
    expectProblem(await login(email, ATTACKER_PASSWORD), 401, 'INVALID_CREDENTIALS');
    await login(email, 'owner-Picked-at-the-link-77').expect(200);
  });

  it('keeps no password hash in link rows once they are used or revoked', async () => {
    const email = uniqueEmail('payload');
    await register({ email, password: ATTACKER_PASSWORD });
    await register({ email, password: VICTIM_PASSWORD });
    await setPassword(await tokenFromMail(t, email, 'set-password'), VICTIM_PASSWORD).expect(200);
    const other = uniqueEmail('payload-used');
    await register({ email: other, password: VICTIM_PASSWORD });
    await t.http
      .post('/api/v1/auth/verify-email')
      .send({ token: await tokenFromMail(t, other, 'verify-email') })
      .expect(200);
    const rows: { payload: unknown }[] = await t.app
      .get(DataSource)
      .query(`SELECT payload FROM action_tokens a JOIN users u ON u.id = a.user_id WHERE u.email = ANY($1)`, [[email, other]]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(JSON.stringify(row.payload)).not.toContain('argon2');
  });

  it('the first sign-up verified by its own link keeps its own password', async () => {
    const email = uniqueEmail('single');
    await register({ email, password: VICTIM_PASSWORD, firstName: 'Ala' });
    await t.http
      .post('/api/v1/auth/verify-email')
      .send({ token: await tokenFromMail(t, email, 'verify-email') })
      .expect(200);
    await login(email, VICTIM_PASSWORD).expect(200);
  });

  it('a verification link left over after a password reset verified the account cannot bring the old password back', async () => {
    const email = uniqueEmail('reset');
    await register({ email, password: ATTACKER_PASSWORD, firstName: 'Mallory' });
    const attackerLink = await tokenFromMail(t, email, 'verify-email');

    // The owner never uses the verification mail: "forgot password" verifies the address too.
    await t.http.post('/api/v1/auth/password/forgot').send({ email }).expect(202);
    const reset = await tokenFromMail(t, email, 'reset-password');
    await t.http.post('/api/v1/auth/password/reset').send({ token: reset, password: VICTIM_PASSWORD }).expect(200);

    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: attackerLink }), 400, 'TOKEN_INVALID');
    expectProblem(await login(email, ATTACKER_PASSWORD), 401, 'INVALID_CREDENTIALS');
    await login(email, VICTIM_PASSWORD).expect(200);
  });

  it('signing up again for a verified account changes nothing and sends no link', async () => {
    const email = uniqueEmail('verified');
    await register({ email, password: VICTIM_PASSWORD });
    await t.http
      .post('/api/v1/auth/verify-email')
      .send({ token: await tokenFromMail(t, email, 'verify-email') })
      .expect(200);
    t.mail.clear();
    await register({ email, password: ATTACKER_PASSWORD, firstName: 'Mallory' });
    const notice = await t.mail.waitFor((m) => m.to.includes(email));
    expect(notice.text).not.toMatch(/token=/);
    expectProblem(await login(email, ATTACKER_PASSWORD), 401, 'INVALID_CREDENTIALS');
    await login(email, VICTIM_PASSWORD).expect(200);
  });
});
