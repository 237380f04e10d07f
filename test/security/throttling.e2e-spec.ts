import { createTestApp, TestApp } from '../support/create-test-app';
import { signUp } from '../support/identity';
import { expectProblem } from '../support/problem';

describe('security: login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      label: 'throttle',
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '40', LOGIN_WINDOW: '15m' },
    });
  });
  afterAll(() => t.close());

  it('locks an account after N failures with 429 and Retry-After, until the window passes', async () => {
    const user = await signUp(t);
    for (let i = 0; i < 3; i++) {
      expectProblem(
        await t.http.post('/api/v1/auth/login').send({ email: user.email, password: `wrong-${i}-password` }),
        401,
        'INVALID_CREDENTIALS',
      );
    }
    // Even the right password is refused now: the guesser must not learn it.
    const locked = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password });
    expectProblem(locked, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

    t.clock.advance(15 * 60_000 + 1000);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
  });

  it('a success clears the failures, so frequent logins never trip the account limit', async () => {
    const user = await signUp(t);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) {
        await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password-x' }).expect(401);
      }
      await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    }
  });

  it('limits attempts per IP across accounts', async () => {
    t.clock.advance(15 * 60_000 + 1000);
    let last;
    for (let i = 0; i < 41; i++) {
      last = await t.http.post('/api/v1/auth/login').send({ email: `nobody${i}@example.test`, password: 'whatever-123' });
    }
    expectProblem(last!, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(last!.headers['retry-after']).toBeDefined();
  });
});
