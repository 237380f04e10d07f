import { encodeCursor } from '@tenant-iam/common';
import { MAX_PERMISSION_SETS_PER_TENANT, PermissionSetsService } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember, ROOMY_PLANS } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

type Role = 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
interface Person {
  token: string;
  userId: string;
  membershipId?: string;
}

// Tenants, sets (the factory) and memberships (`addMember`) come from the services; a member's set
// is changed through the members route.
describe('tenancy: permission sets', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Person;
  let tenantId: string;
  let builtinId: string;
  const people: Partial<Record<Role | 'memberGranular' | 'outsider', Person>> = {};

  const person = async (): Promise<Person> => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    return { token: s.accessToken, userId: row.id };
  };
  const join = async (tid: string, role: Role, permissionSetId?: string): Promise<Person> => {
    const p = await person();
    return { ...p, membershipId: await addMember(t, tid, p.userId, role, { permissionSetId }) };
  };

  const base = (tid = tenantId) => `/api/v1/tenants/${tid}/permission-sets`;
  const as = (p: Person) => ({
    get: (path: string) => t.http.get(path).set('Authorization', bearer(p.token)),
    post: (path: string, body: object) => t.http.post(path).set('Authorization', bearer(p.token)).send(body),
    patch: (path: string, body: object) => t.http.patch(path).set('Authorization', bearer(p.token)).send(body),
    delete: (path: string) => t.http.delete(path).set('Authorization', bearer(p.token)),
  });
  const activity = (tid: string, action: string, targetId: string) =>
    db.query('SELECT actor_user_id, target_type, data FROM activity_log WHERE tenant_id = $1 AND action = $2 AND target_id = $3', [
      tid,
      action,
      targetId,
    ]);
  const version = async (id: string): Promise<number> =>
    (await db.query('SELECT version FROM permission_sets WHERE id = $1', [id]))[0].version;

  beforeAll(async () => {
    t = await createTestApp({ label: 'permission-sets', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    owner = await person();
    tenantId = await createTenant(t, owner.userId, 'Sets Inc');
    builtinId = (await db.query('SELECT id FROM permission_sets WHERE tenant_id = $1 AND builtin', [tenantId]))[0].id;
    const granular = await createPermissionSet(t, tenantId, owner.userId, {
      name: 'Catalogue only',
      rules: [{ action: 'read', subject: 'Tenant' }],
    });
    people.superadmin = await join(tenantId, 'superadmin');
    people.admin = await join(tenantId, 'admin');
    people.member = await join(tenantId, 'member');
    people.memberGranular = await join(tenantId, 'member', granular);
    people.client = await join(tenantId, 'client');
    people.contact = await join(tenantId, 'contact');
    people.outsider = await person();
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('creates a granular set (201) with its rules, then lists and shows it with its member count', async () => {
      const res = await as(owner)
        .post(base(), {
          name: '  Sales  ',
          rules: [
            { action: 'read', subject: 'Member', conditions: { role: { $in: ['member', 'client'] } } },
            { action: 'read', subject: 'Activity', inverted: true },
          ],
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Sales',
        builtin: false,
        full: false,
        rules: [
          { action: 'read', subject: 'Member', conditions: { role: { $in: ['member', 'client'] } } },
          { action: 'read', subject: 'Activity', inverted: true },
        ],
        membersCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(res.body.createdAt).toBe(t.clock.now().toISOString());
      await addMember(t, tenantId, (await person()).userId, 'member', { permissionSetId: res.body.id });

      const one = await as(owner).get(`${base()}/${res.body.id}`).expect(200);
      expect(one.body).toEqual({ ...res.body, membersCount: 1 });
      const list = await as(owner).get(base()).expect(200);
      const builtin = list.body.items.find((s: { id: string }) => s.id === builtinId);
      expect(builtin).toMatchObject({ name: 'Full access', builtin: true, full: true, rules: [] });
      expect(builtin.membersCount).toBeGreaterThanOrEqual(2);
      expect(list.body.items.find((s: { id: string }) => s.id === res.body.id)).toEqual({ ...res.body, membersCount: 1 });

      const [entry] = await activity(tenantId, 'permission_set.created', res.body.id);
      expect(entry).toEqual({ actor_user_id: owner.userId, target_type: 'permissionSet', data: { name: 'Sales' } });
    });

    it('creates a full set; full with an empty rule list is fine, full with rules is 422 rules: RULES_WITH_FULL_ACCESS', async () => {
      const full = await as(people.superadmin!).post(base(), { name: 'Everything', full: true }).expect(201);
      expect(full.body).toMatchObject({ full: true, rules: [], builtin: false });
      await as(owner).post(base(), { name: 'Everything too', full: true, rules: [] }).expect(201);
      const body = expectProblem(
        await as(owner).post(base(), { name: 'Contradiction', full: true, rules: [{ action: 'read', subject: 'Member' }] }),
        422,
        'PERMISSION_RULES_INVALID',
      );
      expect(fieldErrors(body)).toEqual(['rules:RULES_WITH_FULL_ACCESS']);
      expect((await db.query("SELECT 1 FROM permission_sets WHERE name = 'Contradiction'")).length).toBe(0);
    });

    it('answers 422 PERMISSION_RULES_INVALID with one error per broken rule, in the caller language', async () => {
      const rules = [
        { action: 'read', subject: 'Member' },
        { action: 'read', subject: 'Spaceship' },
        { action: 'fly', subject: 'Member' },
        { action: 'create', subject: 'Member' },
        { action: 'billing', subject: 'Tenant' },
        { action: 'manage', subject: 'PermissionSet' },
        { action: 'read', subject: 'Member', conditions: { email: 'x@example.test' } },
        { action: 'read', subject: 'Invitation' },
      ];
      const res = await as(owner).post(base(), { name: 'Broken', rules }).set('Accept-Language', 'pl');
      const body = expectProblem(res, 422, 'PERMISSION_RULES_INVALID');
      expect(fieldErrors(body)).toEqual([
        'rules.1.subject:UNKNOWN_SUBJECT',
        'rules.2.action:UNKNOWN_ACTION',
        'rules.3.action:NOT_GRANTABLE',
        'rules.4.action:NOT_GRANTABLE',
        'rules.5.action:NOT_GRANTABLE',
        'rules.6.conditions:INVALID_CONDITIONS',
      ]);
      expect(body.title).toBe('Niektóre reguły grupy uprawnień są nieprawidłowe.');
      expect(body.errors[2]).toMatchObject({
        params: { subject: 'Member', action: 'create' },
        message: expect.stringContaining('„create”'),
      });
      expect(res.headers['content-language']).toBe('pl');
      for (const locale of ['en', 'uk']) {
        const again = await as(owner).post(base(), { name: 'Broken', rules }).set('Accept-Language', locale);
        expect(expectProblem(again, 422, 'PERMISSION_RULES_INVALID').title).not.toBe(body.title);
      }
      expect((await db.query("SELECT 1 FROM permission_sets WHERE name = 'Broken'")).length).toBe(0);
    });

    it('stores a rule with null conditions or inverted: false as a plain rule', async () => {
      const res = await as(owner)
        .post(base(), { name: 'Plain', rules: [{ action: 'read', subject: 'Member', conditions: null, inverted: false }] })
        .expect(201);
      expect(res.body.rules).toEqual([{ action: 'read', subject: 'Member' }]);
      expect((await db.query('SELECT rules FROM permission_sets WHERE id = $1', [res.body.id]))[0].rules).toEqual([
        { action: 'read', subject: 'Member' },
      ]);
    });

    it('keeps the input bounded: name ≤ 100 characters, ≤ 200 rules, known rule fields only (400)', async () => {
      const rule = { action: 'read', subject: 'Member' };
      const cases: [object, string][] = [
        [{ name: 'x'.repeat(101) }, 'name'],
        [{ name: '   ' }, 'name'],
        [{}, 'name'],
        [{ name: 'Many', rules: Array.from({ length: 201 }, () => rule) }, 'rules'],
        [{ name: 'Odd', rules: [{ ...rule, fields: ['email'] }] }, 'rules'],
        [{ name: 'Odd', rules: [{ action: 'read' }] }, 'rules'],
        [{ name: 'Odd', full: 'yes' }, 'full'],
      ];
      for (const [payload, field] of cases) {
        const body = expectProblem(await as(owner).post(base(), payload), 400, 'VALIDATION_FAILED');
        expect(fieldErrors(body)[0]).toMatch(new RegExp(`^${field}`));
      }
      await as(owner)
        .post(base(), { name: 'y'.repeat(100), rules: Array.from({ length: 200 }, () => rule) })
        .expect(201);
    });

    it('refuses a name in use, case aside (409 PERMISSION_SET_NAME_TAKEN), the built-in one too', async () => {
      await as(owner).post(base(), { name: 'Support' }).expect(201);
      expectProblem(await as(owner).post(base(), { name: 'SUPPORT' }), 409, 'PERMISSION_SET_NAME_TAKEN');
      expectProblem(await as(owner).post(base(), { name: 'full access' }), 409, 'PERMISSION_SET_NAME_TAKEN');
      // The refused insert rolled back with its activity entry.
      const logged = await db.query(
        "SELECT data->>'name' AS name FROM activity_log WHERE tenant_id = $1 AND action = 'permission_set.created' AND lower(data->>'name') IN ('support', 'full access')",
        [tenantId],
      );
      expect(logged).toEqual([{ name: 'Support' }]);
      // Another tenant may use the same name.
      const other = await createTenant(t, owner.userId, 'Other');
      await as(owner).post(base(other), { name: 'Support' }).expect(201);
    });

    it('lets the unique index decide between concurrent creations of one name', async () => {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => as(owner).post(base(), { name: i % 2 ? 'Race' : 'RACE' })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      results.filter((r) => r.status === 409).forEach((r) => expectProblem(r, 409, 'PERMISSION_SET_NAME_TAKEN'));
      expect(
        (await db.query("SELECT count(*)::int AS n FROM permission_sets WHERE tenant_id = $1 AND lower(name) = 'race'", [tenantId]))[0].n,
      ).toBe(1);
    });

    it(`stops at ${MAX_PERMISSION_SETS_PER_TENANT} sets per tenant (409 PERMISSION_SET_LIMIT_REACHED), concurrent creations included`, async () => {
      const tid = await createTenant(t, owner.userId, 'Busy');
      // The built-in set counts: fill up to one short of the limit.
      for (let i = 1; i < MAX_PERMISSION_SETS_PER_TENANT - 1; i++) await createPermissionSet(t, tid, owner.userId, { name: `Set ${i}` });
      const results = await Promise.all([as(owner).post(base(tid), { name: 'Last A' }), as(owner).post(base(tid), { name: 'Last B' })]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = expectProblem(
        results.find((r) => r.status === 409)!,
        409,
        'PERMISSION_SET_LIMIT_REACHED',
      );
      expect(refused.detail).toContain(String(MAX_PERMISSION_SETS_PER_TENANT));
      expectProblem(await as(owner).post(base(tid), { name: 'One more' }), 409, 'PERMISSION_SET_LIMIT_REACHED');
      expect((await db.query('SELECT count(*)::int AS n FROM permission_sets WHERE tenant_id = $1', [tid]))[0].n).toBe(
        MAX_PERMISSION_SETS_PER_TENANT,
      );
    });

    it('pages by name, case aside, without gaps or repeats; a foreign cursor is 400', async () => {
      const tid = await createTenant(t, owner.userId, 'Pages');
      for (const name of ['delta', 'Bravo', 'alpha', 'Charlie']) await createPermissionSet(t, tid, owner.userId, { name });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { body: { items: { name: string }[]; nextCursor: string | null } } = await as(owner)
          .get(`${base(tid)}?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200);
        seen.push(...res.body.items.map((s) => s.name));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toEqual(['alpha', 'Bravo', 'Charlie', 'delta', 'Full access']);
      expect(pages).toBe(3);
      for (const bad of ['!!', encodeCursor({ name: 'a', id: 'not-a-uuid' }), encodeCursor({ at: 'x', id: randomUUID() })]) {
        const body = expectProblem(await as(owner).get(`${base(tid)}?cursor=${encodeURIComponent(bad)}`), 400, 'VALIDATION_FAILED');
        expect(fieldErrors(body)).toEqual(['cursor:INVALID_CURSOR']);
      }
    });
  });

  describe('update and delete', () => {
    it('changes name, access and rules, bumping the version, and logs it', async () => {
      const id = await createPermissionSet(t, tenantId, owner.userId, { name: 'Editors', rules: [{ action: 'read', subject: 'Member' }] });
      const v1 = await version(id);
      t.clock.advance(60_000);
      const renamed = await as(owner).patch(`${base()}/${id}`, { name: 'Editors EU' }).expect(200);
      expect(renamed.body).toMatchObject({ id, name: 'Editors EU', full: false, rules: [{ action: 'read', subject: 'Member' }] });
      expect(renamed.body.updatedAt).toBe(t.clock.now().toISOString());
      expect(renamed.body.updatedAt).not.toBe(renamed.body.createdAt);
      expect(await version(id)).toBe(v1 + 1);

      const full = await as(people.superadmin!).patch(`${base()}/${id}`, { full: true }).expect(200);
      expect(full.body).toMatchObject({ full: true, rules: [] });
      const body = expectProblem(
        await as(owner).patch(`${base()}/${id}`, { rules: [{ action: 'read', subject: 'Member' }] }),
        422,
        'PERMISSION_RULES_INVALID',
      );
      expect(fieldErrors(body)).toEqual(['rules:RULES_WITH_FULL_ACCESS']);
      const granular = await as(owner)
        .patch(`${base()}/${id}`, { full: false, rules: [{ action: 'read', subject: 'Activity' }] })
        .expect(200);
      expect(granular.body).toMatchObject({ full: false, rules: [{ action: 'read', subject: 'Activity' }] });
      const invalid = expectProblem(
        await as(owner).patch(`${base()}/${id}`, {
          rules: [
            { action: 'read', subject: 'Activity' },
            { action: 'block', subject: 'Member' },
          ],
        }),
        422,
        'PERMISSION_RULES_INVALID',
      );
      expect(fieldErrors(invalid)).toEqual(['rules.1.action:NOT_GRANTABLE']);
      expect(await version(id)).toBe(v1 + 3);
      expect((await activity(tenantId, 'permission_set.updated', id)).map((e: { data: { name: string } }) => e.data.name)).toEqual([
        'Editors EU',
        'Editors EU',
        'Editors EU',
      ]);

      await as(owner).post(base(), { name: 'Taken name' }).expect(201);
      expectProblem(await as(owner).patch(`${base()}/${id}`, { name: 'taken NAME' }), 409, 'PERMISSION_SET_NAME_TAKEN');
      // Its own name in another case is not a clash.
      await as(owner).patch(`${base()}/${id}`, { name: 'EDITORS eu' }).expect(200);
    });

    it('never changes or deletes the built-in set (409 PERMISSION_SET_BUILTIN)', async () => {
      const v = await version(builtinId);
      expectProblem(await as(owner).patch(`${base()}/${builtinId}`, { name: 'Renamed' }), 409, 'PERMISSION_SET_BUILTIN');
      expectProblem(await as(owner).patch(`${base()}/${builtinId}`, { full: false }), 409, 'PERMISSION_SET_BUILTIN');
      expectProblem(await as(owner).delete(`${base()}/${builtinId}`), 409, 'PERMISSION_SET_BUILTIN');
      expect(await version(builtinId)).toBe(v);
      expect((await as(owner).get(`${base()}/${builtinId}`).expect(200)).body).toMatchObject({ name: 'Full access', full: true });
    });

    it('deletes a set nobody holds (204) and logs it; a set in use is 409 PERMISSION_SET_IN_USE with the count', async () => {
      const id = await createPermissionSet(t, tenantId, owner.userId, { name: 'Temporary' });
      await as(owner).delete(`${base()}/${id}`).expect(204);
      expectProblem(await as(owner).get(`${base()}/${id}`), 404, 'PERMISSION_SET_NOT_FOUND');
      expect(await activity(tenantId, 'permission_set.deleted', id)).toEqual([
        { actor_user_id: owner.userId, target_type: 'permissionSet', data: { name: 'Temporary' } },
      ]);

      const used = await createPermissionSet(t, tenantId, owner.userId, { name: 'Used' });
      await join(tenantId, 'member', used);
      await join(tenantId, 'client', used);
      const body = expectProblem(await as(people.superadmin!).delete(`${base()}/${used}`), 409, 'PERMISSION_SET_IN_USE');
      expect(body.detail).toContain('2');
      expect((await as(owner).get(`${base()}/${used}`).expect(200)).body.membersCount).toBe(2);
      expect(await activity(tenantId, 'permission_set.deleted', used)).toEqual([]);
    });

    it('falls back on the foreign key when a member got the set after the count (race)', async () => {
      const used = await createPermissionSet(t, tenantId, owner.userId, { name: 'Raced' });
      await join(tenantId, 'member', used);
      // The count says nobody (as it would have a moment before the member was given the set).
      // The repository is internal to the lib: reach it through the service that holds it.
      const repository = (t.app.get(PermissionSetsService) as unknown as { sets: { countMembers(): Promise<number> } }).sets;
      const spy = jest.spyOn(repository, 'countMembers').mockResolvedValueOnce(0);
      try {
        const body = expectProblem(await as(owner).delete(`${base()}/${used}`), 409, 'PERMISSION_SET_IN_USE');
        expect(body.detail).toContain('1');
      } finally {
        spy.mockRestore();
      }
      expect((await db.query('SELECT 1 FROM permission_sets WHERE id = $1', [used])).length).toBe(1);
      expect(await activity(tenantId, 'permission_set.deleted', used)).toEqual([]);
    });

    it('answers 404 PERMISSION_SET_NOT_FOUND alike for an unknown id, a non-UUID and another tenant’s set', async () => {
      const foreignTenant = await createTenant(t, (await person()).userId, 'Foreign');
      const foreign = (await db.query('SELECT id FROM permission_sets WHERE tenant_id = $1', [foreignTenant]))[0].id;
      const bodies: object[] = [];
      for (const id of [randomUUID(), 'not-a-uuid', foreign, `${foreign}x`]) {
        for (const res of [
          await as(owner).get(`${base()}/${id}`),
          await as(owner).patch(`${base()}/${id}`, { name: 'Whatever' }),
          await as(owner).delete(`${base()}/${id}`),
        ]) {
          const { instance: _instance, ...body } = expectProblem(res, 404, 'PERMISSION_SET_NOT_FOUND');
          bodies.push(body);
        }
      }
      expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
      expect((await db.query('SELECT name FROM permission_sets WHERE id = $1', [foreign]))[0].name).toBe('Full access');
    });
  });

  describe('who may do what (roles table)', () => {
    it('owner and superadmin manage sets; admin, member and client get 403 on manage', async () => {
      const target = await createPermissionSet(t, tenantId, owner.userId, { name: 'Target' });
      for (const role of ['admin', 'member', 'memberGranular', 'client'] as const) {
        const p = people[role]!;
        expectProblem(await as(p).post(base(), { name: `By ${role}` }), 403, 'FORBIDDEN');
        expectProblem(await as(p).patch(`${base()}/${target}`, { name: `By ${role}` }), 403, 'FORBIDDEN');
        expectProblem(await as(p).delete(`${base()}/${target}`), 403, 'FORBIDDEN');
      }
      for (const p of [owner, people.superadmin!]) {
        const created = await as(p)
          .post(base(), { name: `Managed ${p.userId}` })
          .expect(201);
        await as(p)
          .patch(`${base()}/${created.body.id}`, { rules: [{ action: 'read', subject: 'Member' }] })
          .expect(200);
        await as(p).delete(`${base()}/${created.body.id}`).expect(204);
      }
      expect((await db.query('SELECT name FROM permission_sets WHERE id = $1', [target]))[0].name).toBe('Target');
    });

    it('admin reads sets; a member reads them per set (full yes, granular without it no); a client never, whatever its set', async () => {
      for (const p of [owner, people.superadmin!, people.admin!, people.member!]) {
        await as(p).get(base()).expect(200);
        await as(p).get(`${base()}/${builtinId}`).expect(200);
      }
      // Sets are staff data (`staffOnly`): the client's full set does not reach them.
      for (const p of [people.memberGranular!, people.client!]) {
        expectProblem(await as(p).get(base()), 403, 'FORBIDDEN');
        expectProblem(await as(p).get(`${base()}/${builtinId}`), 403, 'FORBIDDEN');
      }
    });

    it('a contact has no panel access (403 NO_PANEL_ACCESS) on every route', async () => {
      const c = people.contact!;
      for (const res of [
        await as(c).get(base()),
        await as(c).post(base(), { name: 'By contact' }),
        await as(c).get(`${base()}/${builtinId}`),
        await as(c).patch(`${base()}/${builtinId}`, { name: 'By contact' }),
        await as(c).delete(`${base()}/${builtinId}`),
      ]) {
        expectProblem(res, 403, 'NO_PANEL_ACCESS');
      }
    });

    it('a non-member gets the same 404 TENANT_NOT_FOUND on every route, for a real, a random and a non-UUID tenant', async () => {
      const o = people.outsider!;
      const bodies: string[] = [];
      for (const tid of [tenantId, randomUUID(), 'not-a-uuid']) {
        for (const res of [
          await as(o).get(base(tid)),
          await as(o).post(base(tid), { name: 'Intruder' }),
          await as(o).get(`${base(tid)}/${builtinId}`),
          await as(o).patch(`${base(tid)}/${builtinId}`, { name: 'Intruder' }),
          await as(o).delete(`${base(tid)}/${builtinId}`),
        ]) {
          const { instance: _instance, ...body } = expectProblem(res, 404, 'TENANT_NOT_FOUND');
          bodies.push(JSON.stringify(body));
        }
      }
      expect(new Set(bodies).size).toBe(1);
      expect((await db.query("SELECT 1 FROM permission_sets WHERE name = 'Intruder'")).length).toBe(0);
    });

    it('needs a session (401)', async () => {
      expectProblem(await t.http.get(base()), 401, 'UNAUTHORIZED');
      expectProblem(await t.http.post(base()).send({ name: 'Anonymous' }), 401, 'UNAUTHORIZED');
    });
  });

  describe('effect on the next request', () => {
    const members = () => `/api/v1/tenants/${tenantId}/members`;

    it('a member gains a right on the very next request after the set is changed, and loses it again', async () => {
      const setId = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Growing',
        rules: [{ action: 'read', subject: 'Activity' }],
      });
      const m = await join(tenantId, 'member', setId);
      expectProblem(await as(m).get(members()), 403, 'FORBIDDEN');
      expectProblem(await as(m).get(base()), 403, 'FORBIDDEN');
      expectProblem(await as(m).get(`/api/v1/tenants/${tenantId}/orders`), 403, 'FORBIDDEN');

      await as(owner)
        .patch(`${base()}/${setId}`, { rules: [{ action: 'read', subject: 'Member' }] })
        .expect(200);
      await as(m).get(members()).expect(200);
      expectProblem(await as(m).get(base()), 403, 'FORBIDDEN');

      await as(owner)
        .patch(`${base()}/${setId}`, {
          rules: [
            { action: 'read', subject: 'PermissionSet' },
            { action: 'read', subject: 'Order' },
          ],
        })
        .expect(200);
      await as(m).get(base()).expect(200);
      await as(m).get(`/api/v1/tenants/${tenantId}/orders`).expect(200);
      expectProblem(await as(m).get(members()), 403, 'FORBIDDEN');

      await as(owner).patch(`${base()}/${setId}`, { rules: [] }).expect(200);
      expectProblem(await as(m).get(base()), 403, 'FORBIDDEN');
      expectProblem(await as(m).get(`/api/v1/tenants/${tenantId}/orders`), 403, 'FORBIDDEN');
      // The baseline stays whatever the set says.
      await as(m).get(`/api/v1/tenants/${tenantId}/permissions/catalog`).expect(200);
    });

    it("changing a member's set to another one (members route) changes the ability at once", async () => {
      const reader = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Reader',
        rules: [{ action: 'read', subject: 'Member' }],
      });
      const nothing = await createPermissionSet(t, tenantId, owner.userId, { name: 'Nothing' });
      const m = await join(tenantId, 'member', nothing);
      expectProblem(await as(m).get(members()), 403, 'FORBIDDEN');
      await as(owner).patch(`${members()}/${m.membershipId}`, { permissionSetId: reader }).expect(200);
      await as(m).get(members()).expect(200);
      expect((await as(owner).get(`${base()}/${reader}`).expect(200)).body.membersCount).toBe(1);
      await as(people.superadmin!).patch(`${members()}/${m.membershipId}`, { permissionSetId: nothing }).expect(200);
      expectProblem(await as(m).get(members()), 403, 'FORBIDDEN');
      // Now unused, the set can go.
      await as(owner).delete(`${base()}/${reader}`).expect(204);
    });

    it('a set of tenant A cannot be given to a member of tenant B: the members service and the composite key refuse it', async () => {
      const tenantB = await createTenant(t, owner.userId, 'Tenant B');
      const setOfA = await createPermissionSet(t, tenantId, owner.userId, { name: 'Only for A' });
      const m = await join(tenantB, 'member');
      const body = expectProblem(
        await as(owner).patch(`/api/v1/tenants/${tenantB}/members/${m.membershipId}`, { permissionSetId: setOfA }),
        422,
        'VALIDATION_FAILED',
      );
      expect(fieldErrors(body)).toEqual(['permissionSetId:UNKNOWN_PERMISSION_SET']);
      await expect(addMember(t, tenantB, (await person()).userId, 'member', { permissionSetId: setOfA })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      // Below the service, the database itself refuses the cross-tenant reference.
      await expect(
        db.query('UPDATE memberships SET permission_set_id = $1 WHERE tenant_id = $2 AND id = $3', [setOfA, tenantB, m.membershipId]),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503', constraint: 'memberships_permission_set_fk' }) });
      await expect(
        db.query(
          `INSERT INTO memberships (id, tenant_id, user_id, role, status, permission_set_id, created_at, updated_at)
           VALUES ($1, $2, $3, 'member', 'active', $4, now(), now())`,
          [randomUUID(), tenantB, (await person()).userId, setOfA],
        ),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503', constraint: 'memberships_permission_set_fk' }) });
      expect((await as(owner).get(`${base()}/${setOfA}`).expect(200)).body.membersCount).toBe(0);
    });
  });

  it('the factory goes through the service and its checks', async () => {
    await expect(
      createPermissionSet(t, tenantId, owner.userId, { name: 'Factory', rules: [{ action: 'cancel', subject: 'Order' }] }),
    ).rejects.toMatchObject({
      code: 'PERMISSION_RULES_INVALID',
      errors: [expect.objectContaining({ field: 'rules.0.action', code: 'NOT_GRANTABLE' })],
    });
    const id = await createPermissionSet(t, tenantId, owner.userId, { name: 'Factory' });
    expect((await t.app.get(PermissionSetsService).get(tenantId, id)).name).toBe('Factory');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const ops = {
      listPermissionSets: doc.paths['/api/v1/tenants/{tenantId}/permission-sets'].get,
      createPermissionSet: doc.paths['/api/v1/tenants/{tenantId}/permission-sets'].post,
      getPermissionSet: doc.paths['/api/v1/tenants/{tenantId}/permission-sets/{permissionSetId}'].get,
      updatePermissionSet: doc.paths['/api/v1/tenants/{tenantId}/permission-sets/{permissionSetId}'].patch,
      deletePermissionSet: doc.paths['/api/v1/tenants/{tenantId}/permission-sets/{permissionSetId}'].delete,
    };
    for (const [operationId, op] of Object.entries(ops)) expect(op.operationId).toBe(operationId);
    expect(Object.keys(ops.createPermissionSet.responses).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
      '500',
    ]);
    expect(Object.keys(ops.deletePermissionSet.responses)).toEqual(expect.arrayContaining(['204', '409']));
    expect(doc.components.schemas.PermissionSetResponse.required).toEqual(
      expect.arrayContaining(['id', 'name', 'builtin', 'full', 'rules', 'membersCount', 'createdAt', 'updatedAt']),
    );
  });
});
