import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

type Role = 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
interface Account {
  id: string;
  email: string;
  password: string;
  accessToken: string;
}

// The organisation itself: reading it, its settings and billing email, and handing it over. The
// roles table cells for settings, billing and transfer are checked allowed AND refused.
describe('tenancy: /tenants/:tenantId', () => {
  let t: TestApp;
  let db: DataSource;

  async function account(): Promise<Account> {
    const user = await signUp(t);
    const me = await t.http.get('/api/v1/me').set('Authorization', bearer(user.accessToken)).expect(200);
    return { id: me.body.id, email: user.email, password: user.password, accessToken: user.accessToken };
  }

  /** A tenant with an owner and one account per role (blocked: a member whose membership is blocked). */
  async function organisation(name = 'Acme') {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id, name);
    const roles = {} as Record<Role | 'blocked', Account>;
    for (const role of ['superadmin', 'admin', 'member', 'client', 'contact'] as Role[]) {
      roles[role] = await account();
      await addMember(t, tenantId, roles[role].id, role);
    }
    roles.blocked = await account();
    await addMember(t, tenantId, roles.blocked.id, 'member', { status: 'blocked' });
    return { tenantId, owner, ...roles };
  }

  const get = (who: Account, tenantId: string) => t.http.get(`/api/v1/tenants/${tenantId}`).set('Authorization', bearer(who.accessToken));
  const patch = (who: Account, tenantId: string, body: object) =>
    t.http.patch(`/api/v1/tenants/${tenantId}`).set('Authorization', bearer(who.accessToken)).send(body);
  const transfer = (who: Account, tenantId: string, userId: string) =>
    t.http.post(`/api/v1/tenants/${tenantId}/transfer-ownership`).set('Authorization', bearer(who.accessToken)).send({ userId });
  const activity = async (tenantId: string): Promise<{ action: string; actor: { type: string; id: string }; data: object }[]> => {
    const rows: { action: string; actor_type: string; actor_id: string; data: object }[] = await db.query(
      'SELECT action, actor_type, actor_id, data FROM activity_log WHERE tenant_id = $1 ORDER BY at, id',
      [tenantId],
    );
    return rows.map((r) => ({ action: r.action, actor: { type: r.actor_type, id: r.actor_id }, data: r.data }));
  };

  beforeAll(async () => {
    // Every role is an account that logs in: more logins from 127.0.0.1 than the default per-IP limit.
    t = await createTestApp({ label: 'tenants', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '10000' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  describe('GET', () => {
    it("shows the organisation, its seats and the caller's role; the billing email to the owner only", async () => {
      const org = await organisation('Read Ltd');
      await patch(org.owner, org.tenantId, { billingEmail: 'Invoices@Read.test' }).expect(200);
      const res = await get(org.owner, org.tenantId).expect(200);
      expect(res.body).toEqual({
        id: org.tenantId,
        name: 'Read Ltd',
        ownerUserId: org.owner.id,
        billingEmail: 'invoices@read.test',
        plan: 'basic',
        settings: {
          membersCanInvite: false,
          singleSession: false,
          passwordPolicy: {},
          profilePolicy: expect.objectContaining({ nameScript: 'any', requirePhone: false }),
        },
        createdAt: expect.any(String),
        // Owner, five roles and the blocked member: every membership takes a seat.
        seats: { limit: 10, used: 7 },
        role: 'owner',
      });
      for (const role of ['superadmin', 'admin', 'member', 'client'] as const) {
        const seen = await get(org[role], org.tenantId).expect(200);
        expect(seen.body.role).toBe(role);
        expect(seen.body.seats).toEqual({ limit: 10, used: 7 });
        expect(seen.body).not.toHaveProperty('billingEmail');
        expect(seen.text).not.toContain('invoices@read.test');
      }
    });

    it('refuses a contact (NO_PANEL_ACCESS) and a blocked member (MEMBERSHIP_BLOCKED)', async () => {
      const org = await organisation();
      expectProblem(await get(org.contact, org.tenantId), 403, 'NO_PANEL_ACCESS');
      expectProblem(await get(org.blocked, org.tenantId), 403, 'MEMBERSHIP_BLOCKED');
    });

    it('needs a session', async () => {
      const org = await organisation();
      expectProblem(await t.http.get(`/api/v1/tenants/${org.tenantId}`), 401, 'UNAUTHORIZED');
    });
  });

  describe('404 alike for a non-member, an unknown tenant and a non-uuid id, on every route', () => {
    it('answers the same body whichever way the tenant is out of reach', async () => {
      const org = await organisation();
      const stranger = await account();
      const routes: [string, (id: string) => ReturnType<typeof get>][] = [
        ['GET', (id) => get(stranger, id)],
        ['PATCH', (id) => patch(stranger, id, { name: 'Mine now', billingEmail: 'x@y.test', settings: { singleSession: true } })],
        ['POST transfer', (id) => transfer(stranger, id, stranger.id)],
        ['GET activity', (id) => t.http.get(`/api/v1/tenants/${id}/activity`).set('Authorization', bearer(stranger.accessToken))],
      ];
      for (const [, call] of routes) {
        const bodies = [];
        for (const id of [org.tenantId, randomUUID(), 'not-a-uuid', '1 OR 1=1']) {
          const { instance: _, ...body } = expectProblem(await call(encodeURIComponent(id)), 404, 'TENANT_NOT_FOUND');
          bodies.push(body);
        }
        expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
      }
      // Nothing changed behind the 404s.
      const tenant = (await get(org.owner, org.tenantId).expect(200)).body;
      expect(tenant).toMatchObject({ name: 'Acme', billingEmail: null, ownerUserId: org.owner.id, settings: { singleSession: false } });
    });
  });

  describe('PATCH', () => {
    it('roles table: settings for owner and superadmin; admin, member, client 403; contact NO_PANEL_ACCESS', async () => {
      const org = await organisation();
      const owner = await patch(org.owner, org.tenantId, { settings: { singleSession: true } }).expect(200);
      expect(owner.body.settings.singleSession).toBe(true);
      const superadmin = await patch(org.superadmin, org.tenantId, { settings: { membersCanInvite: true }, name: 'Renamed' }).expect(200);
      expect(superadmin.body).toMatchObject({
        name: 'Renamed',
        role: 'superadmin',
        settings: { singleSession: true, membersCanInvite: true },
      });
      expect(superadmin.body).not.toHaveProperty('billingEmail');
      for (const role of ['admin', 'member', 'client'] as const) {
        expectProblem(await patch(org[role], org.tenantId, { settings: { singleSession: false } }), 403, 'FORBIDDEN');
        expectProblem(await patch(org[role], org.tenantId, { name: 'Nope' }), 403, 'FORBIDDEN');
      }
      expectProblem(await patch(org.contact, org.tenantId, { settings: { singleSession: false } }), 403, 'NO_PANEL_ACCESS');
      expectProblem(await patch(org.blocked, org.tenantId, { settings: { singleSession: false } }), 403, 'MEMBERSHIP_BLOCKED');
      expect((await get(org.owner, org.tenantId).expect(200)).body).toMatchObject({
        name: 'Renamed',
        settings: { singleSession: true, membersCanInvite: true },
      });
    });

    it("roles table: the billing email is the owner's alone (superadmin and others 403), and null clears it", async () => {
      const org = await organisation();
      const set = await patch(org.owner, org.tenantId, { billingEmail: 'Billing@Acme.test' }).expect(200);
      expect(set.body.billingEmail).toBe('billing@acme.test');
      for (const role of ['superadmin', 'admin', 'member', 'client'] as const) {
        expectProblem(await patch(org[role], org.tenantId, { billingEmail: 'thief@evil.test' }), 403, 'FORBIDDEN');
        expectProblem(await patch(org[role], org.tenantId, { billingEmail: null }), 403, 'FORBIDDEN');
      }
      // A superadmin's settings change is refused whole when it carries a billing email.
      expectProblem(
        await patch(org.superadmin, org.tenantId, { billingEmail: 'x@evil.test', settings: { singleSession: true } }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await patch(org.contact, org.tenantId, { billingEmail: 'x@evil.test' }), 403, 'NO_PANEL_ACCESS');
      const tenant = (await get(org.owner, org.tenantId).expect(200)).body;
      expect(tenant).toMatchObject({ billingEmail: 'billing@acme.test', settings: { singleSession: false } });

      const cleared = await patch(org.owner, org.tenantId, { billingEmail: null }).expect(200);
      expect(cleared.body.billingEmail).toBeNull();
      expect((await db.query('SELECT billing_email FROM tenants WHERE id = $1', [org.tenantId]))[0].billing_email).toBeNull();
      expect((await activity(org.tenantId)).filter((e) => e.action === 'tenant.billing_email_changed')).toEqual([
        { action: 'tenant.billing_email_changed', actor: { type: 'user', id: org.owner.id }, data: {} },
        { action: 'tenant.billing_email_changed', actor: { type: 'user', id: org.owner.id }, data: {} },
      ]);
    });

    it("the billing email and the owner's login email are independent, both ways", async () => {
      const org = await organisation();
      await patch(org.owner, org.tenantId, { billingEmail: 'accounts@acme.test' }).expect(200);
      const me = await t.http.get('/api/v1/me').set('Authorization', bearer(org.owner.accessToken)).expect(200);
      expect(me.body.email).toBe(org.owner.email);
      await t.http.post('/api/v1/auth/login').send({ email: org.owner.email, password: org.owner.password }).expect(200);

      const next = uniqueEmail('owner-next');
      await t.http
        .post('/api/v1/me/email')
        .set('Authorization', bearer(org.owner.accessToken))
        .send({ email: next, currentPassword: org.owner.password })
        .expect(202);
      const token = await tokenFromMail(t, next, 'confirm-email');
      const confirmed = await t.http
        .post('/api/v1/auth/email/confirm')
        .set('Authorization', bearer(org.owner.accessToken))
        .send({ token })
        .expect(200);
      expect(confirmed.body.email).toBe(next);
      const after = (await get(org.owner, org.tenantId).expect(200)).body;
      expect(after.billingEmail).toBe('accounts@acme.test');
    });

    it('merges settings key by key, null resets one key, and bumps settings_version only on a change', async () => {
      const org = await organisation();
      const version = async (): Promise<number> =>
        (await db.query('SELECT settings_version FROM tenants WHERE id = $1', [org.tenantId]))[0].settings_version;
      expect(await version()).toBe(1);
      await patch(org.owner, org.tenantId, { settings: { passwordPolicy: { minLength: 14 }, membersCanInvite: true } }).expect(200);
      expect(await version()).toBe(2);
      const res = await patch(org.owner, org.tenantId, { settings: { singleSession: true } }).expect(200);
      expect(res.body.settings).toMatchObject({ membersCanInvite: true, singleSession: true, passwordPolicy: { minLength: 14 } });
      expect(await version()).toBe(3);
      // The same value again changes nothing: no new version, no entry.
      await patch(org.owner, org.tenantId, { settings: { singleSession: true } }).expect(200);
      expect(await version()).toBe(3);
      const reset = await patch(org.owner, org.tenantId, { settings: { membersCanInvite: null } }).expect(200);
      expect(reset.body.settings).toMatchObject({ membersCanInvite: false, singleSession: true, passwordPolicy: { minLength: 14 } });
      expect(await version()).toBe(4);
      const stored = (await db.query('SELECT settings FROM tenants WHERE id = $1', [org.tenantId]))[0].settings;
      expect(stored).toMatchObject({ membersCanInvite: false, singleSession: true, passwordPolicy: { minLength: 14 } });
      expect((await activity(org.tenantId)).filter((e) => e.action === 'tenant.settings_changed').map((e) => e.data)).toEqual([
        { changed: ['membersCanInvite', 'passwordPolicy'] },
        { changed: ['singleSession'] },
        { changed: ['membersCanInvite'] },
      ]);
    });

    it('concurrent patches of different keys both stick: each merges under the tenant lock', async () => {
      const org = await organisation();
      await Promise.all([
        patch(org.owner, org.tenantId, { settings: { singleSession: true } }).expect(200),
        patch(org.superadmin, org.tenantId, { settings: { membersCanInvite: true } }).expect(200),
        patch(org.owner, org.tenantId, { settings: { passwordPolicy: { minLength: 15 } } }).expect(200),
      ]);
      const stored = (await db.query('SELECT settings, settings_version FROM tenants WHERE id = $1', [org.tenantId]))[0];
      expect(stored.settings).toMatchObject({ singleSession: true, membersCanInvite: true, passwordPolicy: { minLength: 15 } });
      expect(stored.settings_version).toBe(4);
    });

    it('answers 422 INVALID_SETTINGS with settings.* field errors, and changes nothing', async () => {
      const org = await organisation();
      const body = expectProblem(
        await patch(org.owner, org.tenantId, {
          name: 'Should not stick',
          settings: { nope: true, singleSession: 'yes', passwordPolicy: { minLength: 4, colour: 'red' } },
        }),
        422,
        'INVALID_SETTINGS',
      );
      expect(fieldErrors(body).sort()).toEqual([
        'settings.nope:UNKNOWN_SETTING',
        'settings.passwordPolicy.colour:UNKNOWN_SETTING',
        'settings.passwordPolicy.minLength:POLICY_NOT_STRICTER',
        'settings.singleSession:IS_BOOLEAN',
      ]);
      expect(body.errors.every((e: { message?: string }) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
      const pl = await patch(org.owner, org.tenantId, { settings: { nope: true } }).set('Accept-Language', 'pl');
      expect(expectProblem(pl, 422, 'INVALID_SETTINGS').title).toMatch(/ustawień/);
      expect((await get(org.owner, org.tenantId).expect(200)).body.name).toBe('Acme');
      // Only the fixture's entries: the tenant and its members being set up.
      expect((await activity(org.tenantId)).filter((e) => !e.action.startsWith('member.')).map((e) => e.action)).toEqual([
        'tenant.created',
      ]);
    });

    it('checks the body: 400 VALIDATION_FAILED for a blank name, a bad email, null or non-object settings, unknown fields', async () => {
      const org = await organisation();
      const cases: [object, string][] = [
        [{ name: '   ' }, 'name:MATCHES'],
        [{ name: null }, 'name:IS_STRING'],
        [{ billingEmail: 'not-an-email' }, 'billingEmail:IS_EMAIL'],
        [{ settings: null }, 'settings:IS_OBJECT'],
        [{ settings: [true] }, 'settings:IS_OBJECT'],
        [{ plan: 'pro' }, 'plan:'],
        [{ ownerUserId: org.superadmin.id }, 'ownerUserId:'],
      ];
      for (const [input, error] of cases) {
        const body = expectProblem(await patch(org.owner, org.tenantId, input), 400, 'VALIDATION_FAILED');
        expect(fieldErrors(body).some((e) => e.startsWith(error))).toBe(true);
      }
      expect((await get(org.owner, org.tenantId).expect(200)).body).toMatchObject({
        name: 'Acme',
        plan: 'basic',
        ownerUserId: org.owner.id,
      });
    });
  });

  describe('POST transfer-ownership', () => {
    it('roles table: only the owner transfers (superadmin, admin, member, client 403; contact NO_PANEL_ACCESS)', async () => {
      const org = await organisation();
      for (const role of ['superadmin', 'admin', 'member', 'client'] as const) {
        expectProblem(await transfer(org[role], org.tenantId, org[role].id), 403, 'FORBIDDEN');
        expectProblem(await transfer(org[role], org.tenantId, org.superadmin.id), 403, 'FORBIDDEN');
      }
      expectProblem(await transfer(org.contact, org.tenantId, org.admin.id), 403, 'NO_PANEL_ACCESS');
      expectProblem(await transfer(org.blocked, org.tenantId, org.admin.id), 403, 'MEMBERSHIP_BLOCKED');
      expect((await get(org.owner, org.tenantId).expect(200)).body.ownerUserId).toBe(org.owner.id);
    });

    it('refuses a target that is not an active member with panel access', async () => {
      const org = await organisation();
      const stranger = await account();
      expectProblem(await transfer(org.owner, org.tenantId, stranger.id), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await transfer(org.owner, org.tenantId, randomUUID()), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await transfer(org.owner, org.tenantId, org.owner.id), 422, 'TRANSFER_TARGET_INVALID');
      expectProblem(await transfer(org.owner, org.tenantId, org.contact.id), 422, 'TRANSFER_TARGET_INVALID');
      expectProblem(await transfer(org.owner, org.tenantId, org.blocked.id), 422, 'TRANSFER_TARGET_INVALID');
      const bad = expectProblem(await transfer(org.owner, org.tenantId, 'not-a-uuid'), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(bad)).toEqual(['userId:IS_UUID']);
      expect((await get(org.owner, org.tenantId).expect(200)).body.ownerUserId).toBe(org.owner.id);
      // Only the fixture's entries: the tenant and its members being set up.
      expect((await activity(org.tenantId)).filter((e) => !e.action.startsWith('member.')).map((e) => e.action)).toEqual([
        'tenant.created',
      ]);
    });

    it('hands over: old owner becomes superadmin, the target owner without a set; only the new owner transfers next', async () => {
      const org = await organisation();
      await patch(org.owner, org.tenantId, { billingEmail: 'billing@acme.test' }).expect(200);
      const res = await transfer(org.owner, org.tenantId, org.member.id).expect(200);
      expect(res.body).toMatchObject({ id: org.tenantId, ownerUserId: org.member.id, role: 'superadmin' });
      expect(res.body).not.toHaveProperty('billingEmail');

      const rows: { user_id: string; role: string; permission_set_id: string | null }[] = await db.query(
        'SELECT user_id, role, permission_set_id FROM memberships WHERE tenant_id = $1 AND user_id = ANY($2)',
        [org.tenantId, [org.owner.id, org.member.id]],
      );
      expect(rows.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
        { user_id: org.member.id, role: 'owner', permission_set_id: null },
        { user_id: org.owner.id, role: 'superadmin', permission_set_id: null },
      ]);
      expect((await db.query('SELECT owner_user_id FROM tenants WHERE id = $1', [org.tenantId]))[0].owner_user_id).toBe(org.member.id);

      // The new owner sees billing and holds the owner's rights from the next request on.
      const asNew = (await get(org.member, org.tenantId).expect(200)).body;
      expect(asNew).toMatchObject({ role: 'owner', billingEmail: 'billing@acme.test', ownerUserId: org.member.id });
      await patch(org.member, org.tenantId, { billingEmail: 'new-billing@acme.test' }).expect(200);
      // The old owner is a superadmin now: settings yes, billing and transfer no.
      await patch(org.owner, org.tenantId, { settings: { singleSession: true } }).expect(200);
      expectProblem(await patch(org.owner, org.tenantId, { billingEmail: 'old@acme.test' }), 403, 'FORBIDDEN');
      expectProblem(await transfer(org.owner, org.tenantId, org.admin.id), 403, 'FORBIDDEN');
      expectProblem(await transfer(org.owner, org.tenantId, org.owner.id), 403, 'FORBIDDEN');

      await transfer(org.member, org.tenantId, org.owner.id).expect(200);
      expect((await get(org.owner, org.tenantId).expect(200)).body).toMatchObject({ role: 'owner', billingEmail: 'new-billing@acme.test' });
      expect((await get(org.member, org.tenantId).expect(200)).body.role).toBe('superadmin');
      expect(
        (await db.query("SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1 AND role = 'owner'", [org.tenantId]))[0].n,
      ).toBe(1);

      const transfers = (await activity(org.tenantId)).filter((e) => e.action === 'ownership.transferred');
      expect(transfers).toEqual([
        {
          action: 'ownership.transferred',
          actor: { type: 'user', id: org.owner.id },
          data: { fromUserId: org.owner.id, toUserId: org.member.id },
        },
        {
          action: 'ownership.transferred',
          actor: { type: 'user', id: org.member.id },
          data: { fromUserId: org.member.id, toUserId: org.owner.id },
        },
      ]);
    });

    it('two transfers at once by the same owner: the tenant lock lets exactly one through', async () => {
      const org = await organisation();
      const results = await Promise.all([
        transfer(org.owner, org.tenantId, org.admin.id),
        transfer(org.owner, org.tenantId, org.superadmin.id),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
      expect(
        (await db.query("SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1 AND role = 'owner'", [org.tenantId]))[0].n,
      ).toBe(1);
      expect((await activity(org.tenantId)).filter((e) => e.action === 'ownership.transferred')).toHaveLength(1);
    });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const path = doc.paths['/api/v1/tenants/{tenantId}'];
    expect(path.get.operationId).toBe('getTenant');
    expect(path.patch.operationId).toBe('updateTenant');
    expect(doc.paths['/api/v1/tenants/{tenantId}/transfer-ownership'].post.operationId).toBe('transferTenantOwnership');
    const codes = (
      op: {
        responses: Record<string, { content?: Record<string, { schema: { allOf: { properties?: { code?: { enum: string[] } } }[] } }> }>;
      },
      status: string,
    ) => op.responses[status].content!['application/problem+json'].schema.allOf[1].properties!.code!.enum;
    expect(codes(path.get, '404')).toEqual(['TENANT_NOT_FOUND']);
    expect(codes(path.get, '403')).toEqual(expect.arrayContaining(['FORBIDDEN', 'MEMBERSHIP_BLOCKED', 'NO_PANEL_ACCESS']));
    expect(codes(path.patch, '422')).toEqual(['INVALID_SETTINGS']);
    const transferOp = doc.paths['/api/v1/tenants/{tenantId}/transfer-ownership'].post;
    expect(codes(transferOp, '404')).toEqual(['MEMBER_NOT_FOUND', 'TENANT_NOT_FOUND']);
    expect(codes(transferOp, '422')).toEqual(['TRANSFER_TARGET_INVALID']);
    expect(doc.components.schemas.TenantDetailResponse.required).toEqual(expect.arrayContaining(['seats', 'role', 'settings']));
  });
});
