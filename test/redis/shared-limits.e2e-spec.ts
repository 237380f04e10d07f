import Redis from 'ioredis';
import { createTestApp, TestApp } from '../support/create-test-app';
import { GOOD_PASSWORD, signUp, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';

// Runs when TEST_REDIS_URL is set (CI installs Redis); see jest.config.js.
const redisUrl = `${process.env.TEST_REDIS_URL!.replace(/\/\d*$/, '')}/7`;

describe('redis: login counters and rate limits are shared by replicas', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    await redis.quit();
    const env = { REDIS_URL: redisUrl, LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' };
    a = await createTestApp({ label: 'redis_a', env, runtime: { authRateLimitPerMinute: 4 } });
    b = await createTestApp({ label: 'redis_b', env, runtime: { authRateLimitPerMinute: 4 } });
    // Login windows are aligned to the clock: both replicas at the start of the same 15-minute window.
    const start = new Date(Math.ceil(Date.now() / 900_000) * 900_000);
    a.clock.set(start);
    b.clock.set(start);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('failures on one replica lock the account on the other', async () => {
    const email = uniqueEmail('shared');
    await signUp(a, { email });
    await signUp(b, { email });
    for (let i = 0; i < 3; i++) {
      expectProblem(await a.http.post('/api/v1/auth/login').send({ email, password: `wrong-${i}-password` }), 401, 'INVALID_CREDENTIALS');
    }
    const locked = await b.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD });
    expectProblem(locked, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('reserves atomically across replicas: of 30 concurrent guesses on both, exactly 3 reach the verify', async () => {
    // The account lives in replica a's database only; b answers 401 for it all the same.
    const email = uniqueEmail('race');
    await signUp(a, { email });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).http.post('/api/v1/auth/login').send({ email, password: `guess-${i}-password` }),
      ),
    );
    expect(results.filter((r) => r.status === 401)).toHaveLength(3);
    expect(results.filter((r) => r.status === 429)).toHaveLength(27);
    const redis = new Redis(redisUrl);
    const keys = await redis.keys('identity:limits:*').finally(() => redis.quit());
    expect(keys.some((key) => key.startsWith('identity:limits:login:account-ip:'))).toBe(true);
    expect(keys.join(' ')).not.toContain(email);
  });

  it('the per-route limit of the public auth routes counts requests on both replicas', async () => {
    await a.http.post('/api/v1/auth/password/forgot').send({ email: uniqueEmail() }).expect(202);
    await a.http.post('/api/v1/auth/password/forgot').send({ email: uniqueEmail() }).expect(202);
    await b.http.post('/api/v1/auth/password/forgot').send({ email: uniqueEmail() }).expect(202);
    await b.http.post('/api/v1/auth/password/forgot').send({ email: uniqueEmail() }).expect(202);
    expectProblem(await a.http.post('/api/v1/auth/password/forgot').send({ email: uniqueEmail() }), 429, 'TOO_MANY_REQUESTS');
  });
});
