import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createGroup } from '../../support/factories/groups';
import { createMember, ROOMY_PLANS, signUpMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

// Members in groups: `groupIds` on POST and PATCH /members (the set is replaced), in the member's
// representation, the `?groupId=` filter, the delete rule for a group with members, and the
// composite keys that keep a member out of another organisation's groups.
describe('tenancy: the groups of members', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: { accessToken: string; userId: string };
  let tenantId: string;
  let otherTenantId: string;
  let otherMembershipId: string;
  let foreignGroupId: string;
  let sales: string;
  let support: string;
  let lead: string;

  const members = (path = '', tid = tenantId) => `/api/v1/tenants/${tid}/members${path}`;
  const post = (body: object) => t.http.post(members()).set('Authorization', bearer(owner.accessToken)).send(body);
  const patch = (id: string, body: object, token = owner.accessToken) =>
    t.http
      .patch(members(`/${id}`))
      .set('Authorization', bearer(token))
      .send(body);
  const get = (path: string) => t.http.get(path).set('Authorization', bearer(owner.accessToken));
  const accountCount = async (email: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email.toLowerCase()]))[0].n;
  const groupsLog = async (membershipId: string) =>
    (
      await db.query(
        `SELECT data FROM activity_log WHERE tenant_id = $1 AND action = 'member.groups_changed' AND target_id = $2 ORDER BY at, id`,
        [tenantId, membershipId],
      )
    ).map((r: { data: object }) => r.data);
  const sorted = (...ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await createTestApp({ label: 'groups-members', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    const users = t.app.get(IdentityUsers);
    const o = await signUp(t);
    owner = { accessToken: o.accessToken, userId: (await users.findByEmail(o.email))!.id };
    tenantId = await createTenant(t, owner.userId, 'Call Centre');
    sales = await createGroup(t, tenantId, owner.userId, { name: 'Sales' });
    support = await createGroup(t, tenantId, owner.userId, { name: 'Support' });
    lead = await createGroup(t, tenantId, owner.userId, { name: 'Team lead', kind: 'position', parentGroupId: support });
    const other = await signUp(t);
    const otherOwnerId = (await users.findByEmail(other.email))!.id;
    otherTenantId = await createTenant(t, otherOwnerId, 'Competitor');
    foreignGroupId = await createGroup(t, otherTenantId, otherOwnerId, { name: 'Sales' });
    otherMembershipId = (await db.query(`SELECT id FROM memberships WHERE tenant_id = $1 AND role = 'owner'`, [otherTenantId]))[0].id;
  });
  afterAll(() => t.close());

  describe('POST /members', () => {
    it('puts the new member in the groups given: groupIds in the answer, the read and the list, and member.groups_changed logged', async () => {
      const res = await post({ email: uniqueEmail('grouped'), role: 'member', groupIds: [support, sales] }).expect(201);
      expect(res.body.groupIds).toEqual(sorted(sales, support));
      expect((await get(members(`/${res.body.id}`)).expect(200)).body.groupIds).toEqual(sorted(sales, support));
      const list = await get(members('?limit=100')).expect(200);
      expect(list.body.items.find((m: { id: string }) => m.id === res.body.id).groupIds).toEqual(sorted(sales, support));
      expect(await groupsLog(res.body.id)).toEqual([{ added: sorted(sales, support), removed: [] }]);
      expect((await get(`/api/v1/tenants/${tenantId}/groups/${sales}`).expect(200)).body.membersCount).toBeGreaterThanOrEqual(1);
    });

    it('answers 422 groupIds: UNKNOWN_GROUP naming the unknown and foreign ids; nothing is created', async () => {
      const unknown = randomUUID();
      const email = uniqueEmail('refused');
      const body = expectProblem(
        await post({ email, role: 'member', groupIds: [sales, foreignGroupId, unknown] }),
        422,
        'VALIDATION_FAILED',
      );
      expect(body.errors).toEqual([
        expect.objectContaining({ field: 'groupIds', code: 'UNKNOWN_GROUP', params: { ids: [foreignGroupId, unknown] } }),
      ]);
      expect(await accountCount(email)).toBe(0);
    });

    it.each([
      ['an id that is no uuid', ['nope'], 'groupIds:IS_UUID'],
      ['the same id twice', ['SAME', 'SAME'], 'groupIds:ARRAY_UNIQUE'],
      ['more than 100 ids', Array.from({ length: 101 }, () => randomUUID()), 'groupIds:ARRAY_MAX_SIZE'],
      ['not a list', 'x', 'groupIds:IS_ARRAY'],
    ] as [string, unknown, string][])('refuses %s with 400 naming groupIds', async (_label, groupIds, field) => {
      const ids = Array.isArray(groupIds) ? groupIds.map((id) => (id === 'SAME' ? sales : id)) : groupIds;
      const email = uniqueEmail();
      expect(fieldErrors(expectProblem(await post({ email, role: 'member', groupIds: ids }), 400, 'VALIDATION_FAILED'))).toContain(field);
      expect(await accountCount(email)).toBe(0);
    });
  });

  describe('PATCH /members', () => {
    it('replaces the set, logging what was added and removed; the same set, or no groupIds at all, changes and logs nothing', async () => {
      const m = await createMember(t, tenantId, owner.userId, { email: uniqueEmail('moving'), role: 'member', groupIds: [sales, support] });
      let res = await patch(m.id, { groupIds: [support, lead] }).expect(200);
      expect(res.body.groupIds).toEqual(sorted(support, lead));
      res = await patch(m.id, { groupIds: [lead, support] }).expect(200);
      res = await patch(m.id, { role: 'admin' }).expect(200);
      expect(res.body.groupIds).toEqual(sorted(support, lead));
      res = await patch(m.id, { groupIds: [] }).expect(200);
      expect(res.body.groupIds).toEqual([]);
      // Ids in capitals are the same groups.
      res = await patch(m.id, { groupIds: [lead.toUpperCase(), lead] }).expect(200);
      expect(res.body.groupIds).toEqual([lead]);
      await patch(m.id, { groupIds: [] }).expect(200);
      expect(await groupsLog(m.id)).toEqual([
        { added: sorted(sales, support), removed: [] },
        { added: [lead], removed: [sales] },
        { added: [], removed: sorted(support, lead) },
        { added: [lead], removed: [] },
        { added: [], removed: [lead] },
      ]);
    });

    it('answers 422 groupIds: UNKNOWN_GROUP for a foreign or unknown group and keeps the groups as they were', async () => {
      const m = await createMember(t, tenantId, owner.userId, { email: uniqueEmail('kept'), role: 'member', groupIds: [sales] });
      for (const id of [foreignGroupId, randomUUID()]) {
        expect(fieldErrors(expectProblem(await patch(m.id, { groupIds: [support, id] }), 422, 'VALIDATION_FAILED'))).toEqual([
          'groupIds:UNKNOWN_GROUP',
        ]);
      }
      expect((await get(members(`/${m.id}`)).expect(200)).body.groupIds).toEqual([sales]);
    });

    it("keeps the invariants: the owner's groups are not changed by anyone (403 CANNOT_MODIFY_OWNER), nor one's own", async () => {
      const ownerMembership = (await db.query(`SELECT id FROM memberships WHERE tenant_id = $1 AND role = 'owner'`, [tenantId]))[0].id;
      const superadmin = await signUpMember(t, tenantId, 'superadmin');
      expectProblem(await patch(ownerMembership, { groupIds: [sales] }, superadmin.accessToken), 403, 'CANNOT_MODIFY_OWNER');
      expectProblem(await patch(superadmin.membershipId, { groupIds: [sales] }, superadmin.accessToken), 403, 'CANNOT_MODIFY_SELF');
      expect(
        await db.query('SELECT 1 FROM membership_groups WHERE membership_id = ANY($1::uuid[])', [
          [ownerMembership, superadmin.membershipId],
        ]),
      ).toEqual([]);
    });
  });

  describe('GET /members?groupId=', () => {
    it('lists the members of one group (not of its subgroups), pages them, and finds none for a foreign or unknown group', async () => {
      const quiet = await createGroup(t, tenantId, owner.userId, { name: 'Quiet', parentGroupId: lead });
      const inLead: string[] = [];
      for (let i = 0; i < 3; i++) {
        inLead.push(
          (await createMember(t, tenantId, owner.userId, { email: uniqueEmail(`lead${i}`), role: 'member', groupIds: [lead] })).id,
        );
      }
      await createMember(t, tenantId, owner.userId, { email: uniqueEmail('quiet'), role: 'member', groupIds: [quiet] });
      const first = await get(members(`?groupId=${lead}&limit=2`)).expect(200);
      const second = await get(members(`?groupId=${lead}&limit=2&cursor=${first.body.nextCursor}`)).expect(200);
      expect([...first.body.items, ...second.body.items].map((m: { id: string }) => m.id)).toEqual(inLead);
      expect(second.body.nextCursor).toBeNull();
      expect((await get(members(`?groupId=${lead}&role=admin`)).expect(200)).body.items).toEqual([]);
      for (const id of [foreignGroupId, randomUUID()]) expect((await get(members(`?groupId=${id}`)).expect(200)).body.items).toEqual([]);
      expect(fieldErrors(expectProblem(await get(members('?groupId=nope')), 400, 'VALIDATION_FAILED'))).toEqual(['groupId:IS_UUID']);
    });
  });

  describe('groups with members', () => {
    it('answers 409 GROUP_NOT_EMPTY for a group with members; once the member is removed (the link goes with it) the delete passes', async () => {
      const temp = await createGroup(t, tenantId, owner.userId, { name: 'Temporary' });
      const m = await createMember(t, tenantId, owner.userId, { email: uniqueEmail('temp'), role: 'member', groupIds: [temp] });
      const body = expectProblem(
        await t.http.delete(`/api/v1/tenants/${tenantId}/groups/${temp}`).set('Authorization', bearer(owner.accessToken)),
        409,
        'GROUP_NOT_EMPTY',
      );
      expect(body.detail).toContain('0 subgroup(s) and 1 user(s)');
      await t.http
        .delete(members(`/${m.id}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(204);
      expect(await db.query('SELECT 1 FROM membership_groups WHERE membership_id = $1', [m.id])).toEqual([]);
      await t.http.delete(`/api/v1/tenants/${tenantId}/groups/${temp}`).set('Authorization', bearer(owner.accessToken)).expect(204);
    });

    it('refuses, in the database itself, a link between a membership and a group of another organisation', async () => {
      const m = await createMember(t, tenantId, owner.userId, { email: uniqueEmail('cross'), role: 'member' });
      const refusal = async (tid: string, membershipId: string, groupId: string) =>
        db
          .query('INSERT INTO membership_groups (tenant_id, membership_id, group_id) VALUES ($1, $2, $3)', [tid, membershipId, groupId])
          .then(
            () => 'accepted',
            (error: { driverError?: { code?: string; constraint?: string } }) =>
              `${error.driverError?.code}:${error.driverError?.constraint}`,
          );
      expect(await refusal(tenantId, m.id, foreignGroupId)).toBe('23503:membership_groups_group_fk');
      expect(await refusal(otherTenantId, m.id, foreignGroupId)).toBe('23503:membership_groups_membership_fk');
      expect(await refusal(tenantId, otherMembershipId, sales)).toBe('23503:membership_groups_membership_fk');
      expect(await db.query('SELECT 1 FROM membership_groups WHERE membership_id = ANY($1::uuid[])', [[m.id, otherMembershipId]])).toEqual(
        [],
      );
    });
  });
});
