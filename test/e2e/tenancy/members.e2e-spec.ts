import { IdentityUsers } from '@tenant-iam/identity';
import { ActivityLog } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember, signUpMember, ROOMY_PLANS as ROOMY } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, GOOD_PASSWORD, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

const NEW_PASSWORD = 'amber-Quarry-whistle-58';

// Listing, reading and adding members over HTTP; changes, blocking and removal are in
// members-changes, the roles table in members-roles, concurrent adds in concurrency/seats.
describe('tenancy: members (list, read, add)', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;
  let owner: { accessToken: string; email: string; userId: string };
  let tenantId: string;

  const base = (tenant = tenantId) => `/api/v1/tenants/${tenant}/members`;
  const post = (body: object, token = owner.accessToken, tenant = tenantId) =>
    t.http.post(base(tenant)).set('Authorization', bearer(token)).send(body);
  const get = (path: string, token = owner.accessToken) => t.http.get(`${base()}${path}`).set('Authorization', bearer(token));
  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });
  const accountCount = async (email: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email.toLowerCase()]))[0].n;
  const builtinSet = async (tenant = tenantId): Promise<string> =>
    (await db.getRepository('PermissionSetEntity').findOneByOrFail({ tenantId: tenant, builtin: true })).id as string;

  /** A permission set of the tenant (no permission-sets service yet: through the entity's repository). */
  async function permissionSet(tenant: string, rules: object[], name = `Set ${randomUUID()}`): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    await db
      .getRepository('PermissionSetEntity')
      .insert({ id, tenantId: tenant, name, builtin: false, fullAccess: false, rules, version: 1, createdAt: now, updatedAt: now });
    return id;
  }

  /** A client company (no companies service yet). */
  async function company(tenant: string): Promise<string> {
    const id = randomUUID();
    // Names are unique per tenant.
    await db.query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`, [
      id,
      tenant,
      `Co ${id}`,
    ]);
    return id;
  }

  async function newTenant(name: string) {
    const o = await signUp(t);
    const userId = (await users.findByEmail(o.email))!.id;
    return { owner: { ...o, userId }, tenantId: await createTenant(t, userId, name) };
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'members', runtime: { plans: ROOMY } });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
    ({ owner, tenantId } = await newTenant('Members Ltd'));
  });
  afterAll(() => t.close());

  describe('POST /members: a new account', () => {
    it('by default mails a set-password link: the account cannot log in until its owner sets a password there', async () => {
      const email = uniqueEmail('Link');
      const res = await post({
        email,
        role: 'member',
        firstName: 'Olga',
        lastName: 'Lis',
        phone: '+48 512 345 678',
        // Attributes the reference app declares (the telephony-crm example's); unknown names are refused.
        attributes: { sipExtension: '12', maxConcurrentCalls: 2 },
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        userId: expect.any(String),
        email: email.toLowerCase(),
        firstName: 'Olga',
        lastName: 'Lis',
        phone: '+48512345678',
        role: 'member',
        status: 'active',
        permissionSetId: await builtinSet(),
        companyIds: [],
        groupIds: [],
        attributes: { sipExtension: '12', maxConcurrentCalls: 2 },
        createdAt: t.clock.now().toISOString(),
      });
      expect(res.body).not.toHaveProperty('generatedPassword');
      expect(await users.findById(res.body.userId)).toMatchObject({ status: 'pending', emailVerified: false });
      expect((await db.query('SELECT invited_by, account_created FROM memberships WHERE id = $1', [res.body.id]))[0]).toEqual({
        invited_by: owner.userId,
        account_created: true,
      });
      expectProblem(await login(email, GOOD_PASSWORD), 401, 'INVALID_CREDENTIALS');

      const mail = await t.mail.waitFor((m) => m.to.includes(email.toLowerCase()) && m.text.includes('/set-password?token='));
      expect(mail.text).toContain('Members Ltd');
      const token = await tokenFromMail(t, email.toLowerCase(), 'set-password');
      await t.http.post('/api/v1/auth/password/reset').send({ token, password: NEW_PASSWORD }).expect(200);
      await login(email, NEW_PASSWORD).expect(200);
    });

    it('with mode "set" the account logs in at once; sendCredentials mails a notice without the password', async () => {
      const email = uniqueEmail('set');
      const res = await post({ email, role: 'admin', password: { mode: 'set', value: NEW_PASSWORD }, sendCredentials: true }).expect(201);
      expect(res.body).toMatchObject({ role: 'admin', permissionSetId: null });
      expect(await users.findById(res.body.userId)).toMatchObject({ status: 'active', emailVerified: true });
      await login(email, NEW_PASSWORD).expect(200);
      const notice = await t.mail.waitFor((m) => m.to.includes(email));
      expect(notice.text).not.toContain(NEW_PASSWORD);
      expect(notice.text).not.toContain('token=');
    });

    it('with mode "generate" returns a password once that logs in; it is never mailed nor shown again', async () => {
      const email = uniqueEmail('gen');
      const res = await post({ email, role: 'member', password: { mode: 'generate' }, sendCredentials: true }).expect(201);
      const password: string = res.body.generatedPassword;
      expect(password.length).toBeGreaterThanOrEqual(20);
      for (const cls of [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/]) expect(password).toMatch(cls);
      await login(email, password).expect(200);
      const notice = await t.mail.waitFor((m) => m.to.includes(email));
      expect(notice.text).not.toContain(password);
      const again = await get(`/${res.body.id}`).expect(200);
      expect(again.body).not.toHaveProperty('generatedPassword');
      expect(JSON.stringify(await db.query('SELECT * FROM memberships WHERE id = $1', [res.body.id]))).not.toContain(password);
    });

    it('refuses a "set" password that the tenant policy (stricter than the account one) refuses: 422 PASSWORD_POLICY, nothing created', async () => {
      const strict = await newTenant('Strict Ltd');
      await db
        .getRepository('TenantEntity')
        .update({ id: strict.tenantId }, { settings: { passwordPolicy: { minLength: 16, requireSymbol: true } }, settingsVersion: 2 });
      const email = uniqueEmail('weak');
      // 12 characters and no symbol: fine for accounts (minLength 10), not for this tenant.
      const weak = 'Vq7mTz3kRp9w';
      const body = expectProblem(
        await post({ email, role: 'member', password: { mode: 'set', value: weak } }, strict.owner.accessToken, strict.tenantId),
        422,
        'PASSWORD_POLICY',
      );
      expect(fieldErrors(body)).toEqual(expect.arrayContaining(['password:PASSWORD_TOO_SHORT', 'password:PASSWORD_NEEDS_SYMBOL']));
      expect(await accountCount(email)).toBe(0);
      // The same password is fine in a tenant without a policy of its own.
      await post({ email, role: 'member', password: { mode: 'set', value: weak } }).expect(201);
      // A generated one satisfies the stricter policy.
      const gen = uniqueEmail('gen-strict');
      const res = await post(
        { email: gen, role: 'member', password: { mode: 'generate' } },
        strict.owner.accessToken,
        strict.tenantId,
      ).expect(201);
      await login(gen, res.body.generatedPassword).expect(200);
    });

    it('applies the profile policy of the tenant to a new account: 422 PROFILE_POLICY per field, 409 PHONE_TAKEN', async () => {
      const ua = await newTenant('Маркетплейс');
      await db.getRepository('TenantEntity').update(
        { id: ua.tenantId },
        {
          settings: {
            profilePolicy: {
              nameScript: 'cyrillic',
              nameMinLength: 2,
              requirePhone: true,
              phoneCountry: 'UA',
              phonePrefixes: ['067', '068', '096', '097', '098', '050', '066', '095', '099', '063', '073', '093'],
              uniquePhone: true,
            },
          },
          settingsVersion: 2,
        },
      );
      const add = (body: object) => post({ role: 'member', ...body }, ua.owner.accessToken, ua.tenantId);
      const email = uniqueEmail('ua');
      const bad = expectProblem(await add({ email, firstName: 'Ivan', lastName: 'Я', phone: '044 123 45 67' }), 422, 'PROFILE_POLICY');
      expect(fieldErrors(bad)).toEqual(['firstName:NAME_SCRIPT', 'lastName:NAME_TOO_SHORT', 'phone:PHONE_PREFIX_NOT_ALLOWED']);
      expect(bad.errors.every((e: { message?: string }) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
      expect(fieldErrors(expectProblem(await add({ email, firstName: 'Олена', lastName: 'Коваль' }), 422, 'PROFILE_POLICY'))).toEqual([
        'phone:PHONE_REQUIRED',
      ]);
      expect(await accountCount(email)).toBe(0);

      const ok = await add({ email, firstName: 'Олена', lastName: 'Коваль', phone: '067 123 45 67' }).expect(201);
      expect(ok.body).toMatchObject({ firstName: 'Олена', lastName: 'Коваль', phone: '+380671234567' });
      const other = uniqueEmail('ua2');
      expectProblem(await add({ email: other, firstName: 'Іван', lastName: 'Шевченко', phone: '+380671234567' }), 409, 'PHONE_TAKEN');
      expect(await accountCount(other)).toBe(0);
      await add({ email: other, firstName: 'Іван', lastName: 'Шевченко', phone: '+380681234567' }).expect(201);

      // An existing account is linked as it is: the policy is for accounts the tenant creates.
      const latin = await signUp(t);
      await add({ email: latin.email }).expect(201);
    });
  });

  describe('POST /members: an existing account', () => {
    it('links it whatever the spelling of the email, with its password and profile untouched and no second account', async () => {
      const other = await newTenant('Other Ltd');
      const person = await signUp(t, { firstName: 'Maria' });
      await post({ email: person.email, role: 'member' }, other.owner.accessToken, other.tenantId).expect(201);
      const res = await post({
        email: `  ${person.email.toUpperCase()} `,
        role: 'client',
        firstName: 'Changed',
        phone: '+48 600 000 000',
        password: { mode: 'set', value: NEW_PASSWORD },
      }).expect(201);
      expect(res.body).toMatchObject({ email: person.email, firstName: 'Maria', lastName: 'Nowak', phone: null, role: 'client' });
      expect(res.body).not.toHaveProperty('generatedPassword');
      expect(res.body.userId).toBe((await users.findByEmail(person.email))!.id);
      expect(await accountCount(person.email)).toBe(1);
      await login(person.email, person.password).expect(200);
      expectProblem(await login(person.email, NEW_PASSWORD), 401, 'INVALID_CREDENTIALS');
      expect((await db.query('SELECT account_created FROM memberships WHERE id = $1', [res.body.id]))[0].account_created).toBe(false);
    });

    it('answers 409 EMAIL_TAKEN for an account that is already a member here, the owner included', async () => {
      const person = await signUp(t);
      await post({ email: person.email, role: 'member' }).expect(201);
      expectProblem(await post({ email: person.email, role: 'admin' }), 409, 'EMAIL_TAKEN');
      expectProblem(await post({ email: owner.email, role: 'admin' }), 409, 'EMAIL_TAKEN');
    });
  });

  describe('POST /members: sets, companies and the body', () => {
    it("gives members and clients the built-in set, or a set of this tenant; refuses another tenant's and unknown ones", async () => {
      const custom = await permissionSet(tenantId, [{ action: 'read', subject: 'Member' }]);
      const other = await newTenant('Foreign sets');
      const foreign = await permissionSet(other.tenantId, []);
      const client = await post({ email: uniqueEmail(), role: 'client' }).expect(201);
      expect(client.body.permissionSetId).toBe(await builtinSet());
      const withSet = await post({ email: uniqueEmail(), role: 'member', permissionSetId: custom }).expect(201);
      expect(withSet.body.permissionSetId).toBe(custom);
      const admin = await post({ email: uniqueEmail(), role: 'admin', permissionSetId: custom }).expect(201);
      expect(admin.body.permissionSetId).toBe(custom);
      for (const id of [foreign, randomUUID()]) {
        const email = uniqueEmail();
        expect(fieldErrors(expectProblem(await post({ email, role: 'member', permissionSetId: id }), 422, 'VALIDATION_FAILED'))).toEqual([
          'permissionSetId:UNKNOWN_PERMISSION_SET',
        ]);
        expect(await accountCount(email)).toBe(0);
      }
      for (const role of ['superadmin', 'contact']) {
        expect(
          fieldErrors(expectProblem(await post({ email: uniqueEmail(), role, permissionSetId: custom }), 422, 'VALIDATION_FAILED')),
        ).toEqual(['permissionSetId:NOT_APPLICABLE']);
        const plain = await post({ email: uniqueEmail(), role }).expect(201);
        expect(plain.body.permissionSetId).toBeNull();
      }
    });

    it("links companies of this tenant; another tenant's or an unknown company is 422 companyIds: UNKNOWN_COMPANY", async () => {
      const [a, b] = [await company(tenantId), await company(tenantId)];
      const res = await post({ email: uniqueEmail(), role: 'client', companyIds: [b, a] }).expect(201);
      expect(res.body.companyIds).toEqual([a, b].sort());
      const other = await newTenant('Foreign companies');
      const foreign = await company(other.tenantId);
      for (const id of [foreign, randomUUID()]) {
        const email = uniqueEmail();
        expect(fieldErrors(expectProblem(await post({ email, role: 'client', companyIds: [a, id] }), 422, 'VALIDATION_FAILED'))).toEqual([
          'companyIds:UNKNOWN_COMPANY',
        ]);
        expect(await accountCount(email)).toBe(0);
      }
    });

    it.each([
      ['the role owner', { role: 'owner' }, 'role:IS_IN'],
      ['a contact id that is no uuid', { role: 'member', fromContactId: 'nope' }, 'fromContactId:IS_UUID'],
      ['nested attributes', { role: 'member', attributes: { nested: { a: 1 } } }, 'attributes:MEMBER_ATTRIBUTES'],
      ['array attributes', { role: 'member', attributes: ['a'] }, 'attributes:MEMBER_ATTRIBUTES'],
      [
        '51 attributes',
        { role: 'member', attributes: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
        'attributes:MEMBER_ATTRIBUTES',
      ],
      ['attributes over 8 KiB', { role: 'member', attributes: { big: 'x'.repeat(9000) } }, 'attributes:MEMBER_ATTRIBUTES'],
      ['"set" without a value', { role: 'member', password: { mode: 'set' } }, 'password.value:PASSWORD_VALUE'],
      ['"generate" with a value', { role: 'member', password: { mode: 'generate', value: 'x' } }, 'password.value:PASSWORD_VALUE'],
      ['an unknown password mode', { role: 'member', password: { mode: 'email' } }, 'password.mode:IS_IN'],
      ['a company id that is no uuid', { role: 'member', companyIds: ['nope'] }, 'companyIds:IS_UUID'],
    ] as [string, object, string][])('refuses %s with 400 naming the field', async (_label, extra, field) => {
      const email = uniqueEmail();
      expect(fieldErrors(expectProblem(await post({ email, ...extra }), 400, 'VALIDATION_FAILED'))).toContain(field);
      expect(await accountCount(email)).toBe(0);
    });

    it("records member.added in the tenant log and in the member's log", async () => {
      const res = await post({ email: uniqueEmail('logged'), role: 'member' }).expect(201);
      const page = await t.app.get(ActivityLog).page(tenantId, {});
      expect(page.items[0]).toMatchObject({
        action: 'member.added',
        actor: { type: 'user', id: owner.userId },
        target: { type: 'member', id: res.body.id },
        data: { role: 'member', accountCreated: true },
      });
      const mine = await get(`/${res.body.id}/activity`).expect(200);
      expect(mine.body.items.map((e: { action: string }) => e.action)).toEqual(['member.added']);
    });
  });

  describe('GET /members and /members/:id', () => {
    let listTenant: string;
    let listOwner: { accessToken: string; userId: string };
    const created: { id: string; email: string; role: string }[] = [];
    const list = (query = '', token = listOwner.accessToken) =>
      t.http.get(`${base(listTenant)}${query}`).set('Authorization', bearer(token));

    beforeAll(async () => {
      const made = await newTenant('List Ltd');
      listTenant = made.tenantId;
      listOwner = made.owner;
      const specs: [string, string, string][] = [
        ['alice_smith', 'admin', 'Alice'],
        ['alicexsmith', 'member', 'Alicja'],
        ['bob', 'client', 'Bob'],
        ['carol', 'client', 'Carol'],
        ['dave%', 'member', 'Dawid'],
      ];
      for (const [local, role, firstName] of specs) {
        const email = `${local}.${randomUUID().slice(0, 8)}@example.test`;
        const res = await post({ email, role, firstName, lastName: 'Zielińska' }, listOwner.accessToken, listTenant).expect(201);
        created.push({ id: res.body.id, email, role });
      }
    });

    it('lists every member by membership id, the owner first with role owner and without their own permissionSetId', async () => {
      const res = await list().expect(200);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items.map((m: { role: string }) => m.role)).toEqual(['owner', 'admin', 'member', 'client', 'client', 'member']);
      expect(res.body.items[0]).toMatchObject({ userId: listOwner.userId, role: 'owner', companyIds: [], groupIds: [] });
      expect(res.body.items[0]).not.toHaveProperty('permissionSetId');
      expect(res.body.items[1]).toHaveProperty('permissionSetId', null);
      expect(res.body.items.slice(1).map((m: { id: string }) => m.id)).toEqual(created.map((c) => c.id));
    });

    it('filters by role, status and q (email, first or last name, case-insensitive, % and _ literal)', async () => {
      const ids = async (query: string) => (await list(query).expect(200)).body.items.map((m: { id: string }) => m.id);
      expect(await ids('?role=client')).toEqual([created[2].id, created[3].id]);
      expect(await ids('?status=blocked')).toEqual([]);
      expect(await ids('?q=ALICE')).toEqual([created[0].id, created[1].id]);
      expect(await ids('?q=alice_')).toEqual([created[0].id]);
      expect(await ids('?q=%25')).toEqual([created[4].id]);
      expect(await ids('?q=alicj')).toEqual([created[1].id]);
      expect((await ids('?q=zielińska')).length).toBe(5);
      expect(await ids('?q=zielińska&role=member')).toEqual([created[1].id, created[4].id]);
      expect(await ids('?q=nobody-here')).toEqual([]);
      expect(fieldErrors(expectProblem(await list(`?q=${'a'.repeat(101)}`), 400, 'VALIDATION_FAILED'))).toEqual(['q:MAX_LENGTH']);
      expect(fieldErrors(expectProblem(await list('?role=king'), 400, 'VALIDATION_FAILED'))).toEqual(['role:IS_IN']);
    });

    it('pages with limit and cursor without gaps or repeats; a forged cursor is 400', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await list(
          `?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(4);
        seen.push(...res.body.items.map((m) => m.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(6);
      expect([...seen].sort()).toEqual(seen);
      expect(new Set(seen).size).toBe(6);
      expect(fieldErrors(expectProblem(await list('?cursor=garbage'), 400, 'VALIDATION_FAILED'))).toEqual(['cursor:INVALID_CURSOR']);
    });

    it('shows only the members a granular set lets the caller read; the others are 404 MEMBER_NOT_FOUND', async () => {
      const onlyClients = await permissionSet(listTenant, [{ action: 'read', subject: 'Member', conditions: { role: 'client' } }]);
      const reader = await signUpMember(t, listTenant, 'member', { permissionSetId: onlyClients });
      const res = await list('', reader.accessToken).expect(200);
      expect(res.body.items.map((m: { id: string }) => m.id)).toEqual([created[2].id, created[3].id]);
      await t.http
        .get(`${base(listTenant)}/${created[2].id}`)
        .set('Authorization', bearer(reader.accessToken))
        .expect(200);
      // The ability's condition and the filters share one statement: their parameters must not collide.
      const page1 = await list('?q=zielińska&role=client&limit=1', reader.accessToken).expect(200);
      expect(page1.body.items.map((m: { id: string }) => m.id)).toEqual([created[2].id]);
      const page2 = await list(`?q=zielińska&role=client&limit=1&cursor=${page1.body.nextCursor}`, reader.accessToken).expect(200);
      expect(page2.body).toEqual({ items: [expect.objectContaining({ id: created[3].id })], nextCursor: null });
      expect((await list('?role=admin', reader.accessToken).expect(200)).body.items).toEqual([]);
      for (const hidden of [created[0].id, created[1].id, reader.membershipId]) {
        expectProblem(
          await t.http.get(`${base(listTenant)}/${hidden}`).set('Authorization', bearer(reader.accessToken)),
          404,
          'MEMBER_NOT_FOUND',
        );
      }
      // With the full set, everyone.
      const full = await signUpMember(t, listTenant, 'member');
      expect((await list('', full.accessToken).expect(200)).body.items).toHaveLength(8);
    });

    it('reads one member; an unknown id, a non-uuid id and a member of another tenant are 404 MEMBER_NOT_FOUND', async () => {
      const one = await t.http
        .get(`${base(listTenant)}/${created[2].id}`)
        .set('Authorization', bearer(listOwner.accessToken))
        .expect(200);
      expect(one.body).toMatchObject({
        id: created[2].id,
        email: created[2].email,
        role: 'client',
        firstName: 'Bob',
        lastName: 'Zielińska',
      });
      const foreign = await addMember(t, tenantId, (await users.findByEmail((await signUp(t)).email))!.id, 'member');
      for (const id of [randomUUID(), 'not-a-uuid', foreign]) {
        expectProblem(
          await t.http.get(`${base(listTenant)}/${id}`).set('Authorization', bearer(listOwner.accessToken)),
          404,
          'MEMBER_NOT_FOUND',
        );
      }
    });
  });
});
