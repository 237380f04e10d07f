import { parseDuration } from '@tenant-iam/common';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, GOOD_PASSWORD, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

describe('identity: login, refresh, logout, sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'login' });
  });
  afterAll(() => t.close());

  it('logs in with a case-insensitive email and returns the token pair', async () => {
    const user = await signUp(t);
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ email: ` ${user.email.toUpperCase()} `, password: user.password })
      .expect(200);
    expect(res.body).toEqual({
      accessToken: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
      refreshToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresIn: 600,
      tokenType: 'Bearer',
      sessionId: expect.any(String),
    });
    const header = JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString());
    const claims = JSON.parse(Buffer.from(res.body.accessToken.split('.')[1], 'base64url').toString());
    expect(header.alg).toBe('HS256');
    expect(claims.sid).toBe(res.body.sessionId);
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const user = await signUp(t);
    const wrong = expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'Wrong-password-123' }),
      401,
      'INVALID_CREDENTIALS',
    );
    const unknown = expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: uniqueEmail('ghost'), password: 'Wrong-password-123' }),
      401,
      'INVALID_CREDENTIALS',
    );
    expect({ ...wrong, instance: undefined }).toEqual({ ...unknown, instance: undefined });
  });

  it('reports a disabled account only after a correct password', async () => {
    const user = await signUp(t);
    await t.app.get(DataSource).query(`UPDATE users SET status = 'disabled' WHERE email = $1`, [user.email]);
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'Wrong-password-123' }),
      401,
      'INVALID_CREDENTIALS',
    );
    expectProblem(await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }), 403, 'ACCOUNT_DISABLED');
    // The existing session stops working at once, not when the JWT expires.
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)), 401, 'ACCOUNT_DISABLED');
  });

  it('rotates refresh tokens; reusing an old one revokes the whole session', async () => {
    const user = await signUp(t);
    const first = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    expect(first.body.sessionId).toBe(user.sessionId);
    const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);

    expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }), 401, 'REFRESH_TOKEN_REUSED');
    // Every token of the family is dead now, including the newest one and its access token.
    expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }), 401, 'REFRESH_TOKEN_INVALID');
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(second.body.accessToken)), 401, 'SESSION_REVOKED');
  });

  it('stores refresh tokens only as hashes', async () => {
    const user = await signUp(t);
    const rows = await t.app.get(DataSource).query(`SELECT * FROM refresh_tokens WHERE session_id = $1`, [user.sessionId]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(user.refreshToken);
  });

  it('rejects an unknown refresh token and an expired session', async () => {
    expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'a'.repeat(43) }), 401, 'REFRESH_TOKEN_INVALID');
    const user = await signUp(t);
    t.clock.advance(parseDuration('30d') + 1000);
    expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }), 401, 'REFRESH_TOKEN_INVALID');
  });

  it('expires the access token after ACCESS_TOKEN_TTL while refresh still works', async () => {
    const user = await signUp(t);
    t.clock.advance(parseDuration('10m') + 1000);
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)), 401, 'ACCESS_TOKEN_EXPIRED');
    const fresh = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    await t.http.get('/api/v1/me').set('authorization', bearer(fresh.body.accessToken)).expect(200);
  });

  it('logout revokes the current session on the next request', async () => {
    const user = await signUp(t);
    await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)).expect(200);
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer(user.accessToken)).expect(204);
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)), 401, 'SESSION_REVOKED');
    expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }), 401, 'REFRESH_TOKEN_INVALID');
  });

  it("lists own sessions and revokes one; another user's session answers 404", async () => {
    const user = await signUp(t);
    const second = await t.http
      .post('/api/v1/auth/login')
      .set('user-agent', 'phone/1.0')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const list = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(user.accessToken)).expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items.find((s: { id: string }) => s.id === user.sessionId).current).toBe(true);
    expect(list.body.items.find((s: { id: string }) => s.id === second.body.sessionId)).toMatchObject({
      current: false,
      userAgent: 'phone/1.0',
    });

    const other = await signUp(t);
    expectProblem(
      await t.http.delete(`/api/v1/me/sessions/${other.sessionId}`).set('authorization', bearer(user.accessToken)),
      404,
      'SESSION_NOT_FOUND',
    );
    await t.http.get('/api/v1/me').set('authorization', bearer(other.accessToken)).expect(200);

    await t.http.delete(`/api/v1/me/sessions/${second.body.sessionId}`).set('authorization', bearer(user.accessToken)).expect(204);
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(second.body.accessToken)), 401, 'SESSION_REVOKED');
    const after = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(user.accessToken)).expect(200);
    expect(after.body.items.map((s: { id: string }) => s.id)).toEqual([user.sessionId]);
  });

  it('denies by default: no token, a garbage token, a forged signature, alg none', async () => {
    expectProblem(await t.http.get('/api/v1/me'), 401, 'UNAUTHORIZED');
    expectProblem(await t.http.get('/api/v1/me').set('authorization', 'Bearer nonsense'), 401, 'UNAUTHORIZED');
    const user = await signUp(t);
    const [h, p] = user.accessToken.split('.');
    expectProblem(await t.http.get('/api/v1/me').set('authorization', `Bearer ${h}.${p}.${'A'.repeat(43)}`), 401, 'UNAUTHORIZED');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expectProblem(await t.http.get('/api/v1/me').set('authorization', `Bearer ${none}.${p}.`), 401, 'UNAUTHORIZED');
  });

  it('uses the password given at sign-up, not a default', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    expectProblem(await t.http.post('/api/v1/auth/login').send({ email, password: `${GOOD_PASSWORD}x` }), 401, 'INVALID_CREDENTIALS');
  });
});
