import { createTestApp, TestApp } from '../support/create-test-app';
import { GOOD_PASSWORD, signUp } from '../support/identity';
import { expectProblem } from '../support/problem';
import type { Response } from 'supertest';

/** The directives of a Content-Security-Policy header, by name. */
function csp(res: Response): Record<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(res: Response): void {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(csp(res)['frame-ancestors']).toEqual(["'none'"]);
  expect(csp(res)['default-src']).toEqual(["'self'"]);
}

describe('security: headers on every answer (issue 7, item 12)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'headers' });
  });
  afterAll(() => t.close());

  it('a problem answer carries the security headers and no-store', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.test', password: 'wrong-password-123' });
    expectProblem(res, 401, 'INVALID_CREDENTIALS');
    expectSecurityHeaders(res);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers that carry tokens (login, refresh) are no-store', async () => {
    const { email } = await signUp(t);
    const login = await t.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    expectSecurityHeaders(login);
    expect(login.headers['cache-control']).toBe('no-store');

    const refresh = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(refresh.body.refreshToken).toEqual(expect.any(String));
    expect(refresh.headers['cache-control']).toBe('no-store');
  });

  it('probes and unknown routes are no-store too', async () => {
    expect((await t.http.get('/health/live').expect(200)).headers['cache-control']).toBe('no-store');
    const notFound = await t.http.get('/api/v1/no-such-route');
    expectProblem(notFound, 404, 'NOT_FOUND');
    expect(notFound.headers['cache-control']).toBe('no-store');
  });

  it('Swagger UI is served under a CSP it works with: no inline script, its own assets, inline styles allowed', async () => {
    const page = await t.http.get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(page);
    const policy = csp(page);
    expect(policy['script-src']).toEqual(["'self'"]);

    // Every script is an external file of this server: 'self' covers it, no inline script to block.
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes)?.[1];
      expect(src).toMatch(/^\.\//);
      const asset = await t.http.get(new URL(src!, 'http://app.test/api/docs').pathname).expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
    }
    // It does use inline <style> blocks and data: images (icons in its CSS).
    expect(page.text).toMatch(/<style>/);
    expect(policy['style-src']).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]));
    expect(policy['img-src']).toEqual(expect.arrayContaining(["'self'", 'data:']));
    // "Try it out" calls this origin.
    expect(policy['connect-src']).toEqual(["'self'"]);
  });
});

describe('security: the dev mailbox, which lists live links, is not cached', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'headers-mailbox', mailbox: true });
  });
  afterAll(() => t.close());

  it('GET /dev/mailbox is no-store with the security headers', async () => {
    const res = await t.http.get('/dev/mailbox').expect(200);
    expectSecurityHeaders(res);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
