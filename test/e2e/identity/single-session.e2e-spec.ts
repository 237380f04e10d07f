import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember, ROOMY_PLANS } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

type Login = { accessToken: string; refreshToken: string; sessionId: string };

// One session at a time: with `singleSession` on in an organisation the user can work in, a
// password login ends the user's other sessions; they answer SESSION_REPLACED from then on.
describe('identity: one session at a time (tenant setting singleSession)', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;

  const login = async (email: string, password: string): Promise<Login> =>
    (await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200)).body;
  const me = (accessToken: string) => t.http.get('/api/v1/me').set('authorization', bearer(accessToken));
  const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refreshToken });
  const liveSessions = async (userId: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [userId]))[0].n;

  /** A signed-up account (one session open) and its id. */
  async function account() {
    const user = await signUp(t);
    return { ...user, id: (await users.findByEmail(user.email))!.id };
  }

  /** A tenant owned by a fresh account, with `singleSession` set as given (through the API). */
  async function tenant(singleSession: boolean): Promise<string> {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, singleSession ? 'One Device Ltd' : 'Many Devices Ltd');
    if (singleSession) {
      await t.http
        .patch(`/api/v1/tenants/${tenantId}`)
        .set('authorization', bearer(owner.accessToken))
        .send({ settings: { singleSession: true } })
        .expect(200);
    }
    return tenantId;
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'singlesession', runtime: { plans: ROOMY_PLANS }, env: { LOGIN_MAX_ATTEMPTS_PER_IP: '10000' } });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
  });
  afterAll(() => t.close());

  it('a new login ends the other session: its access token and refresh token answer SESSION_REPLACED', async () => {
    const tenantId = await tenant(true);
    const user = await account();
    await addMember(t, tenantId, user.id, 'member');
    const first = await login(user.email, user.password);
    // The sign-up's own session (opened before the membership) and `first` are both ended now.
    const second = await login(user.email, user.password);

    expectProblem(await me(first.accessToken), 401, 'SESSION_REPLACED');
    expectProblem(await refresh(first.refreshToken), 401, 'SESSION_REPLACED');
    expectProblem(await me(user.accessToken), 401, 'SESSION_REPLACED');
    await me(second.accessToken).expect(200);

    const sessions = await t.http.get('/api/v1/me/sessions').set('authorization', bearer(second.accessToken)).expect(200);
    expect(sessions.body.items).toEqual([expect.objectContaining({ id: second.sessionId, current: true })]);
    const reasons = await db.query('SELECT revoked_reason FROM sessions WHERE user_id = $1 AND id <> $2', [user.id, second.sessionId]);
    expect(reasons.map((r: { revoked_reason: string }) => r.revoked_reason)).toEqual(['replaced', 'replaced']);
  });

  it('SESSION_REPLACED is translated, so a client can tell the user why', async () => {
    const tenantId = await tenant(true);
    const user = await account();
    await addMember(t, tenantId, user.id, 'admin');
    const first = await login(user.email, user.password);
    await login(user.email, user.password);
    const pl = await me(first.accessToken).set('accept-language', 'pl');
    expect(expectProblem(pl, 401, 'SESSION_REPLACED').detail).toMatch(/innym urządzeniu/);
    const uk = await refresh(first.refreshToken).set('accept-language', 'uk');
    expect(expectProblem(uk, 401, 'SESSION_REPLACED').detail).toMatch(/іншому пристрої/);
  });

  it('other ends of a session keep their own codes: logout is SESSION_REVOKED, not SESSION_REPLACED', async () => {
    const tenantId = await tenant(true);
    const user = await account();
    await addMember(t, tenantId, user.id, 'member');
    const only = await login(user.email, user.password);
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer(only.accessToken)).expect(204);
    expectProblem(await me(only.accessToken), 401, 'SESSION_REVOKED');
    expectProblem(await refresh(only.refreshToken), 401, 'REFRESH_TOKEN_INVALID');
  });

  it('a refresh continues the same session: it ends nothing and stays the one live session', async () => {
    const tenantId = await tenant(true);
    const user = await account();
    await addMember(t, tenantId, user.id, 'member');
    const session = await login(user.email, user.password);
    const refreshed = (await refresh(session.refreshToken).expect(200)).body as Login;
    expect(refreshed.sessionId).toBe(session.sessionId);
    await me(refreshed.accessToken).expect(200);
    // The access token issued before the refresh belongs to the same session and still works.
    await me(session.accessToken).expect(200);
    expect(await liveSessions(user.id)).toBe(1);
  });

  it('without the setting, logins add sessions as for any account', async () => {
    const tenantId = await tenant(false);
    const user = await account();
    await addMember(t, tenantId, user.id, 'member');
    const first = await login(user.email, user.password);
    const second = await login(user.email, user.password);
    await me(first.accessToken).expect(200);
    await me(second.accessToken).expect(200);
    await me(user.accessToken).expect(200);
    expect(await liveSessions(user.id)).toBe(3);
  });

  it('the strictest wins: a member of one tenant with the setting and one without has one session', async () => {
    const relaxed = await tenant(false);
    const strict = await tenant(true);
    const user = await account();
    await addMember(t, relaxed, user.id, 'admin');
    await addMember(t, strict, user.id, 'member');
    const first = await login(user.email, user.password);
    const second = await login(user.email, user.password);
    expectProblem(await me(first.accessToken), 401, 'SESSION_REPLACED');
    // The session is the account's, not a tenant's: the relaxed tenant's routes see the new one only.
    await t.http.get(`/api/v1/tenants/${relaxed}/members`).set('authorization', bearer(second.accessToken)).expect(200);
    expectProblem(
      await t.http.get(`/api/v1/tenants/${relaxed}/members`).set('authorization', bearer(first.accessToken)),
      401,
      'SESSION_REPLACED',
    );
    expect(await liveSessions(user.id)).toBe(1);
  });

  it("the owner of a tenant with the setting has one session too (the owner's membership counts)", async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, 'Owner Ltd');
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set('authorization', bearer(owner.accessToken))
      .send({ settings: { singleSession: true } })
      .expect(200);
    // Turning the setting on ends nothing by itself: the owner's session lives until the next login.
    await me(owner.accessToken).expect(200);
    const next = await login(owner.email, owner.password);
    expectProblem(await me(owner.accessToken), 401, 'SESSION_REPLACED');
    await me(next.accessToken).expect(200);
  });

  it('a blocked membership, or a contact entry, gives that tenant no say; unblocked, the rule applies from the next login', async () => {
    const strict = await tenant(true);
    const blocked = await account();
    const membershipId = await addMember(t, strict, blocked.id, 'member', { status: 'blocked' });
    const contact = await account();
    await addMember(t, strict, contact.id, 'contact');

    for (const user of [blocked, contact]) {
      const a = await login(user.email, user.password);
      const b = await login(user.email, user.password);
      await me(a.accessToken).expect(200);
      await me(b.accessToken).expect(200);
      expect(await liveSessions(user.id)).toBe(3);
    }

    await db.query(`UPDATE memberships SET status = 'active' WHERE id = $1`, [membershipId]);
    expect(await liveSessions(blocked.id)).toBe(3);
    const after = await login(blocked.email, blocked.password);
    expect(await liveSessions(blocked.id)).toBe(1);
    await me(after.accessToken).expect(200);
  });

  it('turning the setting off lets the next logins add sessions again', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, 'Toggle Ltd');
    const admin = (patch: Record<string, unknown>, token: string) =>
      t.http.patch(`/api/v1/tenants/${tenantId}`).set('authorization', bearer(token)).send({ settings: patch }).expect(200);
    await admin({ singleSession: true }, owner.accessToken);
    const user = await account();
    await addMember(t, tenantId, user.id, 'member');
    await login(user.email, user.password);
    expect(await liveSessions(user.id)).toBe(1);
    await admin({ singleSession: null }, owner.accessToken);
    await login(user.email, user.password);
    expect(await liveSessions(user.id)).toBe(2);
  });

  it('records how many sessions a login replaced in the tenant activity log (user.login)', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, 'Audit Ltd');
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set('authorization', bearer(owner.accessToken))
      .send({ settings: { singleSession: true } })
      .expect(200);
    const user = await account();
    await addMember(t, tenantId, user.id, 'member');
    await login(user.email, user.password); // ends the sign-up's session
    await login(user.email, user.password); // ends the one before
    const res = await t.http
      .get(`/api/v1/tenants/${tenantId}/activity?limit=100`)
      .set('authorization', bearer((await login(owner.email, owner.password)).accessToken))
      .expect(200);
    const logins = res.body.items.filter(
      (e: { action: string; actor: { id: string } }) => e.action === 'user.login' && e.actor.id === user.id,
    );
    expect(logins.map((e: { data: unknown }) => e.data)).toEqual([{ replacedSessions: 1 }, { replacedSessions: 1 }]);
  });
});
