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

  it("the verified link's sign-up sets the password, names and language; the attacker's password and link are dead", async () => {
    const email = uniqueEmail('victim');
    await register({ email, password: ATTACKER_PASSWORD, firstName: 'Mallory', lastName: 'Attacker', locale: 'uk' });
    const attackerLink = await tokenFromMail(t, email, 'verify-email');
    t.mail.clear();

    await register({ email, password: VICTIM_PASSWORD, firstName: 'Wiktoria', lastName: 'Nowak' }, 'pl');
    const mail = await t.mail.waitFor((m) => m.to.includes(email) && m.text.includes('/verify-email?token='));
    // The victim's mail speaks the victim's language and name, not the attacker's.
    expect(mail.subject).toBe('Potwierdź adres e-mail');
    expect(mail.text).not.toContain('Mallory');
    const victimLink = await tokenFromMail(t, email, 'verify-email');
    await t.http.post('/api/v1/auth/verify-email').send({ token: victimLink }).expect(200);

    expectProblem(await login(email, ATTACKER_PASSWORD), 401, 'INVALID_CREDENTIALS');
    const session = await login(email, VICTIM_PASSWORD).expect(200);
    const me = await t.http.get('/api/v1/me').set('authorization', bearer(session.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ email, status: 'active', firstName: 'Wiktoria', lastName: 'Nowak', locale: 'pl' });

    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: attackerLink }), 400, 'TOKEN_INVALID');
    await login(email, VICTIM_PASSWORD).expect(200);
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
