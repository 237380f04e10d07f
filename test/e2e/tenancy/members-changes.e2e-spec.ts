import { IdentityUsers } from '@tenant-iam/identity';
import { ActivityLog } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createMember, signUpMember, ROOMY_PLANS as ROOMY } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

// PATCH, block/unblock, DELETE and the member's activity, with the invariants no role lifts.
describe('tenancy: members (change, block, remove)', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;
  let owner: { accessToken: string; email: string; userId: string };
  let superadmin: { accessToken: string; userId: string; membershipId: string };
  let tenantId: string;
  let ownerMembershipId: string;
  let builtin: string;

  const base = `/api/v1/tenants/PLACEHOLDER/members`;
  const url = (path = '') => `${base.replace('PLACEHOLDER', tenantId)}${path}`;
  const patch = (id: string, body: object, token = owner.accessToken) =>
    t.http
      .patch(url(`/${id}`))
      .set('Authorization', bearer(token))
      .send(body);
  const action = (id: string, what: 'block' | 'unblock', token = owner.accessToken) =>
    t.http.post(url(`/${id}/${what}`)).set('Authorization', bearer(token));
  const remove = (id: string, token = owner.accessToken) => t.http.delete(url(`/${id}`)).set('Authorization', bearer(token));
  const read = (id: string) => t.http.get(url(`/${id}`)).set('Authorization', bearer(owner.accessToken));
  const logOf = async (id: string): Promise<{ action: string; data: object; target: { id: string } | null }[]> =>
    (
      await t.http
        .get(url(`/${id}/activity?limit=100`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200)
    ).body.items;
  const tenantLog = async () => (await t.app.get(ActivityLog).page(tenantId, { limit: 100 })).items;

  /** A member whose account this tenant created (so its profile is the tenant's to change). */
  const created = (body: object = {}) => createMember(t, tenantId, owner.userId, { email: uniqueEmail('made'), role: 'member', ...body });

  async function permissionSet(rules: object[] = []): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    await db
      .getRepository('PermissionSetEntity')
      .insert({ id, tenantId, name: `Set ${id}`, builtin: false, fullAccess: false, rules, version: 1, createdAt: now, updatedAt: now });
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'members-changes', runtime: { plans: ROOMY } });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
    const o = await signUp(t);
    owner = { ...o, userId: (await users.findByEmail(o.email))!.id };
    tenantId = await createTenant(t, owner.userId, 'Changes Ltd');
    superadmin = await signUpMember(t, tenantId, 'superadmin');
    ownerMembershipId = (await db.query(`SELECT id FROM memberships WHERE tenant_id = $1 AND role = 'owner'`, [tenantId]))[0].id;
    builtin = (await db.getRepository('PermissionSetEntity').findOneByOrFail({ tenantId, builtin: true })).id as string;
  });
  afterAll(() => t.close());

  describe('PATCH', () => {
    it('changes the role and the set, logging each change; a member or client without a set gets the built-in one', async () => {
      const m = await created();
      const custom = await permissionSet();
      let res = await patch(m.id, { role: 'admin' }).expect(200);
      expect(res.body).toMatchObject({ role: 'admin', permissionSetId: builtin });
      res = await patch(m.id, { permissionSetId: null }).expect(200);
      expect(res.body.permissionSetId).toBeNull();
      res = await patch(m.id, { role: 'client' }).expect(200);
      expect(res.body).toMatchObject({ role: 'client', permissionSetId: builtin });
      res = await patch(m.id, { role: 'superadmin' }, superadmin.accessToken).expect(200);
      expect(res.body).toMatchObject({ role: 'superadmin', permissionSetId: null });
      res = await patch(m.id, { role: 'member', permissionSetId: custom }).expect(200);
      expect(res.body).toMatchObject({ role: 'member', permissionSetId: custom });
      // The same values again: nothing to log.
      await patch(m.id, { role: 'member', permissionSetId: custom }).expect(200);

      const entries = (await logOf(m.id)).reverse().map((e) => [e.action, e.data]);
      expect(entries).toEqual([
        ['member.added', { role: 'member', accountCreated: true }],
        ['member.role_changed', { from: 'member', to: 'admin' }],
        ['member.permissions_changed', { from: builtin, to: null }],
        ['member.role_changed', { from: 'admin', to: 'client' }],
        ['member.permissions_changed', { from: null, to: builtin }],
        ['member.role_changed', { from: 'client', to: 'superadmin' }],
        ['member.permissions_changed', { from: builtin, to: null }],
        ['member.role_changed', { from: 'superadmin', to: 'member' }],
        ['member.permissions_changed', { from: null, to: custom }],
      ]);
      expect((await tenantLog()).filter((e) => e.target?.id === m.id)).toHaveLength(9);
    });

    it('refuses sets that do not fit: 422 on permissionSetId', async () => {
      const m = await created();
      const cases: [object, string][] = [
        [{ permissionSetId: null }, 'permissionSetId:PERMISSION_SET_REQUIRED'],
        [{ permissionSetId: randomUUID() }, 'permissionSetId:UNKNOWN_PERMISSION_SET'],
        [{ role: 'superadmin', permissionSetId: builtin }, 'permissionSetId:NOT_APPLICABLE'],
        [{ role: 'contact', permissionSetId: builtin }, 'permissionSetId:NOT_APPLICABLE'],
      ];
      for (const [body, field] of cases)
        expect(fieldErrors(expectProblem(await patch(m.id, body), 422, 'VALIDATION_FAILED'))).toEqual([field]);
      expect((await read(m.id).expect(200)).body).toMatchObject({ role: 'member', permissionSetId: builtin });
      expect(fieldErrors(expectProblem(await patch(m.id, { role: 'owner' }), 400, 'VALIDATION_FAILED'))).toEqual(['role:IS_IN']);
    });

    it("never changes one's own membership nor the owner's", async () => {
      expectProblem(await patch(superadmin.membershipId, { role: 'admin' }, superadmin.accessToken), 403, 'CANNOT_MODIFY_SELF');
      expectProblem(await patch(ownerMembershipId, { role: 'admin' }, superadmin.accessToken), 403, 'CANNOT_MODIFY_OWNER');
      expectProblem(await patch(ownerMembershipId, { firstName: 'X' }), 403, 'CANNOT_MODIFY_SELF');
      expectProblem(await patch(randomUUID(), { role: 'admin' }), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await patch('nope', { role: 'admin' }), 404, 'MEMBER_NOT_FOUND');
      const list = await t.http.get(url()).set('Authorization', bearer(owner.accessToken)).expect(200);
      expect(list.body.items.find((m: { id: string }) => m.id === superadmin.membershipId).role).toBe('superadmin');
    });

    it('changes the profile of an account the tenant created, under the profile policy; 409 PROFILE_NOT_MANAGED otherwise', async () => {
      const m = await created({ firstName: 'Anna', phone: '+48512345001' });
      const res = await patch(m.id, {
        firstName: 'Ania',
        lastName: 'Kowalska',
        phone: '+48 512 345 002',
        // An attribute the reference app declares (the telephony-crm example's); unknown names are refused.
        attributes: { queueRole: 'agent' },
      }).expect(200);
      expect(res.body).toMatchObject({
        firstName: 'Ania',
        lastName: 'Kowalska',
        phone: '+48512345002',
        attributes: { queueRole: 'agent' },
      });
      expect(await users.findById(m.userId)).toMatchObject({ firstName: 'Ania', phone: '+48512345002' });
      // Attribute changes have their own entry, naming the attributes (never their values).
      expect((await logOf(m.id)).slice(0, 2)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'member.profile_changed', data: { fields: ['firstName', 'lastName', 'phone'] } }),
          expect.objectContaining({ action: 'member.attributes_changed', data: { names: ['queueRole'] } }),
        ]),
      );

      const linked = await signUpMember(t, tenantId, 'member');
      expectProblem(await patch(linked.membershipId, { firstName: 'Hijacked' }), 409, 'PROFILE_NOT_MANAGED');
      expect((await users.findById(linked.userId))!.firstName).toBe('Anna');
      // Attributes are the tenant's own data, whoever made the account.
      await patch(linked.membershipId, { attributes: { queueRole: 'supervisor' } }).expect(200);
    });

    it('checks only the fields sent against the profile policy, and keeps phones unique', async () => {
      await db.getRepository('TenantEntity').update(
        { id: tenantId },
        {
          settings: {
            profilePolicy: {
              nameScript: 'cyrillic',
              nameMinLength: 2,
              phoneCountry: 'UA',
              phonePrefixes: ['067', '068'],
              uniquePhone: true,
            },
          },
          settingsVersion: 5,
        },
      );
      try {
        const a = await created({ firstName: 'Олена', lastName: 'Коваль', phone: '0671230001' });
        const b = await created({ firstName: 'Іван', lastName: 'Шевченко', phone: '0671230002' });
        expect(fieldErrors(expectProblem(await patch(b.id, { firstName: 'Ivan' }), 422, 'PROFILE_POLICY'))).toEqual([
          'firstName:NAME_SCRIPT',
        ]);
        expect(fieldErrors(expectProblem(await patch(b.id, { phone: '0441230002' }), 422, 'PROFILE_POLICY'))).toEqual([
          'phone:PHONE_PREFIX_NOT_ALLOWED',
        ]);
        expectProblem(await patch(b.id, { phone: '+380671230001' }), 409, 'PHONE_TAKEN');
        // Its own number again is not "taken"; last name alone is checked alone.
        await patch(b.id, { phone: '067 123 00 02', lastName: 'Франко' }).expect(200);
        expect((await users.findById(b.userId))!.phone).toBe('+380671230002');
        expect((await users.findById(a.userId))!.phone).toBe('+380671230001');
      } finally {
        await db.getRepository('TenantEntity').update({ id: tenantId }, { settings: {}, settingsVersion: 6 });
      }
    });
  });

  describe('block and unblock', () => {
    it('blocks from the next request on and unblocks likewise; repeating is a no-op without a second entry', async () => {
      const m = await signUpMember(t, tenantId, 'admin');
      const own = () => t.http.get(url()).set('Authorization', bearer(m.accessToken));
      await own().expect(200);
      const blocked = await action(m.membershipId, 'block').expect(200);
      expect(blocked.body).toMatchObject({ id: m.membershipId, status: 'blocked' });
      expectProblem(await own(), 403, 'MEMBERSHIP_BLOCKED');
      await action(m.membershipId, 'block', superadmin.accessToken).expect(200);
      const row = (await db.query('SELECT blocked_at, blocked_by FROM memberships WHERE id = $1', [m.membershipId]))[0];
      expect(row).toEqual({ blocked_at: expect.any(Date), blocked_by: owner.userId });
      const unblocked = await action(m.membershipId, 'unblock', superadmin.accessToken).expect(200);
      expect(unblocked.body.status).toBe('active');
      await own().expect(200);
      await action(m.membershipId, 'unblock').expect(200);
      expect((await logOf(m.membershipId)).filter((e) => e.action !== 'member.added').map((e) => e.action)).toEqual([
        'member.unblocked',
        'member.blocked',
      ]);
      const tenantEntries = (await tenantLog()).filter((e) => e.target?.id === m.membershipId).map((e) => e.action);
      expect(tenantEntries).toEqual(['member.unblocked', 'member.blocked', 'member.added']);
    });

    it('never blocks oneself nor the owner', async () => {
      expectProblem(await action(superadmin.membershipId, 'block', superadmin.accessToken), 403, 'CANNOT_BLOCK_SELF');
      expectProblem(await action(ownerMembershipId, 'block', superadmin.accessToken), 403, 'CANNOT_MODIFY_OWNER');
      expectProblem(await action(ownerMembershipId, 'block'), 403, 'CANNOT_BLOCK_SELF');
      expectProblem(await action(randomUUID(), 'block'), 404, 'MEMBER_NOT_FOUND');
      await t.http.get(url()).set('Authorization', bearer(superadmin.accessToken)).expect(200);
    });
  });

  describe('DELETE', () => {
    it('removes the membership (not the account) with 204, logs it, and the removed member loses the tenant at once', async () => {
      const m = await signUpMember(t, tenantId, 'client');
      await t.http.get(url()).set('Authorization', bearer(m.accessToken)).expect(200);
      const before = (await db.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]))[0].n;
      await remove(m.membershipId, superadmin.accessToken).expect(204);
      expect((await db.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]))[0].n).toBe(before - 1);
      expectProblem(await t.http.get(url()).set('Authorization', bearer(m.accessToken)), 404, 'TENANT_NOT_FOUND');
      expect(await users.findById(m.userId)).not.toBeNull();
      expectProblem(await read(m.membershipId), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await remove(m.membershipId), 404, 'MEMBER_NOT_FOUND');
      const entry = (await tenantLog()).find((e) => e.action === 'member.removed' && e.target?.id === m.membershipId);
      expect(entry).toMatchObject({ actor: { type: 'user', id: superadmin.userId }, data: { role: 'client' } });
      const theirs = await t.app.get(ActivityLog).page(tenantId, {}, { userId: m.userId });
      expect(theirs.items.map((e) => e.action)).toEqual(['member.removed', 'member.added']);
    });

    it('never removes oneself nor the owner', async () => {
      expectProblem(await remove(superadmin.membershipId, superadmin.accessToken), 403, 'CANNOT_MODIFY_SELF');
      expectProblem(await remove(ownerMembershipId, superadmin.accessToken), 403, 'CANNOT_MODIFY_OWNER');
      expectProblem(await remove(ownerMembershipId), 403, 'CANNOT_MODIFY_SELF');
      await read(superadmin.membershipId).expect(200);
    });
  });

  describe('GET /members/:id/activity', () => {
    it("pages the member's log, newest first; unknown member 404", async () => {
      const m = await created();
      await patch(m.id, { role: 'admin' }).expect(200);
      await action(m.id, 'block').expect(200);
      const first = await t.http
        .get(url(`/${m.id}/activity?limit=2`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      expect(first.body.items.map((e: { action: string }) => e.action)).toEqual(['member.blocked', 'member.role_changed']);
      const next = await t.http
        .get(url(`/${m.id}/activity?limit=2&cursor=${first.body.nextCursor}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      expect(next.body).toMatchObject({ items: [{ action: 'member.added' }], nextCursor: null });
      expectProblem(
        await t.http.get(url(`/${randomUUID()}/activity`)).set('Authorization', bearer(owner.accessToken)),
        404,
        'MEMBER_NOT_FOUND',
      );
    });
  });

  describe('transactions', () => {
    it('rolls the whole add back when the activity entry cannot be written: no account, no membership, no mail', async () => {
      const spy = jest.spyOn(t.app.get(ActivityLog), 'record').mockRejectedValueOnce(new Error('disk full'));
      try {
        const email = uniqueEmail('rollback');
        const before = (await db.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]))[0].n;
        const outboxBefore = (await db.query('SELECT count(*)::int AS n FROM outbox'))[0].n;
        expectProblem(
          await t.http
            .post(url())
            .set('Authorization', bearer(owner.accessToken))
            .send({ email, role: 'member', password: { mode: 'link' } }),
          500,
          'INTERNAL',
        );
        expect(spy).toHaveBeenCalledTimes(1);
        expect(await users.findByEmail(email)).toBeNull();
        expect((await db.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]))[0].n).toBe(before);
        expect((await db.query('SELECT count(*)::int AS n FROM outbox'))[0].n).toBe(outboxBefore);
        // A later add of the same address works: nothing half-made stands in its way.
        await t.http.post(url()).set('Authorization', bearer(owner.accessToken)).send({ email, role: 'member' }).expect(201);
      } finally {
        spy.mockRestore();
      }
    });

    it('rolls a role change back with its entry', async () => {
      const m = await created();
      const spy = jest.spyOn(t.app.get(ActivityLog), 'record').mockRejectedValueOnce(new Error('disk full'));
      try {
        expectProblem(await patch(m.id, { role: 'admin' }), 500, 'INTERNAL');
      } finally {
        spy.mockRestore();
      }
      expect((await read(m.id).expect(200)).body.role).toBe('member');
    });
  });
});
