import { createTestApp, TestApp } from '../../support/create-test-app';

// With LOG_LEVEL=silent too (test apps log at info otherwise): the id is for the caller as much as for the logs.
describe('X-Request-Id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'request_id', env: { LOG_LEVEL: 'silent' } });
  });
  afterAll(() => t?.close());

  it('returns the caller’s well-formed id on routed and unrouted requests and on errors', async () => {
    expect((await t.http.get('/health/live').set('X-Request-Id', 'edge-7f3a.1')).headers['x-request-id']).toBe('edge-7f3a.1');
    expect((await t.http.get('/nowhere').set('X-Request-Id', 'edge-7f3a.2').expect(404)).headers['x-request-id']).toBe('edge-7f3a.2');
    const problem = await t.http.post('/api/v1/auth/login').set('X-Request-Id', 'edge-7f3a.3').send({}).expect(400);
    expect(problem.headers['x-request-id']).toBe('edge-7f3a.3');
  });

  it('generates a fresh id when none or a malformed one is sent', async () => {
    const first = (await t.http.get('/health/live')).headers['x-request-id'];
    const second = (await t.http.get('/health/live').set('X-Request-Id', 'a'.repeat(300))).headers['x-request-id'];
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });
});
