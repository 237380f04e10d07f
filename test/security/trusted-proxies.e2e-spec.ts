import { createTestApp, TestApp } from '../support/create-test-app';
import { bearer, GOOD_PASSWORD, signUp } from '../support/identity';

/** Logs in with `X-Forwarded-For` and returns the ip `GET /me/sessions` recorded for that session. */
async function recordedIp(t: TestApp, forwardedFor: string): Promise<string | null> {
  const { email } = await signUp(t);
  const login = await t.http
    .post('/api/v1/auth/login')
    .set('x-forwarded-for', forwardedFor)
    .send({ email, password: GOOD_PASSWORD })
    .expect(200);
  const sessions = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(login.body.accessToken)).expect(200);
  const session = (sessions.body.items as Array<{ id: string; ip: string | null }>).find((s) => s.id === login.body.sessionId);
  return session!.ip;
}

describe('security: X-Forwarded-For is believed only from TRUSTED_PROXIES (issue 7, item 8)', () => {
  describe('with TRUSTED_PROXIES=127.0.0.1/32 (the test client is the proxy)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ label: 'trusted-proxy', env: { TRUSTED_PROXIES: '127.0.0.1/32, ::1, ::ffff:127.0.0.1' } });
    });
    afterAll(() => t.close());

    it('records the forwarded client address on the session', async () => {
      expect(await recordedIp(t, '203.0.113.7')).toBe('203.0.113.7');
    });

    it('takes the nearest untrusted hop, so a client cannot choose its address by prepending one', async () => {
      expect(await recordedIp(t, '198.51.100.99, 203.0.113.8')).toBe('203.0.113.8');
    });
  });

  describe('without TRUSTED_PROXIES (the default)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ label: 'no-proxy' });
    });
    afterAll(() => t.close());

    it('ignores X-Forwarded-For and records the peer address', async () => {
      const ip = await recordedIp(t, '203.0.113.7');
      expect(ip).not.toContain('203.0.113.7');
      expect(ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    });
  });
});
