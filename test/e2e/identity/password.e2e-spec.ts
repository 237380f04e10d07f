import { parseDuration } from '@tenant-iam/common';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

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
