import { encodeCursor } from '@tenant-iam/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Account {
  id: string;
  email: string;
  password: string;
  accessToken: string;
}
interface Entry {
  id: string;
  at: string;
  action: string;
  actor: { type: string; id: string | null };
  target: { type: string; id: string } | null;
  data: Record<string, unknown>;
}

describe('tenancy: GET /tenants/:tenantId/activity', () => {
  let t: TestApp;
  let db: DataSource;

  async function account(): Promise<Account> {
    const user = await signUp(t);
    const me = await t.http.get('/api/v1/me').set('Authorization', bearer(user.accessToken)).expect(200);
    return { id: me.body.id, email: user.email, password: user.password, accessToken: user.accessToken };
  }

  const list = (who: Account, tenantId: string, query = '') =>
    t.http.get(`/api/v1/tenants/${tenantId}/activity${query}`).set('Authorization', bearer(who.accessToken));
  const entries = async (who: Account, tenantId: string): Promise<Entry[]> =>
    (await list(who, tenantId, '?limit=100').expect(200)).body.items;

  beforeAll(async () => {
    t = await createTestApp({ label: 'activity', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '10000' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('keeps the log from a client, even one with full access (it names every company and contact): 403 FORBIDDEN', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, 'Clients Ltd');
    const client = await account();
    const membershipId = await addMember(t, tenantId, client.id, 'client');
    await t.http
      .post(`/api/v1/tenants/${tenantId}/companies`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ name: 'Another Customer' })
      .expect(201);
    expectProblem(await list(client, tenantId), 403, 'FORBIDDEN');
    const own = await t.http
      .get(`/api/v1/tenants/${tenantId}/members/${membershipId}/activity`)
      .set('Authorization', bearer(client.accessToken));
    expectProblem(own, 403, 'FORBIDDEN');
    // The owner's view is whole.
    expect((await entries(owner, tenantId)).map((e) => e.action)).toContain('company.created');
  });

  it("lists the tenant's own actions newest first, with actor, target and data", async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, 'Log Ltd');
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ settings: { singleSession: true } })
      .expect(200);
    const items = await entries(owner, tenantId);
    expect(items.map((e) => e.action)).toEqual(['tenant.settings_changed', 'tenant.created']);
    expect(items[0]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      action: 'tenant.settings_changed',
      actor: { type: 'user', id: owner.id },
      target: { type: 'tenant', id: tenantId },
      data: { changed: ['singleSession'] },
    });
    expect(items[1].data).toEqual({ name: 'Log Ltd' });
  });

  it("shows members' account events (login, password change, email change) with the member as actor", async () => {
    const owner = await account();
    const member = await account();
    const tenantId = await createTenant(t, owner.id, 'Events Ltd');
    const otherTenant = await createTenant(t, owner.id, 'Elsewhere');
    await addMember(t, tenantId, member.id, 'member');
    const outsider = await account();

    await t.http.post('/api/v1/auth/login').send({ email: member.email, password: member.password }).expect(200);
    t.clock.advance(1_000);
    const newPassword = 'amber-Falcon-quarry-41';
    await t.http
      .post('/api/v1/me/password')
      .set('Authorization', bearer(member.accessToken))
      .send({ currentPassword: member.password, password: newPassword })
      .expect(200);
    t.clock.advance(1_000);
    const next = uniqueEmail('member-next');
    await t.http
      .post('/api/v1/me/email')
      .set('Authorization', bearer(member.accessToken))
      .send({ email: next, currentPassword: newPassword })
      .expect(202);
    const token = await tokenFromMail(t, next, 'confirm-email');
    await t.http.post('/api/v1/auth/email/confirm').set('Authorization', bearer(member.accessToken)).send({ token }).expect(200);
    t.clock.advance(1_000);
    // "It wasn't me" from the old address switches the login email back: logged as a change too.
    const cancel = await tokenFromMail(t, member.email, 'cancel-email-change');
    await t.http.post('/api/v1/auth/email/cancel').send({ token: cancel }).expect(200);
    // The outsider's own events belong to no tenant of ours.
    await t.http.post('/api/v1/auth/login').send({ email: outsider.email, password: outsider.password }).expect(200);

    const items = await entries(owner, tenantId);
    const accountEvents = items.filter((e) => e.action.startsWith('user.'));
    expect(accountEvents.map((e) => e.action)).toEqual(['user.email_changed', 'user.email_changed', 'user.password_changed', 'user.login']);
    expect(accountEvents.map((e) => e.data)).toEqual([{ restored: true }, {}, {}, {}]);
    for (const entry of accountEvents) {
      expect(entry.actor).toEqual({ type: 'user', id: member.id });
      expect(entry.target).toEqual({ type: 'user', id: member.id });
    }
    // No addresses in the log.
    expect(JSON.stringify(items)).not.toContain(next);
    expect(JSON.stringify(items)).not.toContain(member.email);
    expect(items.some((e) => e.actor.id === outsider.id)).toBe(false);
    // A tenant the member is not in logs none of it.
    expect((await entries(owner, otherTenant)).map((e) => e.action)).toEqual(['tenant.created']);
  });

  it('an action that rolled back left no entry', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, 'Rollback Ltd');
    // A fault after the entries are written: the tenant's UPDATE fails for this one name.
    await db.query(`
      CREATE OR REPLACE FUNCTION test_refuse_rename() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Refused Name' THEN RAISE EXCEPTION 'refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.query('CREATE TRIGGER test_refuse_rename BEFORE UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION test_refuse_rename()');
    try {
      const res = await t.http
        .patch(`/api/v1/tenants/${tenantId}`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ name: 'Refused Name', billingEmail: 'billing@rollback.test', settings: { singleSession: true } });
      expectProblem(res, 500, 'INTERNAL');
      expect((await entries(owner, tenantId)).map((e) => e.action)).toEqual(['tenant.created']);
      const tenant = (await t.http.get(`/api/v1/tenants/${tenantId}`).set('Authorization', bearer(owner.accessToken)).expect(200)).body;
      expect(tenant).toMatchObject({ name: 'Rollback Ltd', billingEmail: null, settings: { singleSession: false } });
      // The same change without the fault is logged: the entries above were written, then rolled back.
      await t.http
        .patch(`/api/v1/tenants/${tenantId}`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ name: 'Accepted Name', billingEmail: 'billing@rollback.test', settings: { singleSession: true } })
        .expect(200);
      expect((await entries(owner, tenantId)).map((e) => e.action).sort()).toEqual([
        'tenant.billing_email_changed',
        'tenant.created',
        'tenant.renamed',
        'tenant.settings_changed',
      ]);
    } finally {
      await db.query('DROP TRIGGER test_refuse_rename ON tenants');
    }
  });

  it('is append-only: a raw UPDATE of activity_log fails', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    await expect(db.query(`UPDATE activity_log SET action = 'tenant.deleted' WHERE tenant_id = $1`, [tenantId])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`UPDATE activity_log SET data = '{}'::jsonb`)).rejects.toThrow(/append-only/);
    expect((await entries(owner, tenantId)).map((e) => e.action)).toEqual(['tenant.created']);
  });

  it('pages with limit and cursor without gaps or repeats; a foreign cursor is 400', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    for (const singleSession of [true, false, true, false]) {
      await t.http
        .patch(`/api/v1/tenants/${tenantId}`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { singleSession } })
        .expect(200);
    }
    const all = (await entries(owner, tenantId)).map((e) => e.id);
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { items: Entry[]; nextCursor: string | null } } = await list(
        owner,
        tenantId,
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      seen.push(...res.body.items.map((e: Entry) => e.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(all);
    expect(pages).toBe(3);
    for (const bad of ['nope!', encodeCursor({ name: 'A', id: randomUUID() }), encodeCursor({ at: 'x', id: "1' OR '1'='1" })]) {
      const body = expectProblem(await list(owner, tenantId, `?cursor=${encodeURIComponent(bad)}`), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)).toEqual(['cursor:INVALID_CURSOR']);
    }
    expect(fieldErrors(expectProblem(await list(owner, tenantId, '?limit=0'), 400, 'VALIDATION_FAILED'))[0]).toMatch(/^limit:/);
  });

  it('who reads it: owner, superadmin, admin and a member with the full set; contact and blocked refused; others 404 alike', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    const byRole: Record<string, Account> = {};
    for (const role of ['superadmin', 'admin', 'member'] as const) {
      byRole[role] = await account();
      await addMember(t, tenantId, byRole[role].id, role);
    }
    const contact = await account();
    await addMember(t, tenantId, contact.id, 'contact');
    const blocked = await account();
    await addMember(t, tenantId, blocked.id, 'admin', { status: 'blocked' });
    for (const who of [owner, byRole.superadmin, byRole.admin, byRole.member]) await list(who, tenantId).expect(200);
    expectProblem(await list(contact, tenantId), 403, 'NO_PANEL_ACCESS');
    expectProblem(await list(blocked, tenantId), 403, 'MEMBERSHIP_BLOCKED');

    const stranger = await account();
    const bodies = [];
    for (const id of [tenantId, randomUUID(), 'not-a-uuid']) {
      const { instance: _, ...body } = expectProblem(await list(stranger, id), 404, 'TENANT_NOT_FOUND');
      bodies.push(JSON.stringify(body));
    }
    expect(new Set(bodies).size).toBe(1);
    expectProblem(await t.http.get(`/api/v1/tenants/${tenantId}/activity`), 401, 'UNAUTHORIZED');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const op = doc.paths['/api/v1/tenants/{tenantId}/activity'].get;
    expect(op.operationId).toBe('listTenantActivity');
    expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['cursor', 'limit', 'tenantId']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404']));
  });
});
