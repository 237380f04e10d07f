import { createTestApp, TestApp } from '../../support/create-test-app';

describe('exposure switches: DOCS_ENABLED and METRICS_TOKEN', () => {
  let t: TestApp;
  const token = 'scrape-token-0123456789abcdef';
  beforeAll(async () => {
    t = await createTestApp({ label: 'exposure', env: { DOCS_ENABLED: 'false', METRICS_TOKEN: token } });
  });
  afterAll(() => t?.close());

  it('DOCS_ENABLED=false serves neither Swagger UI nor the OpenAPI JSON', async () => {
    await t.http.get('/api/docs').expect(404);
    await t.http.get('/api/docs-json').expect(404);
  });

  it('METRICS_TOKEN: /metrics answers 401 without the bearer token or with a wrong one, 200 with it', async () => {
    const anonymous = await t.http.get('/metrics').expect(401);
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(anonymous.text).not.toContain('process_cpu');
    await t.http.get('/metrics').set('Authorization', 'Bearer wrong-token').expect(401);
    await t.http.get('/metrics').set('Authorization', token).expect(401);
    const res = await t.http.get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.text).toContain('process_cpu_user_seconds_total');
  });

  it('the probes stay open', async () => {
    await t.http.get('/health/live').expect(200);
  });
});
