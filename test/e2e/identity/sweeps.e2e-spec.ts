import { parseDuration } from '@tenant-iam/common';
import {
  ActionTokensSweeper,
  IDENTITY_OPTIONS,
  IDENTITY_SWEEPS,
  IdentityJob,
  IdentityUsers,
  ResolvedIdentityOptions,
  SessionsSweeper,
} from '@tenant-iam/identity';
import { Outbox } from '@tenant-iam/notifications';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const DAY = parseDuration('1d');

type Login = { accessToken: string; refreshToken: string; sessionId: string };

// Nothing else deletes sessions, refresh tokens or link tokens: these sweeps do, once a row has
// been dead for the retention, and never a row that still guards something (a live session's used
// refresh tokens, which detect reuse).
describe('identity: sweeps of sessions and link tokens', () => {
  let t: TestApp;
  let db: DataSource;
  let options: ResolvedIdentityOptions;
  let sessionsSweeper: SessionsSweeper;
  let tokensSweeper: ActionTokensSweeper;

  const login = async (email: string, password: string): Promise<Login> =>
    (await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
  const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refreshToken });
  const count = async (sql: string, params: unknown[]): Promise<number> => (await db.query(sql, params))[0].n;
  const sessionRows = (ids: string[]) => count('SELECT count(*)::int AS n FROM sessions WHERE id = ANY($1)', [ids]);
  const tokenRows = (ids: string[]) => count('SELECT count(*)::int AS n FROM refresh_tokens WHERE session_id = ANY($1)', [ids]);

  /** Runs `fn` with some identity options changed (the sweepers and the services read them live). */
  async function withOptions<T>(patch: Partial<ResolvedIdentityOptions>, fn: () => Promise<T>): Promise<T> {
    const saved = { ...options };
    Object.assign(options, patch);
    try {
      return await fn();
    } finally {
      Object.assign(options, saved);
    }
  }

  beforeAll(async () => {
    // The sweeps are called directly, with the clock moved; the schedule stays out of the way.
    t = await createTestApp({ label: 'identitysweeps', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '10000' } });
    db = t.app.get(DataSource);
    options = t.app.get(IDENTITY_OPTIONS);
    sessionsSweeper = t.app.get(SessionsSweeper);
    tokensSweeper = t.app.get(ActionTokensSweeper);
  });
  afterAll(() => t.close());

  it('declares both sweeps as jobs run on the sweep schedule', () => {
    expect(IDENTITY_SWEEPS).toEqual(['identity.sweep-sessions', 'identity.sweep-tokens']);
    expect(Object.values(IdentityJob)).toEqual(expect.arrayContaining([...IDENTITY_SWEEPS]));
  });

  it('deletes sessions dead for longer than the retention with their tokens; keeps live ones whole, so reuse is still caught', async () => {
    // Whatever earlier tests left is swept first, so the counts below are this test's.
    t.clock.advance(400 * DAY);
    await sessionsSweeper.sweep();

    const user = await signUp(t); // s0: stays idle and expires
    const loggedOut = await login(user.email, user.password);
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer(loggedOut.accessToken)).expect(204);
    const live = await login(user.email, user.password);
    const usedTokens = [live.refreshToken];
    let current = live;
    for (let i = 0; i < 3; i++) {
      current = (await refresh(current.refreshToken).expect(200)).body;
      usedTokens.push(current.refreshToken);
    }
    usedTokens.pop(); // the newest is still unused

    // Within the retention nothing goes, not even the session logged out a moment ago.
    expect(await sessionsSweeper.sweep()).toEqual({ sessions: 0, refreshTokens: 0 });

    // Day 29: the live session refreshes; day 38: s0 idled out on day 30 and the logout was on day 0,
    // both more than 7 days ago. A session logged out today stays.
    t.clock.advance(29 * DAY);
    current = (await refresh(current.refreshToken).expect(200)).body;
    t.clock.advance(9 * DAY);
    const recent = await login(user.email, user.password);
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer(recent.accessToken)).expect(204);

    expect(await sessionsSweeper.sweep()).toEqual({ sessions: 2, refreshTokens: 2 });
    expect(await sessionRows([user.sessionId, loggedOut.sessionId])).toBe(0);
    expect(await tokenRows([user.sessionId, loggedOut.sessionId])).toBe(0);
    expect(await sessionRows([live.sessionId, recent.sessionId])).toBe(2);
    // Every token of the live session is kept: login + 4 refreshes.
    expect(await tokenRows([live.sessionId])).toBe(5);

    // The live session goes on after the sweep...
    current = (await refresh(current.refreshToken).expect(200)).body;
    await t.http.get('/api/v1/me').set('authorization', bearer(current.accessToken)).expect(200);
    // ...and a token used 38 days ago is still recognised as reuse, which ends the session.
    expectProblem(await refresh(usedTokens[0]), 401, 'REFRESH_TOKEN_REUSED');
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(current.accessToken)), 401, 'SESSION_REVOKED');

    // The retention counts from the end: the session ended by reuse goes 7 days later, with the recent logout.
    t.clock.advance(7 * DAY);
    expect(await sessionsSweeper.sweep()).toEqual({ sessions: 0, refreshTokens: 0 });
    t.clock.advance(1000);
    expect(await sessionsSweeper.sweep()).toEqual({ sessions: 2, refreshTokens: 7 });
    expect(await sessionRows([live.sessionId, recent.sessionId])).toBe(0);
  });

  it('works in batches, and two sweeps at once share the work (SKIP LOCKED) and delete each row once', async () => {
    t.clock.advance(400 * DAY);
    await sessionsSweeper.sweep();
    const user = await signUp(t);
    const sessions = [user.sessionId];
    for (let i = 0; i < 11; i++) sessions.push((await login(user.email, user.password)).sessionId);
    await db.query(`UPDATE sessions SET revoked_at = $2, revoked_reason = 'logout' WHERE id = ANY($1)`, [sessions, t.clock.now()]);
    t.clock.advance(8 * DAY);

    const [a, b] = await withOptions({ sweepBatchSize: 2 }, () => Promise.all([sessionsSweeper.sweep(), sessionsSweeper.sweep()]));
    expect(a.sessions + b.sessions).toBe(12);
    expect(a.refreshTokens + b.refreshTokens).toBe(12);
    expect(await sessionRows(sessions)).toBe(0);
  });

  it('bounds a live session: after sessionMaxRefreshes refreshes it ends with SESSION_EXPIRED', async () => {
    const user = await signUp(t);
    await withOptions({ sessionMaxRefreshes: 3 }, async () => {
      let token = user.refreshToken;
      for (let i = 0; i < 3; i++) token = (await refresh(token).expect(200)).body.refreshToken;
      expectProblem(await refresh(token), 401, 'SESSION_EXPIRED');
    });
    expect(await tokenRows([user.sessionId])).toBe(4);
  });

  it('clears the payload of an expired link at once and deletes the link after the retention; live links stay', async () => {
    t.clock.advance(400 * DAY);
    await tokensSweeper.sweep();

    // A sign-up's verification link carries the password hash until used or expired.
    const email = uniqueEmail('sweep');
    await t.http.post('/api/v1/auth/register').send({ email, password: 'copper-Meadow-falcon-27', firstName: 'Ola' }).expect(202);
    const token = await tokenFromMail(t, email, 'verify-email');
    const payload = async () =>
      (await db.query(`SELECT payload FROM action_tokens WHERE subject = $1 AND purpose = 'verify-email'`, [email]))[0]?.payload;
    expect(await payload()).toHaveProperty('registration.passwordHash');

    expect(await tokensSweeper.sweep()).toEqual({ expired: 0, deleted: 0 });
    t.clock.advance(DAY + 1000);
    // A used link (this verified account's) and a live one (issued now) for the checks below.
    const used = await signUp(t);
    await t.http.post('/api/v1/auth/password/forgot').send({ email: used.email }).expect(202);
    const reset = await tokenFromMail(t, used.email, 'reset-password');

    expect(await tokensSweeper.sweep()).toEqual({ expired: 1, deleted: 0 });
    expect(await payload()).toEqual({});
    const usedId = await userId(used.email);
    const linksOf = (id: string) => count('SELECT count(*)::int AS n FROM action_tokens WHERE user_id = $1', [id]);
    expect(await linksOf(usedId)).toBe(2);
    // Still there: the link explains itself.
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token }), 410, 'TOKEN_EXPIRED');

    t.clock.advance(7 * DAY);
    // The first link expired 7 days and 1 s ago; the used one and the reset link (24 h from day 1) 6 days ago.
    const swept = await tokensSweeper.sweep();
    expect(swept).toEqual({ expired: 0, deleted: 1 });
    expect(await payload()).toBeUndefined();
    expect(await linksOf(usedId)).toBe(2);
    expectProblem(await t.http.post('/api/v1/auth/verify-email').send({ token }), 400, 'TOKEN_INVALID');

    t.clock.advance(DAY + 1000);
    expect(await tokensSweeper.sweep()).toEqual({ expired: 0, deleted: 2 });
    expect(await linksOf(usedId)).toBe(0);
    // The reset link expired long ago: gone as well, and refused like an unknown link.
    expectProblem(
      await t.http.post('/api/v1/auth/password/reset').send({ token: reset, password: 'new-Orchard-pebble-61' }),
      400,
      'TOKEN_INVALID',
    );
  });

  it('runs as queue jobs: enqueued by name, the handlers sweep', async () => {
    t.clock.advance(400 * DAY);
    await sessionsSweeper.sweep();
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer(user.accessToken)).expect(204);
    t.clock.advance(8 * DAY);
    const outbox = t.app.get(Outbox);
    for (const job of IDENTITY_SWEEPS) await outbox.addJob(job, {});
    outbox.flush();
    const deadline = Date.now() + 10_000;
    while ((await sessionRows([user.sessionId])) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await sessionRows([user.sessionId])).toBe(0);
  });

  const userId = async (email: string) => (await t.app.get(IdentityUsers).findByEmail(email))!.id;
});
