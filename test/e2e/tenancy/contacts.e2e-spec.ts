import { IdentityUsers } from '@tenant-iam/identity';
import { MAX_CONTACTS_PER_TENANT } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createMember, signUpMember, ROOMY_PLANS as ROOMY } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

type Session = { accessToken: string; userId: string };

// Contacts over HTTP: the CRUD routes, their filters and pages, validation and the schema behind
// it, who may do what (a client only in its own companies), 404s for foreign tenants and ids,
// the activity entries and the per-tenant limit (contacts and seats: contacts-seats).
describe('tenancy: contacts', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;
  let owner: Session;
  let tenantId: string;
  let other: { owner: Session; tenantId: string; companyId: string };

  const base = (tenant = tenantId) => `/api/v1/tenants/${tenant}/contacts`;
  const post = (body: object, token = owner.accessToken, tenant = tenantId) =>
    t.http.post(base(tenant)).set('Authorization', bearer(token)).send(body);
  const get = (path = '', token = owner.accessToken, tenant = tenantId) =>
    t.http.get(`${base(tenant)}${path}`).set('Authorization', bearer(token));
  const patch = (id: string, body: object, token = owner.accessToken, tenant = tenantId) =>
    t.http
      .patch(`${base(tenant)}/${id}`)
      .set('Authorization', bearer(token))
      .send(body);
  const del = (id: string, token = owner.accessToken, tenant = tenantId) =>
    t.http.delete(`${base(tenant)}/${id}`).set('Authorization', bearer(token));

  /** A client company (the companies routes are built elsewhere: straight into the table). */
  async function company(tenant: string, name = 'Co'): Promise<string> {
    const id = randomUUID();
    await db.query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`, [
      id,
      tenant,
      name,
    ]);
    return id;
  }

  async function newTenant(name: string): Promise<{ owner: Session; tenantId: string }> {
    const o = await signUp(t);
    const userId = (await users.findByEmail(o.email))!.id;
    return { owner: { accessToken: o.accessToken, userId }, tenantId: await createTenant(t, userId, name) };
  }

  /** A signed-up account linked as a client of `companyIds`. */
  async function client(tenant: string, actorUserId: string, companyIds: string[]): Promise<Session> {
    const session = await signUp(t);
    const userId = (await users.findByEmail(session.email))!.id;
    await createMember(t, tenant, actorUserId, { email: session.email, role: 'client', companyIds });
    return { accessToken: session.accessToken, userId };
  }

  const contactBody = (extra: object = {}) => ({
    firstName: 'Anna',
    lastName: 'Kowalska',
    panelAccess: false,
    notificationCategories: ['payments'],
    ...extra,
  });

  /** The tenant's log entries of `action` about `targetId` (newest first; the first page is enough here). */
  const activity = async (action: string, targetId: string, tenant = tenantId) =>
    (
      await t.http.get(`/api/v1/tenants/${tenant}/activity?limit=100`).set('Authorization', bearer(owner.accessToken)).expect(200)
    ).body.items.filter((e: { action: string; target: { id: string } | null }) => e.action === action && e.target?.id === targetId);

  beforeAll(async () => {
    t = await createTestApp({ label: 'contacts', runtime: { plans: ROOMY } });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
    ({ owner, tenantId } = await newTenant('Hosting Ltd'));
    const b = await newTenant('Other Ltd');
    other = { ...b, companyId: await company(b.tenantId, 'Foreign Co') };
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('creates a tenant-level contact: names trimmed, email normalised, phone in E.164, categories in canonical order', async () => {
      const res = await post({
        firstName: '  Anna ',
        lastName: 'Kowalska',
        email: ' Anna.Kowalska@Example.TEST ',
        phone: '+48 512 345 678',
        position: 'Accountant',
        panelAccess: false,
        notificationCategories: ['support', 'payments', 'general'],
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        companyId: null,
        firstName: 'Anna',
        lastName: 'Kowalska',
        email: 'anna.kowalska@example.test',
        phone: '+48512345678',
        position: 'Accountant',
        panelAccess: false,
        notificationCategories: ['general', 'payments', 'support'],
        userId: null,
        createdAt: t.clock.now().toISOString(),
        updatedAt: t.clock.now().toISOString(),
      });
      expect((await get(`/${res.body.id}`).expect(200)).body).toEqual(res.body);
      const [entry] = await activity('contact.created', res.body.id);
      expect(entry).toMatchObject({
        actor: { type: 'user', id: owner.userId },
        target: { type: 'contact', id: res.body.id },
        data: { companyId: null, panelAccess: false },
      });
      // The log holds no personal data of the contact.
      expect(JSON.stringify(entry)).not.toContain('kowalska');
    });

    it('reads national numbers in the tenant profile policy country', async () => {
      await t.http
        .patch(`/api/v1/tenants/${tenantId}`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { profilePolicy: { phoneCountry: 'UA' } } })
        .expect(200);
      try {
        const res = await post(contactBody({ phone: '067 123 45 67' })).expect(201);
        expect(res.body.phone).toBe('+380671234567');
      } finally {
        await t.http
          .patch(`/api/v1/tenants/${tenantId}`)
          .set('Authorization', bearer(owner.accessToken))
          .send({ settings: { profilePolicy: {} } })
          .expect(200);
      }
    });

    it('lists by creation order with cursor pages and the companyId, category and q filters', async () => {
      const { tenantId: tenant, owner: o } = await newTenant('Lists Ltd');
      const c1 = await company(tenant, 'C1');
      const c2 = await company(tenant, 'C2');
      const mk = (body: object) =>
        post(contactBody(body), o.accessToken, tenant)
          .expect(201)
          .then((r) => r.body.id as string);
      const a = await mk({ firstName: 'Zofia', companyId: c1, notificationCategories: ['domains'] });
      const b = await mk({ lastName: 'Nowak_100%', companyId: c2, notificationCategories: ['payments', 'support'] });
      const c = await mk({ email: 'billing@zeta.test', notificationCategories: [] });
      const d = await mk({ position: 'Head of domains', companyId: c1, notificationCategories: ['support'] });
      const ids = async (query: string) =>
        (await get(query, o.accessToken, tenant).expect(200)).body.items.map((x: { id: string }) => x.id) as string[];

      expect(await ids('')).toEqual([a, b, c, d]);
      expect(await ids(`?companyId=${c1}`)).toEqual([a, d]);
      expect(await ids(`?companyId=${randomUUID()}`)).toEqual([]);
      expect(await ids('?category=support')).toEqual([b, d]);
      expect(await ids(`?category=support&companyId=${c1}`)).toEqual([d]);
      expect(await ids('?q=ZOF')).toEqual([a]);
      expect(await ids('?q=zeta')).toEqual([c]);
      expect(await ids('?q=domains')).toEqual([d]);
      // LIKE wildcards are literal.
      expect(await ids('?q=_100%25')).toEqual([b]);
      expect(await ids('?q=%25')).toEqual([b]);

      const first = (await get('?limit=3', o.accessToken, tenant).expect(200)).body;
      expect(first.items.map((x: { id: string }) => x.id)).toEqual([a, b, c]);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = (await get(`?limit=3&cursor=${first.nextCursor}`, o.accessToken, tenant).expect(200)).body;
      expect(second).toEqual({ items: [expect.objectContaining({ id: d })], nextCursor: null });

      expect(fieldErrors(expectProblem(await get('?cursor=nope', o.accessToken, tenant), 400, 'VALIDATION_FAILED'))).toEqual([
        'cursor:INVALID_CURSOR',
      ]);
      const bad = expectProblem(await get('?category=spam&companyId=x&limit=0', o.accessToken, tenant), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(bad)).toEqual(expect.arrayContaining(['category:IS_IN', 'companyId:IS_UUID', 'limit:MIN']));
      expectProblem(await get(`?q=${'x'.repeat(101)}`, o.accessToken, tenant), 400, 'VALIDATION_FAILED');
      // Text PostgreSQL cannot store stops at the edge, never as a database error.
      expectProblem(await get('?q=a%00b', o.accessToken, tenant), 400, 'VALIDATION_FAILED');
    });
  });

  describe('validation and the schema', () => {
    it('refuses malformed bodies with 400 field errors', async () => {
      const cases: [object, string[]][] = [
        [{ lastName: 'X', panelAccess: false, notificationCategories: [] }, ['firstName:IS_STRING']],
        [contactBody({ firstName: '   ' }), ['firstName:IS_NOT_EMPTY']],
        [contactBody({ lastName: 'x'.repeat(101) }), ['lastName:MAX_LENGTH']],
        [contactBody({ panelAccess: undefined }), ['panelAccess:IS_BOOLEAN']],
        [contactBody({ panelAccess: 'yes' }), ['panelAccess:IS_BOOLEAN']],
        [contactBody({ notificationCategories: undefined }), ['notificationCategories:IS_ARRAY']],
        [contactBody({ notificationCategories: ['spam'] }), ['notificationCategories:IS_IN']],
        [contactBody({ notificationCategories: ['payments', 'payments'] }), ['notificationCategories:ARRAY_UNIQUE']],
        [contactBody({ email: 'not-an-address' }), ['email:IS_EMAIL']],
        [contactBody({ email: 'a\u200b@example.test' }), ['email:EMAIL_INVISIBLE_CHARACTERS']],
        [contactBody({ phone: '1'.repeat(33) }), ['phone:MAX_LENGTH']],
        [contactBody({ position: 'p'.repeat(201) }), ['position:MAX_LENGTH']],
        [contactBody({ companyId: 'not-a-uuid' }), ['companyId:IS_UUID']],
        [contactBody({ userId: randomUUID() }), ['userId:UNKNOWN_FIELD']],
      ];
      for (const [body, codes] of cases) {
        const problem = expectProblem(await post(body), 400, 'VALIDATION_FAILED');
        expect({ body, errors: fieldErrors(problem) }).toEqual({ body, errors: expect.arrayContaining(codes) });
      }
    });

    it('answers 422 for an invalid phone and for a company that is not one of this tenant', async () => {
      expect(fieldErrors(expectProblem(await post(contactBody({ phone: '12' })), 422, 'VALIDATION_FAILED'))).toEqual([
        'phone:PHONE_INVALID',
      ]);
      expect(fieldErrors(expectProblem(await post(contactBody({ phone: '+48 512 345 678 ext. 5' })), 422, 'VALIDATION_FAILED'))).toEqual([
        'phone:PHONE_INVALID',
      ]);
      for (const companyId of [other.companyId, randomUUID()]) {
        const problem = expectProblem(await post(contactBody({ companyId })), 422, 'VALIDATION_FAILED');
        expect(fieldErrors(problem)).toEqual(['companyId:UNKNOWN_COMPANY']);
      }
      expect((await db.query('SELECT count(*)::int AS n FROM contacts WHERE company_id = $1', [other.companyId]))[0].n).toBe(0);
    });

    it("the schema itself refuses another tenant's company and an unknown category", async () => {
      const insert = (companyId: string | null, categories: string[]) =>
        db.query(
          `INSERT INTO contacts (id, tenant_id, company_id, first_name, last_name, panel_access, notification_categories, created_at, updated_at)
           VALUES ($1, $2, $3, 'A', 'B', false, $4::text[], now(), now())`,
          [randomUUID(), tenantId, companyId, categories],
        );
      await expect(insert(other.companyId, [])).rejects.toMatchObject({
        driverError: { code: '23503', constraint: 'contacts_company_fk' },
      });
      await expect(insert(null, ['spam'])).rejects.toMatchObject({
        driverError: { code: '23514', constraint: 'contacts_notification_categories_check' },
      });
    });

    it('deleting a company keeps its contacts as the tenant’s own (only company_id is cleared)', async () => {
      const co = await company(tenantId, 'Short-lived');
      const id = (await post(contactBody({ companyId: co })).expect(201)).body.id;
      await db.query('DELETE FROM companies WHERE tenant_id = $1 AND id = $2', [tenantId, co]);
      expect((await get(`/${id}`).expect(200)).body).toMatchObject({ id, companyId: null });
    });
  });

  describe('change and delete', () => {
    it('changes the fields given, clears with null, logs the changed field names once; an empty change writes nothing', async () => {
      const co = await company(tenantId);
      const created = (await post(contactBody({ email: 'x@example.test', phone: '+48512345678', position: 'CEO' })).expect(201)).body;
      t.clock.advance(60_000);
      const res = await patch(created.id, {
        firstName: 'Ola',
        email: null,
        phone: null,
        position: null,
        companyId: co,
        panelAccess: true,
        notificationCategories: ['support', 'domains'],
      }).expect(200);
      expect(res.body).toEqual({
        ...created,
        firstName: 'Ola',
        email: null,
        phone: null,
        position: null,
        companyId: co,
        panelAccess: true,
        notificationCategories: ['domains', 'support'],
        updatedAt: t.clock.now().toISOString(),
      });
      expect((await activity('contact.updated', created.id)).map((e: { data: unknown }) => e.data)).toEqual([
        { fields: ['companyId', 'firstName', 'email', 'phone', 'position', 'panelAccess', 'notificationCategories'] },
      ]);

      t.clock.advance(60_000);
      const same = await patch(created.id, { firstName: 'Ola', notificationCategories: ['domains', 'support'] }).expect(200);
      expect(same.body).toEqual(res.body);
      expect(await activity('contact.updated', created.id)).toHaveLength(1);

      const moved = await patch(created.id, { companyId: null, phone: '+380 67 123 4567' }).expect(200);
      expect(moved.body).toMatchObject({ companyId: null, phone: '+380671234567' });
    });

    it('refuses bad changes: names cannot be cleared, a foreign company is unknown, a bad phone is 422', async () => {
      const id = (await post(contactBody()).expect(201)).body.id;
      expect(fieldErrors(expectProblem(await patch(id, { firstName: null }), 400, 'VALIDATION_FAILED'))).toContain('firstName:IS_STRING');
      expect(fieldErrors(expectProblem(await patch(id, { panelAccess: null }), 400, 'VALIDATION_FAILED'))).toContain(
        'panelAccess:IS_BOOLEAN',
      );
      expect(fieldErrors(expectProblem(await patch(id, { notificationCategories: null }), 400, 'VALIDATION_FAILED'))).toContain(
        'notificationCategories:IS_ARRAY',
      );
      expect(fieldErrors(expectProblem(await patch(id, { companyId: other.companyId }), 422, 'VALIDATION_FAILED'))).toEqual([
        'companyId:UNKNOWN_COMPANY',
      ]);
      expect(fieldErrors(expectProblem(await patch(id, { phone: 'call me' }), 422, 'VALIDATION_FAILED'))).toEqual(['phone:PHONE_INVALID']);
      expect((await get(`/${id}`).expect(200)).body).toMatchObject({ firstName: 'Anna', companyId: null, phone: null });
    });

    it('deletes a contact (204), then it is gone; the deletion is logged', async () => {
      const id = (await post(contactBody()).expect(201)).body.id;
      await del(id).expect(204);
      expectProblem(await get(`/${id}`), 404, 'CONTACT_NOT_FOUND');
      expectProblem(await del(id), 404, 'CONTACT_NOT_FOUND');
      expect(await activity('contact.deleted', id)).toEqual([expect.objectContaining({ data: { companyId: null } })]);
    });
  });

  describe('who sees what', () => {
    it("answers 404 for another tenant's contact, an unknown id and a non-UUID, and TENANT_NOT_FOUND to a non-member", async () => {
      const foreign = (await post(contactBody(), other.owner.accessToken, other.tenantId).expect(201)).body.id;
      for (const id of [foreign, randomUUID(), 'not-a-uuid']) {
        expectProblem(await get(`/${id}`), 404, 'CONTACT_NOT_FOUND');
        expectProblem(await patch(id, { firstName: 'Hijack' }), 404, 'CONTACT_NOT_FOUND');
        expectProblem(await del(id), 404, 'CONTACT_NOT_FOUND');
      }
      expect((await get(`/${foreign}`, other.owner.accessToken, other.tenantId).expect(200)).body.firstName).toBe('Anna');

      const outsider = await signUp(t);
      const mine = (await post(contactBody()).expect(201)).body.id;
      for (const res of [
        await get('', outsider.accessToken),
        await get(`/${mine}`, outsider.accessToken),
        await post(contactBody(), outsider.accessToken),
        await patch(mine, { firstName: 'X' }, outsider.accessToken),
        await del(mine, outsider.accessToken),
        await get('', outsider.accessToken, randomUUID()),
      ]) {
        expectProblem(res, 404, 'TENANT_NOT_FOUND');
      }
      expectProblem(await t.http.get(base()), 401, 'UNAUTHORIZED');
    });

    it('lets admins and members with the built-in set manage contacts; a read-only set reads; the contact role and blocked members get 403', async () => {
      const admin = await signUpMember(t, tenantId, 'admin');
      const member = await signUpMember(t, tenantId, 'member');
      const readOnlySet = await createPermissionSet(t, tenantId, owner.userId, {
        name: `Contacts read ${randomUUID()}`,
        rules: [{ action: 'read', subject: 'Contact' }],
      });
      const reader = await signUpMember(t, tenantId, 'member', { permissionSetId: readOnlySet });
      const contactRole = await signUpMember(t, tenantId, 'contact');
      const noSet = await createPermissionSet(t, tenantId, owner.userId, { name: `Nothing ${randomUUID()}`, rules: [] });
      const nobody = await signUpMember(t, tenantId, 'member', { permissionSetId: noSet });
      const blocked = await signUpMember(t, tenantId, 'admin', { status: 'blocked' });

      for (const who of [admin, member]) {
        const id = (await post(contactBody(), who.accessToken).expect(201)).body.id;
        await get(`/${id}`, who.accessToken).expect(200);
        await patch(id, { lastName: 'Changed' }, who.accessToken).expect(200);
        await del(id, who.accessToken).expect(204);
      }

      const id = (await post(contactBody()).expect(201)).body.id;
      await get('', reader.accessToken).expect(200);
      await get(`/${id}`, reader.accessToken).expect(200);
      expectProblem(await post(contactBody(), reader.accessToken), 403, 'FORBIDDEN');
      expectProblem(await patch(id, { firstName: 'X' }, reader.accessToken), 403, 'FORBIDDEN');
      expectProblem(await del(id, reader.accessToken), 403, 'FORBIDDEN');

      for (const res of [await get('', nobody.accessToken), await post(contactBody(), nobody.accessToken)])
        expectProblem(res, 403, 'FORBIDDEN');
      for (const res of [await get('', contactRole.accessToken), await get(`/${id}`, contactRole.accessToken)]) {
        expectProblem(res, 403, 'NO_PANEL_ACCESS');
      }
      for (const res of [await get('', blocked.accessToken), await post(contactBody(), blocked.accessToken)]) {
        expectProblem(res, 403, 'MEMBERSHIP_BLOCKED');
      }
    });

    it("narrows a member's set by companyId: the list and reads follow the set's conditions", async () => {
      const co = await company(tenantId, 'Narrow');
      const inCo = (await post(contactBody({ companyId: co })).expect(201)).body.id;
      const outside = (await post(contactBody()).expect(201)).body.id;
      const set = await createPermissionSet(t, tenantId, owner.userId, {
        name: `One company ${randomUUID()}`,
        rules: [
          { action: 'read', subject: 'Contact', conditions: { companyId: co } },
          { action: 'update', subject: 'Contact', conditions: { companyId: { $in: [co, 'not-a-uuid'] } } },
        ],
      });
      const narrow = await signUpMember(t, tenantId, 'member', { permissionSetId: set });
      expect((await get('?limit=100', narrow.accessToken).expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([inCo]);
      await get(`/${inCo}`, narrow.accessToken).expect(200);
      expectProblem(await get(`/${outside}`, narrow.accessToken), 404, 'CONTACT_NOT_FOUND');
      await patch(inCo, { position: 'Narrowed' }, narrow.accessToken).expect(200);
      expectProblem(await del(inCo, narrow.accessToken), 403, 'FORBIDDEN');
    });

    it("limits a client to its own companies' contacts, in lists, reads and writes", async () => {
      const { tenantId: tenant, owner: o } = await newTenant('Virtual Office');
      const mine = await company(tenant, 'Mine');
      const theirs = await company(tenant, 'Theirs');
      const c = await client(tenant, o.userId, [mine]);
      const mk = (body: object) =>
        post(contactBody(body), o.accessToken, tenant)
          .expect(201)
          .then((r) => r.body.id as string);
      const inMine = await mk({ companyId: mine });
      const inTheirs = await mk({ companyId: theirs });
      const tenantLevel = await mk({});

      const list = (query = '') =>
        get(query, c.accessToken, tenant)
          .expect(200)
          .then((r) => r.body.items.map((x: { id: string }) => x.id));
      expect(await list()).toEqual([inMine]);
      expect(await list(`?companyId=${theirs}`)).toEqual([]);
      expect(await list('?q=Anna')).toEqual([inMine]);
      await get(`/${inMine}`, c.accessToken, tenant).expect(200);
      for (const id of [inTheirs, tenantLevel]) {
        expectProblem(await get(`/${id}`, c.accessToken, tenant), 404, 'CONTACT_NOT_FOUND');
        expectProblem(await patch(id, { firstName: 'X' }, c.accessToken, tenant), 404, 'CONTACT_NOT_FOUND');
        expectProblem(await del(id, c.accessToken, tenant), 404, 'CONTACT_NOT_FOUND');
      }

      // Creating: only into its companies; another client's company looks like no company at all.
      const created = await post(contactBody({ companyId: mine }), c.accessToken, tenant).expect(201);
      expect(created.body.companyId).toBe(mine);
      expect(
        fieldErrors(expectProblem(await post(contactBody({ companyId: theirs }), c.accessToken, tenant), 422, 'VALIDATION_FAILED')),
      ).toEqual(['companyId:UNKNOWN_COMPANY']);
      expectProblem(await post(contactBody(), c.accessToken, tenant), 403, 'FORBIDDEN');

      // Ids in capitals are the same ids: its own company is its own, another's stays another's.
      const shouted = await post(contactBody({ companyId: mine.toUpperCase() }), c.accessToken, tenant).expect(201);
      expect(shouted.body.companyId).toBe(mine);
      await del(shouted.body.id, c.accessToken, tenant).expect(204);
      expect(
        fieldErrors(
          expectProblem(await patch(inMine, { companyId: theirs.toUpperCase() }, c.accessToken, tenant), 422, 'VALIDATION_FAILED'),
        ),
      ).toEqual(['companyId:UNKNOWN_COMPANY']);

      // Changing: it cannot move a contact out of its companies.
      expect(
        fieldErrors(expectProblem(await patch(inMine, { companyId: theirs }, c.accessToken, tenant), 422, 'VALIDATION_FAILED')),
      ).toEqual(['companyId:UNKNOWN_COMPANY']);
      expectProblem(await patch(inMine, { companyId: null }, c.accessToken, tenant), 403, 'FORBIDDEN');
      await patch(inMine, { position: 'Director' }, c.accessToken, tenant).expect(200);
      await del(created.body.id, c.accessToken, tenant).expect(204);
      expect((await get(`/${inMine}`, o.accessToken, tenant).expect(200)).body).toMatchObject({ companyId: mine, position: 'Director' });
    });
  });

  describe('the contact limit', () => {
    it(`holds under concurrency: ${MAX_CONTACTS_PER_TENANT} per tenant, exactly the free places succeed`, async () => {
      const { tenantId: tenant, owner: o } = await newTenant('Crowded');
      const free = 3;
      await db.query(
        `INSERT INTO contacts (id, tenant_id, first_name, last_name, panel_access, notification_categories, created_at, updated_at)
         SELECT gen_random_uuid(), $1, 'Bulk', 'Contact', false, '{}', now(), now() FROM generate_series(1, $2)`,
        [tenant, MAX_CONTACTS_PER_TENANT - free],
      );
      const results = await Promise.all(Array.from({ length: 20 }, () => post(contactBody(), o.accessToken, tenant)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(free);
      expect(statuses.filter((s) => s === 409)).toHaveLength(20 - free);
      expectProblem(
        results.find((r) => r.status === 409)!,
        409,
        'CONTACT_LIMIT_REACHED',
      );
      expect((await db.query('SELECT count(*)::int AS n FROM contacts WHERE tenant_id = $1', [tenant]))[0].n).toBe(MAX_CONTACTS_PER_TENANT);
    });
  });
});
