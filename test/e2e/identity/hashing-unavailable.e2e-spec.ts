import { PasswordHasher } from '@tenant-iam/identity';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

// When the hashing threads cannot take a job (the app shutting down, the queue full), a password
// is not checked at all: that is a 503, never "invalid credentials", and it counts no failure.
describe('identity: password hashing unavailable', () => {
  let t: TestApp;
  let user: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    t = await createTestApp({ label: 'hashing-unavailable', env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' } });
    user = await signUp(t);
    // What shutdown does, after the HTTP server drained: the pool is closed.
    await t.app.get(PasswordHasher).onApplicationShutdown();
  });
  afterAll(() => t.close());

  it('a right password answers 503 SERVICE_UNAVAILABLE, and three of them in a row are no failures (no 429 at a limit of 2)', async () => {
    for (let i = 0; i < 3; i++) {
      expectProblem(
        await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }),
        503,
        'SERVICE_UNAVAILABLE',
      );
    }
  });

  it('an unknown address answers the same 503 (the dummy verify is a hash job too)', async () => {
    expectProblem(
      await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.test', password: user.password }),
      503,
      'SERVICE_UNAVAILABLE',
    );
  });

  it('re-checking the current password answers 503 too, and counts no failure', async () => {
    for (let i = 0; i < 3; i++) {
      expectProblem(
        await t.http
          .post('/api/v1/me/password')
          .set('Authorization', bearer(user.accessToken))
          .send({ currentPassword: user.password, password: 'Another-Good-Passw0rd!' }),
        503,
        'SERVICE_UNAVAILABLE',
      );
    }
  });
});
