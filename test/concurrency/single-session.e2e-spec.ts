import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { addMember, ROOMY_PLANS } from '../support/factories/members';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp } from '../support/identity';
import { expectProblem } from '../support/problem';

// One session at a time holds under parallel logins: the login transaction locks the user's row
// before it ends the other sessions, so concurrent logins of one user run that part one after
// another and each ends the session the one before committed.
describe('concurrency: one session at a time', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;

  const live = async (userId: string): Promise<string[]> =>
    (await db.query('SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [userId])).map((r: { id: string }) => r.id);

  beforeAll(async () => {
    t = await createTestApp({
      label: 'singlesessionrace',
      runtime: { plans: ROOMY_PLANS },
      env: {
        LOGIN_MAX_ATTEMPTS_PER_IP: '10000',
        // A login reserves an attempt before argon2 and gives it back on success: 20 in flight at
        // once would otherwise pass the per-account limit (10) and some answer 429.
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
        LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '1000',
      },
    });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
  });
  afterAll(() => t.close());

  async function strictMember() {
    const owner = await signUp(t);
    const ownerId = (await users.findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, ownerId, 'Race Ltd');
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set('authorization', bearer(owner.accessToken))
      .send({ settings: { singleSession: true } })
      .expect(200);
    const user = await signUp(t);
    const userId = (await users.findByEmail(user.email))!.id;
    await addMember(t, tenantId, userId, 'member');
    return { ...user, userId };
  }

  it.each([10, 20])(
    '%i concurrent logins of one user leave exactly one live session; every other token answers SESSION_REPLACED',
    async (n) => {
      const user = await strictMember();
      const responses = await Promise.all(
        Array.from({ length: n }, () => t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password })),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(n).fill(200));

      const survivors = await live(user.userId);
      expect(survivors).toHaveLength(1);
      const [winner] = responses.filter((r) => r.body.sessionId === survivors[0]);
      expect(winner).toBeDefined();
      await t.http.get('/api/v1/me').set('authorization', bearer(winner.body.accessToken)).expect(200);
      const sessions = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(winner.body.accessToken)).expect(200);
      expect(sessions.body.items.map((s: { id: string }) => s.id)).toEqual(survivors);

      const losers = responses.filter((r) => r !== winner);
      const checks = await Promise.all(losers.map((r) => t.http.get('/api/v1/me').set('authorization', bearer(r.body.accessToken))));
      for (const res of checks) expectProblem(res, 401, 'SESSION_REPLACED');
      const refreshes = await Promise.all(
        losers.map((r) => t.http.post('/api/v1/auth/refresh').send({ refreshToken: r.body.refreshToken })),
      );
      for (const res of refreshes) expectProblem(res, 401, 'SESSION_REPLACED');
      // Refreshing the losers ended nothing more: the winner is still the one live session.
      expect(await live(user.userId)).toEqual(survivors);
    },
  );

  it('logins racing refreshes of the old session: the refresh never revives it, one session stays', async () => {
    const user = await strictMember();
    const old = (await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200)).body;
    const [logins, refreshed] = await Promise.all([
      Promise.all(Array.from({ length: 5 }, () => t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }))),
      t.http.post('/api/v1/auth/refresh').send({ refreshToken: old.refreshToken }),
    ]);
    expect(logins.map((r) => r.status)).toEqual(Array(5).fill(200));
    // Before the logins it rotates; after or during them it meets the replaced session.
    if (refreshed.status !== 200) expectProblem(refreshed, 401, 'SESSION_REPLACED');
    expect(await live(user.userId)).toHaveLength(1);
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(old.accessToken)), 401, 'SESSION_REPLACED');
  });
});
