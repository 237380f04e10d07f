import { encodeCursor } from '@tenant-iam/common';
import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createCompany, setMemberCompanies } from '../../support/factories/companies';
import { ROOMY_PLANS, signUpMember } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Who {
  accessToken: string;
  userId: string;
}
interface Company {
  id: string;
  name: string;
  taxId: string | null;
  membersCount: number;
}

// The companies routes over HTTP: CRUD, the roles table, a client's company scope, the 404s.
// Member links, the members filter and /me/tenants are in companies-members; races in companies-concurrency.
describe('tenancy: client companies', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Who;
  let tenantId: string;

  const base = (tenant = tenantId) => `/api/v1/tenants/${tenant}/companies`;
  const as = (who: Who) => ({
    get: (path: string) => t.http.get(path).set('Authorization', bearer(who.accessToken)),
    post: (path: string, body: object) => t.http.post(path).set('Authorization', bearer(who.accessToken)).send(body),
    patch: (path: string, body: object) => t.http.patch(path).set('Authorization', bearer(who.accessToken)).send(body),
    delete: (path: string) => t.http.delete(path).set('Authorization', bearer(who.accessToken)),
  });
  const names = (items: Company[]) => items.map((c) => c.name);
  const activity = async (tenant: string, action: string, targetId: string) =>
    (
      await db.query(
        'SELECT actor_type, actor_id, data FROM activity_log WHERE tenant_id = $1 AND action = $2 AND target_id = $3 ORDER BY id',
        [tenant, action, targetId],
      )
    ).map((r: { actor_type: string; actor_id: string; data: object }) => ({ actor: `${r.actor_type}:${r.actor_id}`, data: r.data }));

  async function account(): Promise<Who> {
    const s = await signUp(t);
    return { accessToken: s.accessToken, userId: (await t.app.get(IdentityUsers).findByEmail(s.email))!.id };
  }

  async function newTenant(name: string) {
    const o = await account();
    return { owner: o, tenantId: await createTenant(t, o.userId, name) };
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'companies', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    ({ owner, tenantId } = await newTenant('Virtual Office Ltd'));
  });
  afterAll(() => t.close());

  describe('CRUD by the owner', () => {
    it('creates a company (trimmed name, optional tax id), reads it, and logs company.created', async () => {
      const res = await as(owner).post(base(), { name: '  Alpha sp. z o.o. ', taxId: ' PL5213870274 ' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Alpha sp. z o.o.',
        taxId: 'PL5213870274',
        membersCount: 0,
        createdAt: t.clock.now().toISOString(),
        updatedAt: t.clock.now().toISOString(),
      });
      expect((await as(owner).get(`${base()}/${res.body.id}`).expect(200)).body).toEqual(res.body);
      const bare = await as(owner).post(base(), { name: 'No Tax Id GmbH' }).expect(201);
      expect(bare.body.taxId).toBeNull();
      expect(await activity(tenantId, 'company.created', res.body.id)).toEqual([
        { actor: `user:${owner.userId}`, data: { name: 'Alpha sp. z o.o.' } },
      ]);
      const log = await as(owner).get(`/api/v1/tenants/${tenantId}/activity?limit=100`).expect(200);
      expect(log.body.items).toContainEqual(
        expect.objectContaining({
          action: 'company.created',
          actor: { type: 'user', id: owner.userId },
          target: { type: 'company', id: res.body.id },
          data: { name: 'Alpha sp. z o.o.' },
        }),
      );
    });

    it('changes name and tax id (null clears it), logs only real changes, keeps createdAt', async () => {
      const id = (await as(owner).post(base(), { name: 'Beta LLC', taxId: '12345678' }).expect(201)).body.id;
      const createdAt = t.clock.now().toISOString();
      t.clock.advance(60_000);
      const renamed = await as(owner).patch(`${base()}/${id}`, { name: ' Beta Holding LLC ' }).expect(200);
      expect(renamed.body).toMatchObject({
        id,
        name: 'Beta Holding LLC',
        taxId: '12345678',
        createdAt,
        updatedAt: t.clock.now().toISOString(),
      });
      const cleared = await as(owner).patch(`${base()}/${id}`, { taxId: null }).expect(200);
      expect(cleared.body.taxId).toBeNull();
      // The same values again: nothing to log.
      await as(owner).patch(`${base()}/${id}`, { name: 'Beta Holding LLC', taxId: null }).expect(200);
      await as(owner).patch(`${base()}/${id}`, {}).expect(200);
      expect(await activity(tenantId, 'company.updated', id)).toEqual([
        { actor: `user:${owner.userId}`, data: { name: 'Beta Holding LLC', fields: ['name'] } },
        { actor: `user:${owner.userId}`, data: { name: 'Beta Holding LLC', fields: ['taxId'] } },
      ]);
    });

    it('refuses a name another company of the tenant has, case and spaces aside: 409 COMPANY_NAME_TAKEN; another tenant may use it', async () => {
      await as(owner).post(base(), { name: 'Gamma S.A.' }).expect(201);
      expectProblem(await as(owner).post(base(), { name: ' gamma s.a. ' }), 409, 'COMPANY_NAME_TAKEN');
      const other = (await as(owner).post(base(), { name: 'Delta S.A.' }).expect(201)).body.id;
      expectProblem(await as(owner).patch(`${base()}/${other}`, { name: 'GAMMA S.A.' }), 409, 'COMPANY_NAME_TAKEN');
      // Its own name in another case is a rename, not a clash.
      expect((await as(owner).patch(`${base()}/${other}`, { name: 'DELTA S.A.' }).expect(200)).body.name).toBe('DELTA S.A.');
      const elsewhere = await newTenant('Elsewhere');
      await as(elsewhere.owner).post(base(elsewhere.tenantId), { name: 'Gamma S.A.' }).expect(201);
    });

    it('deletes a company nobody is linked to (204, then 404) and logs company.deleted', async () => {
      const id = (await as(owner).post(base(), { name: 'Short-lived Ltd' }).expect(201)).body.id;
      await as(owner).delete(`${base()}/${id}`).expect(204);
      expectProblem(await as(owner).get(`${base()}/${id}`), 404, 'COMPANY_NOT_FOUND');
      expectProblem(await as(owner).delete(`${base()}/${id}`), 404, 'COMPANY_NOT_FOUND');
      expect(await activity(tenantId, 'company.deleted', id)).toEqual([
        { actor: `user:${owner.userId}`, data: { name: 'Short-lived Ltd' } },
      ]);
      // The name is free again.
      await as(owner).post(base(), { name: 'Short-lived Ltd' }).expect(201);
    });

    it('refuses to delete a company members are linked to: 409 COMPANY_IN_USE with the count; unlinked, it goes', async () => {
      const id = await createCompany(t, tenantId, { name: 'Linked Ltd' });
      const a = await signUpMember(t, tenantId, 'client');
      const b = await signUpMember(t, tenantId, 'member');
      await setMemberCompanies(t, tenantId, a.membershipId, [id]);
      await setMemberCompanies(t, tenantId, b.membershipId, [id]);
      const body = expectProblem(await as(owner).delete(`${base()}/${id}`), 409, 'COMPANY_IN_USE');
      expect(body.detail).toContain('2');
      expect((await as(owner).get(`${base()}/${id}`).expect(200)).body.membersCount).toBe(2);
      expect(await activity(tenantId, 'company.deleted', id)).toEqual([]);

      await as(owner).patch(`/api/v1/tenants/${tenantId}/members/${a.membershipId}`, { companyIds: [] }).expect(200);
      await as(owner).patch(`/api/v1/tenants/${tenantId}/members/${b.membershipId}`, { companyIds: [] }).expect(200);
      await as(owner).delete(`${base()}/${id}`).expect(204);
    });
  });

  describe('the list', () => {
    let listTenant: string;
    let listOwner: Who;

    beforeAll(async () => {
      ({ owner: listOwner, tenantId: listTenant } = await newTenant('Lists Ltd'));
      for (const [name, taxId] of [
        ['charlie', null],
        ['Bravo', 'PL-100_%'],
        ['alpha', '777'],
        ['Echo', null],
        ['delta', 'UA-12345678'],
      ] as const) {
        await createCompany(t, listTenant, { name, taxId });
      }
    });

    it('is ordered by name, case aside, and pages with limit and cursor without gaps or repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await as(listOwner)
          .get(`${base(listTenant)}${query}`)
          .expect(200);
        seen.push(...names(res.body.items));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toEqual(['alpha', 'Bravo', 'charlie', 'delta', 'Echo']);
      expect(pages).toBe(3);
      const all = await as(listOwner).get(base(listTenant)).expect(200);
      expect(all.body.nextCursor).toBeNull();
      expect(all.body.items[0]).toEqual({
        id: expect.any(String),
        name: 'alpha',
        taxId: '777',
        membersCount: 0,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('filters with q on name or tax id, case-insensitive, % and _ taken literally', async () => {
      const q = async (text: string) =>
        names(
          (
            await as(listOwner)
              .get(`${base(listTenant)}?q=${encodeURIComponent(text)}`)
              .expect(200)
          ).body.items,
        );
      expect(await q('HARL')).toEqual(['charlie']);
      expect(await q('ua-1234')).toEqual(['delta']);
      expect(await q('_%')).toEqual(['Bravo']);
      expect(await q('%')).toEqual(['Bravo']);
      expect(await q('nothing like it')).toEqual([]);
    });

    it('answers 400 VALIDATION_FAILED for a bad limit, a long q, or a cursor it did not make', async () => {
      for (const query of ['?limit=0', '?limit=101', `?q=${'x'.repeat(101)}`, '?q=a%00b', '?unknown=1']) {
        expectProblem(await as(listOwner).get(`${base(listTenant)}${query}`), 400, 'VALIDATION_FAILED');
      }
      for (const cursor of [
        'garbage!',
        encodeCursor({ name: 'a', id: 'nope' }),
        encodeCursor({ at: '2025-01-01', id: randomUUID() }),
        encodeCursor({ name: 'a\u0000', id: randomUUID() }),
      ]) {
        const res = await as(listOwner).get(`${base(listTenant)}?cursor=${encodeURIComponent(cursor)}`);
        expect(fieldErrors(expectProblem(res, 400, 'VALIDATION_FAILED'))).toEqual(['cursor:INVALID_CURSOR']);
      }
    });
  });

  describe('hostile and malformed bodies', () => {
    it.each([
      ['no name', {}, 'name:'],
      ['a blank name', { name: '   ' }, 'name:'],
      ['a name too long', { name: 'x'.repeat(201) }, 'name:'],
      ['a name that is not text', { name: 42 }, 'name:'],
      ['a NUL in the name', { name: 'Null\u0000 Ltd' }, 'name:UNSUPPORTED_CHARACTER'],
      ['a lone surrogate in the tax id', { name: 'Surrogate Ltd', taxId: '\ud800' }, 'taxId:UNSUPPORTED_CHARACTER'],
      ['a tax id too long', { name: 'Long Tax Ltd', taxId: '1'.repeat(33) }, 'taxId:'],
      ['a blank tax id', { name: 'Blank Tax Ltd', taxId: '  ' }, 'taxId:'],
      ['an unknown field', { name: 'Extra Ltd', tenantId: randomUUID() }, ''],
    ])('POST with %s is 400 VALIDATION_FAILED', async (_, body, field) => {
      const res = expectProblem(await as(owner).post(base(), body), 400, 'VALIDATION_FAILED');
      if (field) expect(fieldErrors(res).join(' ')).toContain(field);
    });

    it('PATCH refuses name: null, a long name and unknown fields (400), and changes nothing', async () => {
      const id = await createCompany(t, tenantId, { name: 'Steady Ltd' });
      for (const body of [{ name: null }, { name: 'y'.repeat(201) }, { id: randomUUID() }, { name: 'A\u0000' }]) {
        expectProblem(await as(owner).patch(`${base()}/${id}`, body), 400, 'VALIDATION_FAILED');
      }
      expect((await as(owner).get(`${base()}/${id}`).expect(200)).body.name).toBe('Steady Ltd');
    });
  });

  describe('not found and not a member', () => {
    it("answers 404 COMPANY_NOT_FOUND for an unknown id, a non-UUID and another tenant's company, on every route", async () => {
      const other = await newTenant('Foreign Ltd');
      const foreign = await createCompany(t, other.tenantId, { name: 'Foreign Company' });
      for (const id of [randomUUID(), 'not-a-uuid', foreign, foreign.toUpperCase()]) {
        expectProblem(await as(owner).get(`${base()}/${id}`), 404, 'COMPANY_NOT_FOUND');
        expectProblem(await as(owner).patch(`${base()}/${id}`, { name: 'Stolen' }), 404, 'COMPANY_NOT_FOUND');
        expectProblem(await as(owner).delete(`${base()}/${id}`), 404, 'COMPANY_NOT_FOUND');
      }
      expect(
        (
          await as(other.owner)
            .get(`${base(other.tenantId)}/${foreign}`)
            .expect(200)
        ).body.name,
      ).toBe('Foreign Company');
      expect(names((await as(owner).get(`${base()}?limit=100`).expect(200)).body.items)).not.toContain('Foreign Company');
    });

    it('answers 404 TENANT_NOT_FOUND to a non-member and 401 without a session', async () => {
      const outsider = await account();
      const id = await createCompany(t, tenantId);
      for (const res of [
        await as(outsider).get(base()),
        await as(outsider).post(base(), { name: 'Intruder Ltd' }),
        await as(outsider).get(`${base()}/${id}`),
        await as(outsider).patch(`${base()}/${id}`, { name: 'Intruder Ltd' }),
        await as(outsider).delete(`${base()}/${id}`),
        await as(outsider).get(base('not-a-uuid')),
      ]) {
        expectProblem(res, 404, 'TENANT_NOT_FOUND');
      }
      expectProblem(await t.http.get(base()), 401, 'UNAUTHORIZED');
    });
  });

  describe('roles', () => {
    let roleTenant: string;
    let roleOwner: Who;
    let mine: string;

    beforeAll(async () => {
      ({ owner: roleOwner, tenantId: roleTenant } = await newTenant('Roles Ltd'));
      mine = await createCompany(t, roleTenant, { name: 'Existing Co' });
    });

    it.each(['superadmin', 'admin', 'member'] as const)(
      '%s (member: with the built-in full set) creates, reads, changes and deletes',
      async (role) => {
        const who = await signUpMember(t, roleTenant, role);
        const id = (
          await as(who)
            .post(base(roleTenant), { name: `Made by ${role}` })
            .expect(201)
        ).body.id;
        expect(
          names(
            (
              await as(who)
                .get(`${base(roleTenant)}?limit=100`)
                .expect(200)
            ).body.items,
          ),
        ).toEqual(expect.arrayContaining(['Existing Co', `Made by ${role}`]));
        await as(who)
          .get(`${base(roleTenant)}/${mine}`)
          .expect(200);
        await as(who)
          .patch(`${base(roleTenant)}/${id}`, { taxId: 'X-1' })
          .expect(200);
        await as(who)
          .delete(`${base(roleTenant)}/${id}`)
          .expect(204);
      },
    );

    it('a member with a read-only set lists and reads but gets 403 FORBIDDEN on create, change and delete', async () => {
      const setId = await createPermissionSet(t, roleTenant, roleOwner.userId, {
        name: 'Companies read-only',
        rules: [{ action: 'read', subject: 'Company' }],
      });
      const reader = await signUpMember(t, roleTenant, 'member', { permissionSetId: setId });
      await as(reader).get(base(roleTenant)).expect(200);
      await as(reader)
        .get(`${base(roleTenant)}/${mine}`)
        .expect(200);
      expectProblem(await as(reader).post(base(roleTenant), { name: 'Nope Ltd' }), 403, 'FORBIDDEN');
      expectProblem(await as(reader).patch(`${base(roleTenant)}/${mine}`, { name: 'Nope Ltd' }), 403, 'FORBIDDEN');
      expectProblem(await as(reader).delete(`${base(roleTenant)}/${mine}`), 403, 'FORBIDDEN');
    });

    it('a member whose set has no company rule gets 403 FORBIDDEN on every route; a contact 403 NO_PANEL_ACCESS', async () => {
      const setId = await createPermissionSet(t, roleTenant, roleOwner.userId, {
        name: 'Members only',
        rules: [{ action: 'read', subject: 'Member' }],
      });
      const none = await signUpMember(t, roleTenant, 'member', { permissionSetId: setId });
      expectProblem(await as(none).get(base(roleTenant)), 403, 'FORBIDDEN');
      expectProblem(await as(none).get(`${base(roleTenant)}/${mine}`), 403, 'FORBIDDEN');
      expectProblem(await as(none).post(base(roleTenant), { name: 'Nope Ltd' }), 403, 'FORBIDDEN');
      const contact = await signUpMember(t, roleTenant, 'contact');
      expectProblem(await as(contact).get(base(roleTenant)), 403, 'NO_PANEL_ACCESS');
    });

    it('a set condition on companyId narrows what a member sees, even with a value that is not a UUID', async () => {
      const setId = await createPermissionSet(t, roleTenant, roleOwner.userId, {
        name: 'One company',
        rules: [{ action: 'read', subject: 'Company', conditions: { companyId: { $in: [mine, 'not-a-uuid'] } } }],
      });
      const narrow = await signUpMember(t, roleTenant, 'member', { permissionSetId: setId });
      const other = await createCompany(t, roleTenant, { name: 'Hidden by the set' });
      expect(names((await as(narrow).get(base(roleTenant)).expect(200)).body.items)).toEqual(['Existing Co']);
      expectProblem(await as(narrow).get(`${base(roleTenant)}/${other}`), 404, 'COMPANY_NOT_FOUND');
    });
  });

  describe('a client: only its own companies', () => {
    let cTenant: string;
    let cOwner: Who;
    let a: string;
    let b: string;
    let c: string;

    beforeAll(async () => {
      ({ owner: cOwner, tenantId: cTenant } = await newTenant('Clients Ltd'));
      a = await createCompany(t, cTenant, { name: 'A Client Co' });
      b = await createCompany(t, cTenant, { name: 'b Client Co' });
      c = await createCompany(t, cTenant, { name: 'C Not Mine' });
    });

    const client = async (companyIds: string[], permissionSetId?: string) => {
      const who = await signUpMember(t, cTenant, 'client', { permissionSetId });
      await setMemberCompanies(t, cTenant, who.membershipId, companyIds);
      return who;
    };

    it('lists and reads only its companies; another company of the tenant is 404 on every route; it creates none (403)', async () => {
      const who = await client([b, a]);
      const list = await as(who).get(base(cTenant)).expect(200);
      expect(names(list.body.items)).toEqual(['A Client Co', 'b Client Co']);
      expect(
        (
          await as(who)
            .get(`${base(cTenant)}?q=Not`)
            .expect(200)
        ).body.items,
      ).toEqual([]);
      await as(who)
        .get(`${base(cTenant)}/${a}`)
        .expect(200);
      expectProblem(await as(who).get(`${base(cTenant)}/${c}`), 404, 'COMPANY_NOT_FOUND');
      expectProblem(await as(who).patch(`${base(cTenant)}/${c}`, { name: 'Mine now' }), 404, 'COMPANY_NOT_FOUND');
      expectProblem(await as(who).delete(`${base(cTenant)}/${c}`), 404, 'COMPANY_NOT_FOUND');
      expectProblem(await as(who).post(base(cTenant), { name: 'My new company' }), 403, 'FORBIDDEN');
      expect(
        (
          await as(cOwner)
            .get(`${base(cTenant)}/${c}`)
            .expect(200)
        ).body.name,
      ).toBe('C Not Mine');
    });

    it("with the full set changes its own company's tax id, never its name (403), and cannot delete one it is linked to (409 COMPANY_IN_USE)", async () => {
      const who = await client([a]);
      await as(who)
        .patch(`${base(cTenant)}/${a}`, { taxId: 'CLIENT-1' })
        .expect(200);
      // Names are unique in the tenant: a rename would tell a client which other customers exist.
      const before = (
        await as(who)
          .get(`${base(cTenant)}/${a}`)
          .expect(200)
      ).body.name;
      for (const name of ['Some Other Name', before.toUpperCase()]) {
        expectProblem(await as(who).patch(`${base(cTenant)}/${a}`, { name }), 403, 'FORBIDDEN');
      }
      await as(who)
        .patch(`${base(cTenant)}/${a}`, { name: before })
        .expect(200);
      expectProblem(await as(who).delete(`${base(cTenant)}/${a}`), 409, 'COMPANY_IN_USE');
    });

    it('with a read-only set reads its companies and gets 403 on changing them; with no companies it sees none', async () => {
      const setId = await createPermissionSet(t, cTenant, cOwner.userId, {
        name: 'Client read',
        rules: [{ action: 'read', subject: 'Company' }],
      });
      const reader = await client([b], setId);
      expect(names((await as(reader).get(base(cTenant)).expect(200)).body.items)).toEqual(['b Client Co']);
      expectProblem(await as(reader).patch(`${base(cTenant)}/${b}`, { name: 'Renamed' }), 403, 'FORBIDDEN');
      // No update rule at all: the guard answers before any row is read, whichever the id (no existence leak).
      expectProblem(await as(reader).patch(`${base(cTenant)}/${c}`, { name: 'Renamed' }), 403, 'FORBIDDEN');
      expectProblem(await as(reader).patch(`${base(cTenant)}/${randomUUID()}`, { name: 'Renamed' }), 403, 'FORBIDDEN');
      const lonely = await client([]);
      expect((await as(lonely).get(base(cTenant)).expect(200)).body).toEqual({ items: [], nextCursor: null });
    });

    it("a set condition cannot widen a client's scope: it is ANDed with the client's companies", async () => {
      const setId = await createPermissionSet(t, cTenant, cOwner.userId, {
        name: 'Client wide?',
        rules: [{ action: 'read', subject: 'Company', conditions: { companyId: { $in: [a, c] } } }],
      });
      const who = await client([a, b], setId);
      expect(names((await as(who).get(base(cTenant)).expect(200)).body.items)).toEqual(['A Client Co']);
      expectProblem(await as(who).get(`${base(cTenant)}/${c}`), 404, 'COMPANY_NOT_FOUND');
    });

    it('a change of its companies applies from its next request', async () => {
      const who = await client([a]);
      expect(names((await as(who).get(base(cTenant)).expect(200)).body.items)).toEqual(['A Client Co']);
      await as(cOwner)
        .patch(`/api/v1/tenants/${cTenant}/members/${who.membershipId}`, { companyIds: [c] })
        .expect(200);
      expect(names((await as(who).get(base(cTenant)).expect(200)).body.items)).toEqual(['C Not Mine']);
      expectProblem(await as(who).get(`${base(cTenant)}/${a}`), 404, 'COMPANY_NOT_FOUND');
    });
  });

  it('is in the catalogue as a company-scoped subject with four unflagged actions', async () => {
    const { body } = await as(owner).get(`/api/v1/tenants/${tenantId}/permissions/catalog`).expect(200);
    const company = body.items.find((s: { subject: string }) => s.subject === 'Company');
    expect(company).toMatchObject({ companyScoped: true, conditionFields: ['companyId'] });
    expect(
      company.actions.map((a: { action: string; ownerOnly: boolean; superadminOnly: boolean; setOnly: boolean }) => [
        a.action,
        a.ownerOnly || a.superadminOnly || a.setOnly,
      ]),
    ).toEqual([
      ['read', false],
      ['create', false],
      ['update', false],
      ['delete', false],
    ]);
  });

  it('is described in the OpenAPI document with operation ids and the codes it answers', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const list = doc.paths['/api/v1/tenants/{tenantId}/companies'];
    const one = doc.paths['/api/v1/tenants/{tenantId}/companies/{companyId}'];
    expect([list.get.operationId, list.post.operationId, one.get.operationId, one.patch.operationId, one.delete.operationId]).toEqual([
      'listCompanies',
      'createCompany',
      'getCompany',
      'updateCompany',
      'deleteCompany',
    ]);
    expect(JSON.stringify(one.delete.responses['409'])).toContain('COMPANY_IN_USE');
    expect(JSON.stringify(list.post.responses['409'])).toContain('COMPANY_NAME_TAKEN');
    expect(JSON.stringify(one.get.responses['404'])).toContain('COMPANY_NOT_FOUND');
    expect(doc.components.schemas.CompanyResponse.required).toEqual(expect.arrayContaining(['id', 'name', 'taxId', 'membersCount']));
  });
});
