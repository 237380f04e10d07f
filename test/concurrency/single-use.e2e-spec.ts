import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { GOOD_PASSWORD, signUp, tokenFromMail, uniqueEmail } from '../support/identity';

describe('concurrency: single use under parallel requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'concurrency' });
  });
  afterAll(() => t.close());

  it('a verification link used by 10 parallel requests succeeds exactly once', async () => {
    const email = uniqueEmail();
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const token = await tokenFromMail(t, email, 'verify-email');
    const results = await Promise.all(Array.from({ length: 10 }, () => t.http.post('/api/v1/auth/verify-email').send({ token })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).every((r) => r.body.code === 'TOKEN_USED')).toBe(true);
  });

  it('a reset link used by parallel requests sets one password', async () => {
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    const token = await tokenFromMail(t, user.email, 'reset-password');
    const passwords = Array.from({ length: 5 }, (_, i) => `Parallel-password-${i}-xyz`);
    const results = await Promise.all(passwords.map((password) => t.http.post('/api/v1/auth/password/reset').send({ token, password })));
    const winners = results.map((r, i) => (r.status === 200 ? passwords[i] : null)).filter(Boolean);
    expect(winners).toHaveLength(1);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: winners[0] }).expect(200);
  });

  it('one refresh token presented twice at once: one rotation wins, the session is then revoked as reused', async () => {
    const user = await signUp(t);
    const results = await Promise.all([1, 2].map(() => t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken })));
    const codes = results.map((r) => r.status).sort();
    expect(codes).toEqual([200, 401]);
    expect(results.find((r) => r.status === 401)!.body.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('parallel sign-ups with one address create one account', async () => {
    const email = uniqueEmail('dup');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD })),
    );
    expect(results.every((r) => r.status === 202)).toBe(true);
    const [{ count }] = await t.app.get(DataSource).query('SELECT count(*)::int AS count FROM users WHERE email = $1', [email]);
    expect(count).toBe(1);
  });
});
