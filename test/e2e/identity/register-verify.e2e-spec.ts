import { DataSource } from 'typeorm';
import { parseDuration } from '@tenant-iam/common';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { GOOD_PASSWORD, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

describe('identity: register and verify email', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'register' });
  });
  afterAll(() => t.close());

  it('registers with 202, mails a link, verifies, and the address is normalised', async () => {
    const email = uniqueEmail('Register');
    await t.http
      .post('/api/v1/auth/register')
      .send({ email: `  ${email.toUpperCase()} `, password: GOOD_PASSWORD, firstName: 'Anna' })
      .expect(202);
    const mail = await t.mail.waitFor((m) => m.to.includes(email.toLowerCase()));
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.text).toMatch(/http:\/\/app\.test\/verify-email\?token=[A-Za-z0-9_-]{43}/);

    const beforeVerify = await t.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD });
    expectProblem(beforeVerify, 403, 'EMAIL_NOT_VERIFIED');

    const token = await tokenFromMail(t, email.toLowerCase(), 'verify-email');
    const verified = await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
    expect(verified.body).toEqual({ email: email.toLowerCase(), emailVerified: true });

    const login = await t.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200);
    const me = await t.http.get('/api/v1/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: email.toLowerCase(), status: 'active', firstName: 'Anna' });
    expect(me.body.emailVerifiedAt).toEqual(expect.any(String));
  });

  it('stores only a hash of the link token', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const token = await tokenFromMail(t, email, 'verify-email');
    const ds = t.app.get(DataSource);
    const rows = await ds.query(`SELECT t.* FROM action_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`, [email]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers an existing address the same way, and mails that address a notice instead', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const token = await tokenFromMail(t, email, 'verify-email');
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);

    const again = await t.http.post('/api/v1/auth/register').send({ email, password: 'another-Password-77x' });
    expect(again.status).toBe(202);
    expect(again.text).toBe('');
    const notice = await t.mail.waitFor((m) => m.to.includes(email) && m.subject === 'You already have an account');
    expect(notice.text).not.toMatch(/token=/);
    // The stored password is untouched.
    await t.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200);
    expectProblem(await t.http.post('/api/v1/auth/login').send({ email, password: 'another-Password-77x' }), 401, 'INVALID_CREDENTIALS');
  });

  it('mails a set-password link to an unverified address that registers again; the old verification link dies', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const first = await tokenFromMail(t, email, 'verify-email');
    t.mail.clear();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const second = await tokenFromMail(t, email, 'set-password');
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: first }), 400, 'TOKEN_INVALID');
    await t.http.post('/api/v1/auth/password/reset').send({ token: second, password: GOOD_PASSWORD }).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200);
  });

  it('rejects a used, an expired and an unknown link with distinct codes', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const token = await tokenFromMail(t, email, 'verify-email');
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token }), 410, 'TOKEN_USED');
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: 'x'.repeat(43) }), 400, 'TOKEN_INVALID');

    const late = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email: late, password: GOOD_PASSWORD }).expect(202);
    const lateToken = await tokenFromMail(t, late, 'verify-email');
    t.clock.advance(parseDuration('24h') + 1000);
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: lateToken }), 410, 'TOKEN_EXPIRED');
  });

  it('keeps a link valid until just before its expiry', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const token = await tokenFromMail(t, email, 'verify-email');
    t.clock.advance(parseDuration('24h') - 60_000);
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
  });

  it('refuses a password against the policy with one entry per broken rule', async () => {
    const res = await t.http.post('/api/v1/auth/register').send({ email: uniqueEmail(), password: 'short' });
    const body = expectProblem(res, 422, 'PASSWORD_POLICY');
    // The strength estimate (the costly rule) is skipped once a cheaper rule refused the password.
    expect(fieldErrors(body)).toEqual(['password:PASSWORD_TOO_SHORT']);
    const weak = await t.http.post('/api/v1/auth/register').send({ email: uniqueEmail(), password: 'password12' });
    expect(fieldErrors(expectProblem(weak, 422, 'PASSWORD_POLICY'))).toEqual(['password:PASSWORD_TOO_WEAK']);
    expect(body.errors.every((e: { message: string }) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
  });

  it('validates the body: bad email, unknown field, missing password', async () => {
    const res = await t.http.post('/api/v1/auth/register').send({ email: 'not-an-email', admin: true });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldErrors(body)).toEqual(expect.arrayContaining(['email:IS_EMAIL', 'admin:UNKNOWN_FIELD', 'password:IS_NOT_EMPTY']));
  });

  it('writes mails in the language asked for: Polish and Ukrainian', async () => {
    const pl = uniqueEmail('pl');
    await t.http
      .post('/api/v1/auth/register')
      .set('accept-language', 'pl-PL,pl;q=0.9')
      .send({ email: pl, password: GOOD_PASSWORD })
      .expect(202);
    expect((await t.mail.waitFor((m) => m.to.includes(pl))).subject).toBe('Potwierdź adres e-mail');
    const uk = uniqueEmail('uk');
    await t.http.post('/api/v1/auth/register').send({ email: uk, password: GOOD_PASSWORD, locale: 'uk' }).expect(202);
    expect((await t.mail.waitFor((m) => m.to.includes(uk))).subject).toBe('Підтвердьте адресу електронної пошти');
  });
});
