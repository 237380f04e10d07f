import { encodeCursor } from '@tenant-iam/common';
import { MAX_GROUP_DEPTH, MAX_GROUPS_PER_TENANT } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createChain, createGroup } from '../../support/factories/groups';
import { addMember, ROOMY_PLANS } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

type Role = 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
interface Person {
  token: string;
  userId: string;
}

// The group routes over HTTP: shapes, roles, 404s, sibling names, the tree rules (cycles, depth),
// the delete rule, the count limit, and the database's own guards for writes that bypass the service.
describe('tenancy: groups', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Person;
  let tenantId: string;
  let otherOwner: Person;
  let otherTenantId: string;
  let foreignGroupId: string;
  const people: Partial<Record<Role | 'reader' | 'noGroups' | 'blocked' | 'outsider', Person>> = {};

  const person = async (): Promise<Person> => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    return { token: s.accessToken, userId: row.id };
  };
  const join = async (tid: string, role: Role, options: { permissionSetId?: string; status?: 'blocked' } = {}): Promise<Person> => {
    const p = await person();
    await addMember(t, tid, p.userId, role, options);
    return p;
  };
  const base = (tid = tenantId) => `/api/v1/tenants/${tid}/groups`;
  const as = (p: Person) => ({
    get: (path: string) => t.http.get(path).set('Authorization', bearer(p.token)),
    post: (path: string, body: object) => t.http.post(path).set('Authorization', bearer(p.token)).send(body),
    patch: (path: string, body: object) => t.http.patch(path).set('Authorization', bearer(p.token)).send(body),
    delete: (path: string) => t.http.delete(path).set('Authorization', bearer(p.token)),
  });
  const activity = (action: string, targetId: string) =>
    db.query(
      'SELECT actor_user_id, target_type, data FROM activity_log WHERE tenant_id = $1 AND action = $2 AND target_id = $3 ORDER BY at, id',
      [tenantId, action, targetId],
    );
  const parentOf = async (id: string): Promise<string | null> =>
    (await db.query('SELECT parent_group_id FROM groups WHERE id = $1', [id]))[0].parent_group_id;
  const group = (input: { name: string; parentGroupId?: string | null; kind?: 'position' | 'group' }, tid = tenantId, actor = owner) =>
    createGroup(t, tid, actor.userId, input);

  beforeAll(async () => {
    t = await createTestApp({ label: 'groups', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    owner = await person();
    tenantId = await createTenant(t, owner.userId, 'Groups Inc');
    const readOnly = await createPermissionSet(t, tenantId, owner.userId, {
      name: 'Groups read-only',
      rules: [{ action: 'read', subject: 'Group' }],
    });
    const noGroups = await createPermissionSet(t, tenantId, owner.userId, {
      name: 'Members only',
      rules: [{ action: 'read', subject: 'Member' }],
    });
    people.superadmin = await join(tenantId, 'superadmin');
    people.admin = await join(tenantId, 'admin');
    people.member = await join(tenantId, 'member');
    people.client = await join(tenantId, 'client');
    people.contact = await join(tenantId, 'contact');
    people.reader = await join(tenantId, 'member', { permissionSetId: readOnly });
    people.noGroups = await join(tenantId, 'member', { permissionSetId: noGroups });
    people.blocked = await join(tenantId, 'member', { status: 'blocked' });
    people.outsider = await person();
    otherOwner = await person();
    otherTenantId = await createTenant(t, otherOwner.userId, 'Elsewhere');
    foreignGroupId = await group({ name: 'Foreign' }, otherTenantId, otherOwner);
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('creates a top-level group (201, trimmed, kind "group" by default), shows it alone and in the list, and logs group.created', async () => {
      const res = await as(owner).post(base(), { name: '  Support  ' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Support',
        kind: 'group',
        parentGroupId: null,
        childrenCount: 0,
        membersCount: 0,
        createdAt: t.clock.now().toISOString(),
        updatedAt: t.clock.now().toISOString(),
      });
      expect((await as(owner).get(`${base()}/${res.body.id}`).expect(200)).body).toEqual(res.body);
      const list = await as(owner).get(`${base()}?limit=100`).expect(200);
      expect(list.body.items).toContainEqual(res.body);
      expect(await activity('group.created', res.body.id)).toEqual([
        { actor_user_id: owner.userId, target_type: 'group', data: { name: 'Support', kind: 'group', parentGroupId: null } },
      ]);
    });

    it('creates a position under a parent; the parent counts its subgroup', async () => {
      const parent = await group({ name: 'Engineering' });
      const res = await as(owner).post(base(), { name: 'Team lead', kind: 'position', parentGroupId: parent }).expect(201);
      expect(res.body).toMatchObject({ name: 'Team lead', kind: 'position', parentGroupId: parent });
      expect((await as(owner).get(`${base()}/${parent}`).expect(200)).body).toMatchObject({ childrenCount: 1, membersCount: 0 });
    });

    it.each([
      ['no name', {}, 'name:IS_STRING'],
      ['a blank name', { name: '   ' }, 'name:IS_NOT_EMPTY'],
      ['a name over 100 characters', { name: 'x'.repeat(101) }, 'name:MAX_LENGTH'],
      ['an unknown kind', { name: 'K', kind: 'team' }, 'kind:IS_IN'],
      ['a parent that is no uuid', { name: 'P', parentGroupId: 'nope' }, 'parentGroupId:IS_UUID'],
      ['an unknown field', { name: 'U', members: [] }, 'members:UNKNOWN_FIELD'],
    ] as [string, object, string][])('refuses %s with 400 naming the field', async (_label, body, field) => {
      expect(fieldErrors(expectProblem(await as(owner).post(base(), body), 400, 'VALIDATION_FAILED'))).toContain(field);
    });

    it('answers 422 parentGroupId: UNKNOWN_GROUP for an unknown parent and for a group of another organisation', async () => {
      for (const parentGroupId of [randomUUID(), foreignGroupId]) {
        const body = expectProblem(await as(owner).post(base(), { name: 'Orphan', parentGroupId }), 422, 'VALIDATION_FAILED');
        expect(fieldErrors(body)).toEqual(['parentGroupId:UNKNOWN_GROUP']);
      }
      expect((await db.query(`SELECT 1 FROM groups WHERE name = 'Orphan'`)).length).toBe(0);
    });

    it('keeps names unique among siblings, case aside: 409 GROUP_NAME_TAKEN; the same name under another parent is fine', async () => {
      const a = await group({ name: 'Sales' });
      const b = await group({ name: 'Marketing' });
      expectProblem(await as(owner).post(base(), { name: 'sales' }), 409, 'GROUP_NAME_TAKEN');
      await as(owner).post(base(), { name: 'Sales', parentGroupId: a }).expect(201);
      await as(owner).post(base(), { name: 'Sales', parentGroupId: b }).expect(201);
      // Renaming into a sibling's name, or moving next to a namesake, is refused too.
      expectProblem(await as(owner).patch(`${base()}/${b}`, { name: 'SALES' }), 409, 'GROUP_NAME_TAKEN');
      const lonely = await group({ name: 'Sales', parentGroupId: await group({ name: 'Holding' }) });
      const body = expectProblem(
        await as(owner).patch(`${base()}/${lonely}`, { parentGroupId: null }).set('Accept-Language', 'pl'),
        409,
        'GROUP_NAME_TAKEN',
      );
      expect(body.title).toBe('Grupa o tej nazwie już istnieje na tym poziomie.');
    });

    it('pages the list by name with a cursor, and refuses a forged cursor with 400', async () => {
      for (const name of ['Page c', 'Page A', 'page B']) await group({ name });
      const first = await as(owner).get(`${base()}?limit=2`).expect(200);
      expect(first.body.items).toHaveLength(2);
      const second = await as(owner).get(`${base()}?limit=2&cursor=${first.body.nextCursor}`).expect(200);
      const names = [...first.body.items, ...second.body.items].map((g: { name: string }) => g.name.toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
      const forged = encodeCursor({ name: 'a', id: 'not-a-uuid' });
      expectProblem(await as(owner).get(`${base()}?cursor=${forged}`), 400, 'VALIDATION_FAILED');
      // A decoded cursor PostgreSQL cannot store, and a name it cannot store, are 400s, never 500s.
      const unstorable = encodeCursor({ name: '\ud800', id: randomUUID() });
      expect(fieldErrors(expectProblem(await as(owner).get(`${base()}?cursor=${unstorable}`), 400, 'VALIDATION_FAILED'))).toEqual([
        'cursor:INVALID_CURSOR',
      ]);
      expectProblem(await as(owner).post(base(), { name: 'Nul\u0000name' }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('who may do what', () => {
    it('lets the owner, superadmins, admins and members with full access create, change and delete', async () => {
      for (const who of [owner, people.superadmin!, people.admin!, people.member!]) {
        const created = await as(who)
          .post(base(), { name: `By ${who.userId}` })
          .expect(201);
        await as(who).get(`${base()}/${created.body.id}`).expect(200);
        await as(who).patch(`${base()}/${created.body.id}`, { kind: 'position' }).expect(200);
        await as(who).delete(`${base()}/${created.body.id}`).expect(204);
      }
    });

    it("keeps the organisation's structure from a client, even one with full access: 403 FORBIDDEN to reads and changes", async () => {
      const id = await group({ name: 'Staff only' });
      const client = as(people.client!);
      expectProblem(await client.get(base()), 403, 'FORBIDDEN');
      expectProblem(await client.get(`${base()}/${id}`), 403, 'FORBIDDEN');
      expectProblem(await client.post(base(), { name: 'Mine' }), 403, 'FORBIDDEN');
      expectProblem(await client.patch(`${base()}/${id}`, { name: 'Renamed' }), 403, 'FORBIDDEN');
      expectProblem(await client.delete(`${base()}/${id}`), 403, 'FORBIDDEN');
      expect((await as(owner).get(`${base()}/${id}`).expect(200)).body.name).toBe('Staff only');
    });

    it('lets a set that only reads groups read them, and answers 403 FORBIDDEN to its changes and to a set without groups', async () => {
      const id = await group({ name: 'Read me' });
      const reader = as(people.reader!);
      await reader.get(base()).expect(200);
      await reader.get(`${base()}/${id}`).expect(200);
      expectProblem(await reader.post(base(), { name: 'Nope' }), 403, 'FORBIDDEN');
      expectProblem(await reader.patch(`${base()}/${id}`, { name: 'Nope' }), 403, 'FORBIDDEN');
      expectProblem(await reader.delete(`${base()}/${id}`), 403, 'FORBIDDEN');
      expectProblem(await as(people.noGroups!).get(base()), 403, 'FORBIDDEN');
      expect((await as(owner).get(`${base()}/${id}`).expect(200)).body.name).toBe('Read me');
    });

    it('answers 403 NO_PANEL_ACCESS to a contact, 403 MEMBERSHIP_BLOCKED to a blocked member, 401 without a token', async () => {
      expectProblem(await as(people.contact!).get(base()), 403, 'NO_PANEL_ACCESS');
      expectProblem(await as(people.blocked!).get(base()), 403, 'MEMBERSHIP_BLOCKED');
      expect((await t.http.get(base())).status).toBe(401);
    });

    it('answers 404 TENANT_NOT_FOUND to a non-member, for a tenant that does not exist and for a tenant id that is no uuid', async () => {
      const id = await group({ name: 'Hidden' });
      expectProblem(await as(people.outsider!).get(base()), 404, 'TENANT_NOT_FOUND');
      expectProblem(await as(people.outsider!).get(`${base()}/${id}`), 404, 'TENANT_NOT_FOUND');
      expectProblem(await as(people.outsider!).post(base(), { name: 'Intruder' }), 404, 'TENANT_NOT_FOUND');
      expectProblem(await as(owner).get(base(otherTenantId)), 404, 'TENANT_NOT_FOUND');
      expectProblem(await as(owner).get(base(randomUUID())), 404, 'TENANT_NOT_FOUND');
      expectProblem(await as(owner).get(base('not-a-uuid')), 404, 'TENANT_NOT_FOUND');
    });

    it('answers 404 GROUP_NOT_FOUND for an unknown id, an id that is no uuid and a group of another organisation', async () => {
      for (const id of [randomUUID(), 'not-a-uuid', foreignGroupId]) {
        expectProblem(await as(owner).get(`${base()}/${id}`), 404, 'GROUP_NOT_FOUND');
        expectProblem(await as(owner).patch(`${base()}/${id}`, { name: 'Taken over' }), 404, 'GROUP_NOT_FOUND');
        expectProblem(await as(owner).patch(`${base()}/${id}`, { parentGroupId: null }), 404, 'GROUP_NOT_FOUND');
        expectProblem(await as(owner).delete(`${base()}/${id}`), 404, 'GROUP_NOT_FOUND');
      }
      expect((await db.query('SELECT name FROM groups WHERE id = $1', [foreignGroupId]))[0].name).toBe('Foreign');
      expect((await as(owner).get(`${base()}?limit=100`).expect(200)).body.items.map((g: { id: string }) => g.id)).not.toContain(
        foreignGroupId,
      );
    });
  });

  describe('change and move', () => {
    it('renames and changes the kind, logging group.updated with the fields; a PATCH that changes nothing logs nothing', async () => {
      const id = await group({ name: 'Ops' });
      t.clock.advance(60_000);
      const res = await as(owner).patch(`${base()}/${id}`, { name: 'Operations', kind: 'position' }).expect(200);
      expect(res.body).toMatchObject({ name: 'Operations', kind: 'position', parentGroupId: null, updatedAt: t.clock.now().toISOString() });
      expect(res.body.createdAt).not.toBe(res.body.updatedAt);
      await as(owner).patch(`${base()}/${id}`, { name: ' Operations ', kind: 'position' }).expect(200);
      expect(await activity('group.updated', id)).toEqual([
        { actor_user_id: owner.userId, target_type: 'group', data: { name: 'Operations', changed: ['name', 'kind'] } },
      ]);
    });

    it('moves a group with its subgroups under another and back to the top level, logging both parents', async () => {
      const [outer, inner] = await createChain(t, tenantId, owner.userId, 2, { prefix: 'Move' });
      const target = await group({ name: 'Move target' });
      const res = await as(owner).patch(`${base()}/${outer}`, { parentGroupId: target }).expect(200);
      expect(res.body).toMatchObject({ parentGroupId: target, childrenCount: 1 });
      expect(await parentOf(inner)).toBe(outer);
      await as(owner).patch(`${base()}/${outer}`, { parentGroupId: null }).expect(200);
      expect(await parentOf(outer)).toBeNull();
      expect((await activity('group.updated', outer)).map((e: { data: object }) => e.data)).toEqual([
        { name: 'Move 1', changed: ['parentGroupId'], fromParentGroupId: null, toParentGroupId: target },
        { name: 'Move 1', changed: ['parentGroupId'], fromParentGroupId: target, toParentGroupId: null },
      ]);
    });

    it('never makes a group its own ancestor: under itself, its child or its grandchild answers 422 parentGroupId: GROUP_CYCLE', async () => {
      const [a, b, c] = await createChain(t, tenantId, owner.userId, 3, { prefix: 'Cycle' });
      for (const parentGroupId of [a, b, c]) {
        const res = await as(owner).patch(`${base()}/${a}`, { parentGroupId }).set('Accept-Language', 'uk');
        const body = expectProblem(res, 422, 'VALIDATION_FAILED');
        expect(fieldErrors(body)).toEqual(['parentGroupId:GROUP_CYCLE']);
        expect(body.errors[0].message).toBe('Групу не можна розмістити в ній самій або в одній з її підгруп.');
      }
      expect(fieldErrors(expectProblem(await as(owner).patch(`${base()}/${b}`, { parentGroupId: c }), 422, 'VALIDATION_FAILED'))).toEqual([
        'parentGroupId:GROUP_CYCLE',
      ]);
      // Ids spelled in capitals are the same groups; moving under the same parent again changes nothing.
      const upper = await as(owner).patch(`${base()}/${b.toUpperCase()}`, { parentGroupId: c.toUpperCase() });
      expect(fieldErrors(expectProblem(upper, 422, 'VALIDATION_FAILED'))).toEqual(['parentGroupId:GROUP_CYCLE']);
      await as(owner).patch(`${base()}/${b.toUpperCase()}`, { parentGroupId: a.toUpperCase() }).expect(200);
      expect(await activity('group.updated', b)).toEqual([]);
      expect([await parentOf(a), await parentOf(b), await parentOf(c)]).toEqual([null, a, b]);
      expect(await activity('group.updated', a)).toEqual([]);
    });

    it('answers 422 parentGroupId: UNKNOWN_GROUP when moving under an unknown or foreign group', async () => {
      const id = await group({ name: 'Stay home' });
      for (const parentGroupId of [randomUUID(), foreignGroupId]) {
        expect(fieldErrors(expectProblem(await as(owner).patch(`${base()}/${id}`, { parentGroupId }), 422, 'VALIDATION_FAILED'))).toEqual([
          'parentGroupId:UNKNOWN_GROUP',
        ]);
      }
      expect(await parentOf(id)).toBeNull();
    });

    it(`nests at most ${MAX_GROUP_DEPTH} levels: a group below the deepest, or a subtree moved too low, answers 422 GROUP_TOO_DEEP`, async () => {
      const chain = await createChain(t, tenantId, owner.userId, MAX_GROUP_DEPTH, { prefix: 'Deep' });
      const body = expectProblem(
        await as(owner).post(base(), { name: 'Too deep', parentGroupId: chain[MAX_GROUP_DEPTH - 1] }),
        422,
        'VALIDATION_FAILED',
      );
      expect(body.errors).toEqual([
        expect.objectContaining({ field: 'parentGroupId', code: 'GROUP_TOO_DEEP', params: { max: MAX_GROUP_DEPTH } }),
      ]);
      // A subtree of three levels fits under level 7 (7 + 3 = 10), not under level 8.
      const [top] = await createChain(t, tenantId, owner.userId, 3, { prefix: 'Subtree' });
      expect(
        fieldErrors(expectProblem(await as(owner).patch(`${base()}/${top}`, { parentGroupId: chain[7] }), 422, 'VALIDATION_FAILED')),
      ).toEqual(['parentGroupId:GROUP_TOO_DEEP']);
      await as(owner).patch(`${base()}/${top}`, { parentGroupId: chain[6] }).expect(200);
    });
  });

  describe('delete', () => {
    it('deletes a group without subgroups or members (204), logging group.deleted; it is gone after', async () => {
      const id = await group({ name: 'Short-lived' });
      await as(owner).delete(`${base()}/${id}`).expect(204);
      expectProblem(await as(owner).get(`${base()}/${id}`), 404, 'GROUP_NOT_FOUND');
      expect(await activity('group.deleted', id)).toEqual([
        { actor_user_id: owner.userId, target_type: 'group', data: { name: 'Short-lived' } },
      ]);
    });

    it('answers 409 GROUP_NOT_EMPTY with the counts while subgroups remain; deleting the leaf first works', async () => {
      const [parent, child] = await createChain(t, tenantId, owner.userId, 2, { prefix: 'Nonempty' });
      const body = expectProblem(await as(owner).delete(`${base()}/${parent}`), 409, 'GROUP_NOT_EMPTY');
      expect(body.detail).toContain('1 subgroup(s) and 0 user(s)');
      await as(owner).delete(`${base()}/${child}`).expect(204);
      await as(owner).delete(`${base()}/${parent}`).expect(204);
    });
  });

  describe('limits', () => {
    it(`answers 409 GROUP_LIMIT_REACHED past ${MAX_GROUPS_PER_TENANT} groups in one organisation`, async () => {
      const full = await createTenant(t, owner.userId, 'Many groups');
      await db.query(
        `INSERT INTO groups (id, tenant_id, name, kind, created_at, updated_at)
         SELECT gen_random_uuid(), $1, 'G ' || i, 'group', now(), now() FROM generate_series(1, $2::int) AS i`,
        [full, MAX_GROUPS_PER_TENANT - 1],
      );
      await as(owner).post(base(full), { name: 'The last one' }).expect(201);
      const body = expectProblem(await as(owner).post(base(full), { name: 'One too many' }), 409, 'GROUP_LIMIT_REACHED');
      expect(body.detail).toContain(`${MAX_GROUPS_PER_TENANT} groups`);
    });
  });

  describe('the database keeps the tree a tree, whoever writes', () => {
    const refusal = async (sql: string, params: unknown[]): Promise<string> => {
      try {
        await db.query(sql, params);
      } catch (error) {
        const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
        return `${driver?.code}:${driver?.constraint}`;
      }
      return 'accepted';
    };

    it('refuses a direct UPDATE that closes a cycle, also when one statement swaps two parents', async () => {
      const [a, b, c] = await createChain(t, tenantId, owner.userId, 3, { prefix: 'Raw' });
      expect(await refusal('UPDATE groups SET parent_group_id = $2 WHERE id = $1', [a, c])).toBe('23514:groups_no_cycle');
      expect(await refusal('UPDATE groups SET parent_group_id = id WHERE id = $1', [b])).toBe('23514:groups_not_own_parent_check');
      const x = await group({ name: 'Raw X' });
      const y = await group({ name: 'Raw Y' });
      expect(
        await refusal(`UPDATE groups SET parent_group_id = CASE id WHEN $1::uuid THEN $2::uuid ELSE $1::uuid END WHERE id IN ($1, $2)`, [
          x,
          y,
        ]),
      ).toBe('23514:groups_no_cycle');
      expect([await parentOf(a), await parentOf(x), await parentOf(y)]).toEqual([null, null, null]);
    });

    it(`refuses a direct write below level ${MAX_GROUP_DEPTH}`, async () => {
      const chain = await createChain(t, tenantId, owner.userId, MAX_GROUP_DEPTH, { prefix: 'Raw deep' });
      expect(
        await refusal(
          `INSERT INTO groups (id, tenant_id, name, kind, parent_group_id, created_at, updated_at) VALUES ($1, $2, 'Raw 11', 'group', $3, now(), now())`,
          [randomUUID(), tenantId, chain[MAX_GROUP_DEPTH - 1]],
        ),
      ).toBe('23514:groups_max_depth');
      const [top] = await createChain(t, tenantId, owner.userId, 2, { prefix: 'Raw pair' });
      expect(await refusal('UPDATE groups SET parent_group_id = $2 WHERE id = $1', [top, chain[MAX_GROUP_DEPTH - 2]])).toBe(
        '23514:groups_max_depth',
      );
    });

    it('refuses a parent of another organisation (the composite key), even written directly', async () => {
      const id = await group({ name: 'Raw local' });
      expect(await refusal('UPDATE groups SET parent_group_id = $2 WHERE id = $1', [id, foreignGroupId])).toBe('23503:groups_parent_fk');
      expect(
        await refusal(
          `INSERT INTO groups (id, tenant_id, name, kind, parent_group_id, created_at, updated_at) VALUES ($1, $2, 'Raw cross', 'group', $3, now(), now())`,
          [randomUUID(), tenantId, foreignGroupId],
        ),
      ).toBe('23503:groups_parent_fk');
    });
  });
});
