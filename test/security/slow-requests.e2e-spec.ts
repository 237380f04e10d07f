import { AddressInfo, connect } from 'node:net';
import { createAdapter, REQUEST_HEADERS_TIMEOUT, REQUEST_TIMEOUT } from '../../apps/api/src/bootstrap';
import { createTestApp, TestApp } from '../support/create-test-app';

/** Writes `bytes` on a fresh connection and never finishes; resolves with what came back and when the server closed. */
function stall(port: number, bytes: string): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
  });
}

const head = (answer: string) => answer.split('\r\n\r\n')[0];
const body = (answer: string) => JSON.parse(answer.split('\r\n\r\n')[1]) as { status: number; code: string };

describe('requests that do not arrive in time', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    // Short limits, checked often: the production ones are 20 s (head) and 30 s (whole request).
    t = await createTestApp({ label: 'slow-requests', timeouts: { request: 1000, headers: 800, checkEvery: 100 } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('a body trickled past the request limit is a 408 REQUEST_TIMEOUT problem, and the connection is closed', async () => {
    const { answer, ms } = await stall(
      port,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{"email":',
    );
    expect(head(answer)).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(head(answer)).toMatch(/\r\nContent-Type: application\/problem\+json; charset=utf-8\r\n/i);
    expect(head(answer)).toMatch(/\r\nCache-Control: no-store\r\n/i);
    expect(body(answer)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(10_000);
  });

  it('a head that never ends is a 408 too', async () => {
    const { answer } = await stall(port, 'GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(body(answer)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
  });

  it('a request that arrives in time is answered as usual', async () => {
    const res = await t.http.get('/health/live');
    expect(res.status).toBe(200);
  });

  it('the production limits bound the head and the whole request (Fastify alone would not bound a body)', () => {
    const server = createAdapter().getInstance().server;
    expect({ request: server.requestTimeout, headers: server.headersTimeout }).toEqual({
      request: REQUEST_TIMEOUT,
      headers: REQUEST_HEADERS_TIMEOUT,
    });
    expect(REQUEST_HEADERS_TIMEOUT).toBeLessThanOrEqual(REQUEST_TIMEOUT);
  });
});
