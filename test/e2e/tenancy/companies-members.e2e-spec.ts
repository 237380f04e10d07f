import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createCompany, setMemberCompanies } from '../../support/factories/companies';
import { ROOMY_PLANS, signUpMember } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Who {
  accessToken: string;
  userId: string;
}

const PASSWORD = 'amber-Quarry-whistle-58';

// Members and their client companies: replacing a member's companies, the members filter, what a
// client sees of other members, the "switch company" list, and creating a client user end to end.
describe('tenancy: members of client companies', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Who;
  let tenantId: string;

  const members = (tenant = tenantId) => `/api/v1/tenants/${tenant}/members`;
  const get = (who: Who, path: string) => t.http.get(path).set('Authorization', bearer(who.accessToken));
  const patch = (who: Who, path: string, body: object) => t.http.patch(path).set('Authorization', bearer(who.accessToken)).send(body);
  const post = (who: Who, path: string, body: object) => t.http.post(path).set('Authorization', bearer(who.accessToken)).send(body);
  const companiesOf = async (membershipId: string): Promise<string[]> =>
    (await db.query('SELECT company_id FROM membership_companies WHERE membership_id = $1 ORDER BY company_id', [membershipId])).map(
      (r: { company_id: string }) => r.company_id,
    );
  const changes = async (membershipId: string) =>
    (
      await db.query(`SELECT data FROM activity_log WHERE action = 'member.companies_changed' AND target_id = $1 ORDER BY id`, [
        membershipId,
      ])
    ).map((r: { data: object }) => r.data);

  async function account(): Promise<Who> {
    const s = await signUp(t);
    return { accessToken: s.accessToken, userId: (await t.app.get(IdentityUsers).findByEmail(s.email))!.id };
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'companies-members', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    owner = await account();
    tenantId = await createTenant(t, owner.userId, 'Office Ltd');
  });
  afterAll(() => t.close());

  describe('PATCH /members/:memberId companyIds', () => {
    it('replaces the set, logs member.companies_changed with what was linked and unlinked, and logs nothing when unchanged', async () => {
      const [a, b, c] = [await createCompany(t, tenantId), await createCompany(t, tenantId), await createCompany(t, tenantId)];
      const who = await signUpMember(t, tenantId, 'client');
      const first = await patch(owner, `${members()}/${who.membershipId}`, { companyIds: [b, a] }).expect(200);
      expect(first.body.companyIds).toEqual([a, b].sort());
      const second = await patch(owner, `${members()}/${who.membershipId}`, { companyIds: [c, b] }).expect(200);
      expect(second.body.companyIds).toEqual([b, c].sort());
      expect(await companiesOf(who.membershipId)).toEqual([b, c].sort());
      // The same set in another order, and upper-case ids: no change.
      await patch(owner, `${members()}/${who.membershipId}`, { companyIds: [b.toUpperCase(), c] }).expect(200);
      // Other fields leave the companies alone.
      await patch(owner, `${members()}/${who.membershipId}`, { attributes: { queueRole: 'agent' } }).expect(200);
      expect(await companiesOf(who.membershipId)).toEqual([b, c].sort());
      expect(await changes(who.membershipId)).toEqual([
        { added: [a, b].sort(), removed: [] },
        { added: [c], removed: [a] },
      ]);
      const log = await get(owner, `${members()}/${who.membershipId}/activity`).expect(200);
      expect(log.body.items.filter((e: { action: string }) => e.action === 'member.companies_changed')).toHaveLength(2);

      // [] and null unlink every one.
      expect((await patch(owner, `${members()}/${who.membershipId}`, { companyIds: [] }).expect(200)).body.companyIds).toEqual([]);
      await patch(owner, `${members()}/${who.membershipId}`, { companyIds: [a] }).expect(200);
      expect((await patch(owner, `${members()}/${who.membershipId}`, { companyIds: null }).expect(200)).body.companyIds).toEqual([]);
      expect(await changes(who.membershipId)).toHaveLength(5);
    });

    it("answers 422 companyIds: UNKNOWN_COMPANY for an unknown or another tenant's company, and changes nothing", async () => {
      const mine = await createCompany(t, tenantId);
      const otherOwner = await account();
      const otherTenant = await createTenant(t, otherOwner.userId, 'Other Office');
      const foreign = await createCompany(t, otherTenant);
      const who = await signUpMember(t, tenantId, 'client');
      await setMemberCompanies(t, tenantId, who.membershipId, [mine]);
      for (const id of [foreign, randomUUID()]) {
        const res = await patch(owner, `${members()}/${who.membershipId}`, { companyIds: [mine, id], role: 'member' });
        const body = expectProblem(res, 422, 'VALIDATION_FAILED');
        expect(fieldErrors(body)).toEqual(['companyIds:UNKNOWN_COMPANY']);
        expect(body.errors[0].params).toEqual({ ids: [id] });
      }
      // The whole change rolled back: role and companies as before.
      expect((await get(owner, `${members()}/${who.membershipId}`).expect(200)).body).toMatchObject({ role: 'client', companyIds: [mine] });
      expect(await changes(who.membershipId)).toHaveLength(1);
    });

    it('refuses malformed companyIds with 400 (not UUIDs, duplicates, more than 100, not an array)', async () => {
      const who = await signUpMember(t, tenantId, 'client');
      const id = randomUUID();
      for (const companyIds of [['nope'], [id, id], Array.from({ length: 101 }, () => randomUUID()), id, [42], ['\u0000']]) {
        expectProblem(await patch(owner, `${members()}/${who.membershipId}`, { companyIds }), 400, 'VALIDATION_FAILED');
      }
    });

    it('is refused on oneself and on the owner, and needs member management rights', async () => {
      const company = await createCompany(t, tenantId);
      const superadmin = await signUpMember(t, tenantId, 'superadmin');
      const ownerMembership = (await db.query(`SELECT id FROM memberships WHERE tenant_id = $1 AND role = 'owner'`, [tenantId]))[0].id;
      expectProblem(
        await patch(superadmin, `${members()}/${superadmin.membershipId}`, { companyIds: [company] }),
        403,
        'CANNOT_MODIFY_SELF',
      );
      expectProblem(await patch(superadmin, `${members()}/${ownerMembership}`, { companyIds: [company] }), 403, 'CANNOT_MODIFY_OWNER');
      const admin = await signUpMember(t, tenantId, 'admin');
      const target = await signUpMember(t, tenantId, 'client');
      expectProblem(await patch(admin, `${members()}/${target.membershipId}`, { companyIds: [company] }), 403, 'FORBIDDEN');
      await patch(superadmin, `${members()}/${target.membershipId}`, { companyIds: [company] }).expect(200);
    });

    it("the schema itself refuses a link to another tenant's company", async () => {
      const otherOwner = await account();
      const otherTenant = await createTenant(t, otherOwner.userId, 'Schema Foreign');
      const foreign = await createCompany(t, otherTenant);
      const who = await signUpMember(t, tenantId, 'client');
      for (const linkTenant of [tenantId, otherTenant]) {
        await expect(
          db.query('INSERT INTO membership_companies (tenant_id, membership_id, company_id) VALUES ($1, $2, $3)', [
            linkTenant,
            who.membershipId,
            foreign,
          ]),
        ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
      }
      expect(await companiesOf(who.membershipId)).toEqual([]);
    });
  });

  describe('GET /members?companyId=', () => {
    it('lists the members linked to the company; an unknown one gives none; a bad id is 400', async () => {
      const [a, b] = [await createCompany(t, tenantId), await createCompany(t, tenantId)];
      const x = await signUpMember(t, tenantId, 'client');
      const y = await signUpMember(t, tenantId, 'member');
      const z = await signUpMember(t, tenantId, 'client');
      await setMemberCompanies(t, tenantId, x.membershipId, [a]);
      await setMemberCompanies(t, tenantId, y.membershipId, [a, b]);
      await setMemberCompanies(t, tenantId, z.membershipId, [b]);
      const ids = async (query: string) =>
        (await get(owner, `${members()}${query}`).expect(200)).body.items.map((m: { id: string }) => m.id);
      expect(await ids(`?companyId=${a}`)).toEqual([x.membershipId, y.membershipId]);
      expect(await ids(`?companyId=${b}&role=client`)).toEqual([z.membershipId]);
      expect(await ids(`?companyId=${b}&limit=1`)).toEqual([y.membershipId]);
      expect(await ids(`?companyId=${randomUUID()}`)).toEqual([]);
      for (const bad of ['nope', `${a}x`, '']) {
        expect(fieldErrors(expectProblem(await get(owner, `${members()}?companyId=${bad}`), 400, 'VALIDATION_FAILED'))[0]).toMatch(
          /^companyId:/,
        );
      }
    });
  });

  describe('what a client sees of other members', () => {
    it("itself and the members of its companies, with only its companies among theirs; never staff or other companies' clients", async () => {
      const ownerOf = await account();
      const tenant = await createTenant(t, ownerOf.userId, 'Scoped Office');
      const [a, b, c] = [await createCompany(t, tenant), await createCompany(t, tenant), await createCompany(t, tenant)];
      const me = await signUpMember(t, tenant, 'client');
      const colleague = await signUpMember(t, tenant, 'client');
      const stranger = await signUpMember(t, tenant, 'client');
      const staff = await signUpMember(t, tenant, 'admin');
      await setMemberCompanies(t, tenant, me.membershipId, [a, b]);
      await setMemberCompanies(t, tenant, colleague.membershipId, [b, c]);
      await setMemberCompanies(t, tenant, stranger.membershipId, [c]);

      const list = await get(me, members(tenant)).expect(200);
      expect(list.body.items.map((m: { id: string; companyIds: string[] }) => [m.id, m.companyIds])).toEqual([
        [me.membershipId, [a, b].sort()],
        [colleague.membershipId, [b]],
      ]);
      expect((await get(me, `${members(tenant)}/${colleague.membershipId}`).expect(200)).body.companyIds).toEqual([b]);
      for (const hidden of [stranger.membershipId, staff.membershipId]) {
        expectProblem(await get(me, `${members(tenant)}/${hidden}`), 404, 'MEMBER_NOT_FOUND');
      }
      // Activity logs are staff data: a client reads none, of a colleague or of anyone (the same 403 for all).
      for (const anyone of [colleague.membershipId, stranger.membershipId, staff.membershipId]) {
        expectProblem(await get(me, `${members(tenant)}/${anyone}/activity`), 403, 'FORBIDDEN');
      }
      expect((await get(me, `${members(tenant)}?companyId=${c}`).expect(200)).body.items).toEqual([]);
      // Staff see everyone with every company.
      const staffView = await get(staff, `${members(tenant)}?companyId=${c}`).expect(200);
      expect(staffView.body.items.map((m: { id: string; companyIds: string[] }) => [m.id, m.companyIds])).toEqual([
        [colleague.membershipId, [b, c].sort()],
        [stranger.membershipId, [c]],
      ]);
      // A client with no company sees only itself.
      const alone = await signUpMember(t, tenant, 'client');
      expect((await get(alone, members(tenant)).expect(200)).body.items.map((m: { id: string }) => m.id)).toEqual([alone.membershipId]);
    });

    it("the client's set still narrows further", async () => {
      const ownerOf = await account();
      const tenant = await createTenant(t, ownerOf.userId, 'Narrow Office');
      const a = await createCompany(t, tenant);
      const setId = await createPermissionSet(t, tenant, ownerOf.userId, {
        name: 'Clients see clients',
        rules: [
          { action: 'read', subject: 'Member', conditions: { role: 'client' } },
          { action: 'read', subject: 'Company' },
        ],
      });
      const me = await signUpMember(t, tenant, 'client', { permissionSetId: setId });
      const colleague = await signUpMember(t, tenant, 'member');
      await setMemberCompanies(t, tenant, me.membershipId, [a]);
      await setMemberCompanies(t, tenant, colleague.membershipId, [a]);
      expect((await get(me, members(tenant)).expect(200)).body.items.map((m: { id: string }) => m.id)).toEqual([me.membershipId]);
    });
  });

  describe('GET /me/tenants: the "switch company" list', () => {
    it('shows only the linked companies, by name case aside, with their current names, and follows changes', async () => {
      const ownerOf = await account();
      const tenant = await createTenant(t, ownerOf.userId, 'Switch Office');
      const zulu = await createCompany(t, tenant, { name: 'zulu Trading' });
      const alpha = await createCompany(t, tenant, { name: 'Alpha Services' });
      const bravo = await createCompany(t, tenant, { name: 'bravo Logistics' });
      await createCompany(t, tenant, { name: 'Aardvark Not Linked' });
      const me = await signUpMember(t, tenant, 'client');
      await patch(ownerOf, `${members(tenant)}/${me.membershipId}`, { companyIds: [zulu, bravo, alpha] }).expect(200);

      const entry = async () =>
        (await get(me, '/api/v1/me/tenants').expect(200)).body.items.find((i: { tenantId: string }) => i.tenantId === tenant);
      expect(await entry()).toEqual({
        tenantId: tenant,
        name: 'Switch Office',
        role: 'client',
        status: 'active',
        companies: [
          { id: alpha, name: 'Alpha Services' },
          { id: bravo, name: 'bravo Logistics' },
          { id: zulu, name: 'zulu Trading' },
        ],
      });
      await patch(ownerOf, `/api/v1/tenants/${tenant}/companies/${zulu}`, { name: 'Yankee Trading' }).expect(200);
      await patch(ownerOf, `${members(tenant)}/${me.membershipId}`, { companyIds: [zulu, alpha] }).expect(200);
      expect((await entry()).companies).toEqual([
        { id: alpha, name: 'Alpha Services' },
        { id: zulu, name: 'Yankee Trading' },
      ]);
    });
  });

  describe('an administrator creates a client user', () => {
    let office: string;
    let admin: Who & { membershipId: string };
    let a: string;
    let b: string;

    beforeAll(async () => {
      office = await createTenant(t, owner.userId, 'Seed Office');
      admin = await signUpMember(t, office, 'superadmin');
      a = await createCompany(t, office, { name: 'Seed Alpha' });
      b = await createCompany(t, office, { name: 'Seed Beta' });
      await createCompany(t, office, { name: 'Seed Gamma' });
    });

    const switchList = async (token: string) =>
      (await t.http.get('/api/v1/me/tenants').set('Authorization', bearer(token)).expect(200)).body.items.find(
        (i: { tenantId: string }) => i.tenantId === office,
      );
    const login = async (email: string, password: string) =>
      (await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;

    it('with a typed password, names, phone and two companies: logs in at once, sees its two companies; sendCredentials mails a notice without the password', async () => {
      const email = uniqueEmail('client-set');
      const res = await post(admin, members(office), {
        email,
        role: 'client',
        firstName: 'Olena',
        lastName: 'Koval',
        phone: '+380 67 123 4567',
        companyIds: [b, a],
        password: { mode: 'set', value: PASSWORD },
        sendCredentials: true,
      }).expect(201);
      expect(res.body).toMatchObject({
        role: 'client',
        firstName: 'Olena',
        lastName: 'Koval',
        phone: '+380671234567',
        companyIds: [a, b].sort(),
      });
      expect(res.body).not.toHaveProperty('generatedPassword');
      const token = await login(email, PASSWORD);
      expect((await switchList(token)).companies).toEqual([
        { id: a, name: 'Seed Alpha' },
        { id: b, name: 'Seed Beta' },
      ]);
      const seen = await t.http.get(`/api/v1/tenants/${office}/companies`).set('Authorization', bearer(token)).expect(200);
      expect(seen.body.items.map((c: { name: string }) => c.name)).toEqual(['Seed Alpha', 'Seed Beta']);
      const notice = await t.mail.waitFor((m) => m.to.includes(email));
      expect(notice.text).toContain('Seed Office');
      expect(notice.text).not.toContain(PASSWORD);
      expect(notice.text).not.toContain('token=');
    });

    it('with a generated password: shown once, logs in at once; sendCredentials mails a set-password link, never the password', async () => {
      const email = uniqueEmail('client-gen');
      const res = await post(admin, members(office), {
        email,
        role: 'client',
        firstName: 'Piotr',
        lastName: 'Lis',
        companyIds: [b],
        password: { mode: 'generate' },
        sendCredentials: true,
      }).expect(201);
      const generated: string = res.body.generatedPassword;
      const token = await login(email, generated);
      expect((await switchList(token)).companies).toEqual([{ id: b, name: 'Seed Beta' }]);
      const mail = await t.mail.waitFor((m) => m.to.includes(email) && m.text.includes('/set-password?token='));
      expect(mail.text).not.toContain(generated);
      expect(mail.text).toContain('Seed Office');
      // The member chooses their own password at the link; the generated one stops working.
      const link = await tokenFromMail(t, email, 'set-password');
      await t.http.post('/api/v1/auth/password/reset').send({ token: link, password: PASSWORD }).expect(200);
      await login(email, PASSWORD);
      expectProblem(await t.http.post('/api/v1/auth/login').send({ email, password: generated }), 401, 'INVALID_CREDENTIALS');
    });

    it('with a generated password and no sendCredentials: nothing is mailed', async () => {
      const email = uniqueEmail('client-quiet');
      const res = await post(admin, members(office), { email, role: 'client', companyIds: [a], password: { mode: 'generate' } }).expect(
        201,
      );
      await login(email, res.body.generatedPassword);
      // A later mail to another address has gone out: had one been queued for this address, it would be there too.
      const other = uniqueEmail('client-probe');
      await post(admin, members(office), { email: other, role: 'client', password: { mode: 'link' } }).expect(201);
      await t.mail.waitFor((m) => m.to.includes(other));
      expect(t.mail.mails.filter((m) => m.to.includes(email))).toEqual([]);
    });

    it('with the login details mailed as a set-password link: the client sets its password there, then sees its companies', async () => {
      const email = uniqueEmail('client-link');
      await post(admin, members(office), {
        email,
        role: 'client',
        firstName: 'Iryna',
        lastName: 'Bondar',
        companyIds: [a],
        password: { mode: 'link' },
        sendCredentials: true,
      }).expect(201);
      const link = await tokenFromMail(t, email, 'set-password');
      await t.http.post('/api/v1/auth/password/reset').send({ token: link, password: PASSWORD }).expect(200);
      const token = await login(email, PASSWORD);
      expect((await switchList(token)).companies).toEqual([{ id: a, name: 'Seed Alpha' }]);
    });

    it("refuses another tenant's company at creation (422) and adds nobody", async () => {
      const foreign = await createCompany(t, tenantId);
      const email = uniqueEmail('client-foreign');
      const res = await post(admin, members(office), { email, role: 'client', companyIds: [a, foreign], password: { mode: 'generate' } });
      expect(fieldErrors(expectProblem(res, 422, 'VALIDATION_FAILED'))).toEqual(['companyIds:UNKNOWN_COMPANY']);
      expect((await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]))[0].n).toBe(0);
    });
  });
});
