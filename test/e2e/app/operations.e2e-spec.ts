import { createTestApp, TestApp } from '../../support/create-test-app';

describe('operations: health, metrics, OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'ops' });
  });
  afterAll(() => t.close());

  it('GET /health/live and /health/ready answer 200 with database and queue up', async () => {
    await t.http.get('/health/live').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, queue: { status: 'up' } });
  });

  it('GET /metrics serves Prometheus text with HTTP timings', async () => {
    await t.http.get('/health/live');
    const res = await t.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/health\/live"/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
  });

  it('serves the OpenAPI document with every identity route and its DTOs', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    const paths = Object.keys(res.body.paths);
    for (const route of [
      '/api/v1/auth/register',
      '/api/v1/auth/verify-email',
      '/api/v1/auth/login',
      '/api/v1/auth/refresh',
      '/api/v1/auth/logout',
      '/api/v1/auth/password/forgot',
      '/api/v1/auth/password/reset',
      '/api/v1/auth/email/confirm',
      '/api/v1/auth/email/cancel',
      '/api/v1/me',
      '/api/v1/me/password',
      '/api/v1/me/email',
      '/api/v1/me/sessions',
      '/api/v1/me/sessions/{id}',
    ]) {
      expect(paths).toContain(route);
    }
    expect(res.body.components.schemas.RegisterDto.required).toEqual(expect.arrayContaining(['email', 'password']));
    await t.http.get('/api/docs').expect(200);
  });

  it('has no dev mailbox outside the embedded mode', async () => {
    await t.http.get('/dev/mailbox').expect(404);
    await t.http.get('/api/v1/dev/mailbox').expect(404);
  });
});
