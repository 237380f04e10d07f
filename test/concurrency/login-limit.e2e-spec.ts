import { PasswordHasher } from '@tenant-iam/identity';
import { rejection } from '../support/coded';
import { createTestApp, TestApp } from '../support/create-test-app';
import { signUp } from '../support/identity';
import { expectProblem } from '../support/problem';
import { AuthServiceLike, providerByName } from '../support/providers';

// Default limits: 10 failures per account and address, 100 attempts per address, 100 failures per account.
describe('concurrency: the login limit under parallel guesses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'login_limit' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.advance(15 * 60_000));

  it('60 concurrent wrong passwords on one account: exactly 10 reach the verify, 50 get 429', async () => {
    const user = await signUp(t);
    const verify = jest.spyOn(t.app.get(PasswordHasher), 'verify');
    try {
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          t.http.post('/api/v1/auth/login').send({ email: user.email, password: `wrong-password-${i}` }),
        ),
      );
      const refused = results.filter((r) => r.status === 429);
      expect(results.filter((r) => r.status === 401)).toHaveLength(10);
      expect(refused).toHaveLength(50);
      for (const res of refused) {
        expectProblem(res, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      }
      expect(verify).toHaveBeenCalledTimes(10);
    } finally {
      verify.mockRestore();
    }
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }),
      429,
      'TOO_MANY_LOGIN_ATTEMPTS',
    );
  });

  it('a correct login after a few failures resets them: the next guesses get the whole limit again', async () => {
    const user = await signUp(t);
    for (let i = 0; i < 9; i++)
      await t.http
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: `wrong-${i}-password` })
        .expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.http.post('/api/v1/auth/login').send({ email: user.email, password: `again-${i}-wrong` })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([...Array<number>(10).fill(401), 429, 429]);
  });

  it('a flood from one address locks that address only: the owner still logs in from another', async () => {
    const user = await signUp(t);
    const auth = providerByName<AuthServiceLike>(t, 'AuthService');
    const attacker = { ip: '203.0.113.66', userAgent: 'flood' };
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => auth.login(user.email, 'not-the-password', attacker)));
    const reasons = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code?: string }).code : 'ok'));
    expect(reasons.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(10);
    expect(reasons.filter((code) => code === 'TOO_MANY_LOGIN_ATTEMPTS')).toHaveLength(20);
    expect((await rejection(auth.login(user.email, user.password, attacker))).code).toBe('TOO_MANY_LOGIN_ATTEMPTS');

    const pair = await auth.login(user.email, user.password, { ip: '198.51.100.23', userAgent: 'owner' });
    expect(pair.accessToken).toEqual(expect.any(String));
    // The owner's success does not unlock the flooding address.
    expect((await rejection(auth.login(user.email, user.password, attacker))).code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
  });
});
