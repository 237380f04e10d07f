import { parseDuration } from '@tenant-iam/common';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const DAY = parseDuration('1d');

// The idle window slides with every refresh; SESSION_MAX_LIFETIME is the wall it never passes.
describe('identity: absolute session lifetime (SESSION_MAX_LIFETIME)', () => {
  describe('with the defaults (30 d idle, 90 d absolute)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ label: 'sessionmax' });
    });
    afterAll(() => t.close());

    it('a session refreshed every 29 days ends 90 days after login with SESSION_EXPIRED', async () => {
      const user = await signUp(t);
      const loginAt = t.clock.now().getTime();
      let refreshToken = user.refreshToken;
      let accessToken = user.accessToken;
      for (let i = 0; i < 3; i++) {
        t.clock.advance(29 * DAY);
        const res = await t.http.post('/api/v1/auth/refresh').send({ refreshToken }).expect(200);
        ({ refreshToken, accessToken } = res.body);
      }
      // Day 87: the last refresh gave 30 more days of idle time, cut at day 90.
      const sessions = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(accessToken)).expect(200);
      const current = sessions.body.items.find((s: { current: boolean }) => s.current);
      expect(current.expiresAt).toBe(new Date(loginAt + 90 * DAY).toISOString());

      t.clock.advance(3 * DAY);
      expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken }), 401, 'SESSION_EXPIRED');
      // A fresh login starts a new lifetime.
      await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    });

    it('translates SESSION_EXPIRED', async () => {
      const user = await signUp(t);
      t.clock.advance(90 * DAY);
      const res = await t.http.post('/api/v1/auth/refresh').set('accept-language', 'pl').send({ refreshToken: user.refreshToken });
      expect(expectProblem(res, 401, 'SESSION_EXPIRED').detail).toMatch(/Zaloguj się ponownie/);
    });
  });

  describe('configured shorter than the idle window', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ label: 'sessionmaxshort', env: { SESSION_MAX_LIFETIME: '1h' } });
    });
    afterAll(() => t.close());

    it('caps the session at login + 1 h: a refresh a minute before works, at the hour it answers SESSION_EXPIRED', async () => {
      const user = await signUp(t);
      const loginAt = t.clock.now().getTime();
      t.clock.advance(59 * 60_000);
      const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
      const sessions = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(refreshed.body.accessToken)).expect(200);
      expect(sessions.body.items[0].expiresAt).toBe(new Date(loginAt + 3_600_000).toISOString());

      t.clock.advance(60_000);
      expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }), 401, 'SESSION_EXPIRED');
    });
  });
});
