import { rejection } from '../support/coded';
import { createTestApp, TestApp } from '../support/create-test-app';
import { bearer, signUp, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';
import { AuthServiceLike, providerByName } from '../support/providers';

describe('security: login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      label: 'throttle',
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_ATTEMPTS_PER_IP: '40',
        LOGIN_WINDOW: '15m',
        LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '9',
      },
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

  it('an account-wide ceiling (LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL) stops guessing spread over many addresses', async () => {
    t.clock.advance(15 * 60_000 + 1000);
    const user = await signUp(t);
    const auth = providerByName<AuthServiceLike>(t, 'AuthService');
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i < 3; i++) {
        const error = await rejection(auth.login(user.email, `guess-${n}-${i}-password`, { ip: `203.0.113.${n}` }));
        expect(error.code).toBe('INVALID_CREDENTIALS');
      }
    }
    // Nine failures from three addresses: every address is refused now, the owner's too.
    const locked = await rejection(auth.login(user.email, user.password, { ip: '198.51.100.9' }));
    expect(locked.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers?.['retry-after'])).toBeGreaterThan(0);
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }),
      429,
      'TOO_MANY_LOGIN_ATTEMPTS',
    );

    t.clock.advance(15 * 60_000);
    await expect(auth.login(user.email, user.password, { ip: '198.51.100.9' })).resolves.toMatchObject({ accessToken: expect.any(String) });
  });

  it('wrong current passwords on /me/password and /me/email meet 429 like login, per user', async () => {
    t.clock.advance(15 * 60_000 + 1000);
    const user = await signUp(t);
    const other = await signUp(t);
    const changePassword = (who: typeof user, currentPassword: string) =>
      t.http
        .post('/api/v1/me/password')
        .set('authorization', bearer(who.accessToken))
        .send({ currentPassword, password: 'Brand-new-password-77' });
    const changeEmail = (who: typeof user, currentPassword: string) =>
      t.http.post('/api/v1/me/email').set('authorization', bearer(who.accessToken)).send({ email: uniqueEmail(), currentPassword });

    expectProblem(await changePassword(user, 'wrong-current-1'), 403, 'CURRENT_PASSWORD_INVALID');
    expectProblem(await changeEmail(user, 'wrong-current-2'), 403, 'CURRENT_PASSWORD_INVALID');
    expectProblem(await changePassword(user, 'wrong-current-3'), 403, 'CURRENT_PASSWORD_INVALID');
    for (const res of [await changeEmail(user, 'wrong-current-4'), await changePassword(user, user.password)]) {
      expectProblem(res, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    }
    // Another user, and a login of the same user, are not affected.
    await changeEmail(other, other.password).expect(202);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);

    t.clock.advance(15 * 60_000);
    const fresh = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    await changePassword({ ...user, accessToken: fresh.body.accessToken }, user.password).expect(200);
  });

  it('a right current password clears the failures of the re-check', async () => {
    t.clock.advance(15 * 60_000 + 1000);
    const user = await signUp(t);
    const changeEmail = (currentPassword: string) =>
      t.http.post('/api/v1/me/email').set('authorization', bearer(user.accessToken)).send({ email: uniqueEmail(), currentPassword });
    for (let round = 0; round < 3; round++) {
      expectProblem(await changeEmail('wrong-current-a'), 403, 'CURRENT_PASSWORD_INVALID');
      expectProblem(await changeEmail('wrong-current-b'), 403, 'CURRENT_PASSWORD_INVALID');
      await changeEmail(user.password).expect(202);
    }
  });
});
