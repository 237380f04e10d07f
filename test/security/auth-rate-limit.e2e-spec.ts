import { createTestApp, TestApp } from '../support/create-test-app';
import { uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';

describe('security: rate limits on the public auth routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'ratelimit', runtime: { authRateLimitPerMinute: 3 } });
  });
  afterAll(() => t.close());

  it('limits forgot-password per client IP with 429, Retry-After and a translated problem', async () => {
    for (let i = 0; i < 3; i++) await t.http.post('/api/v1/auth/password/forgot').send({ email: uniqueEmail() }).expect(202);
    const res = await t.http.post('/api/v1/auth/password/forgot').set('accept-language', 'pl').send({ email: uniqueEmail() });
    const body = expectProblem(res, 429, 'TOO_MANY_REQUESTS');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body.detail).toBe(`Zbyt wiele żądań. Spróbuj ponownie za ${retryAfter} s.`);
  });

  it('counts each route on its own: verify-email still answers', async () => {
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: 'x'.repeat(43) }), 400, 'TOKEN_INVALID');
  });

  it('limits verification attempts too, so tokens cannot be guessed at speed', async () => {
    for (let i = 0; i < 2; i++)
      await t.http
        .post('/api/v1/auth/verify-email')
        .send({ token: `${i}`.repeat(43) })
        .expect(400);
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token: 'z'.repeat(43) }), 429, 'TOO_MANY_REQUESTS');
  });
});
