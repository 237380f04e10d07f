import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { signUpMember, ROOMY_PLANS as ROOMY } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, GOOD_PASSWORD, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

type Session = { accessToken: string; userId: string };

// POST /members with fromContactId: the contact fills what the body leaves out (the body wins),
// the contact is linked to the member's account in the same transaction, and only a contact with
// panel access becomes a member. Seats: contacts take none, a member made from one takes one.
describe('tenancy: members made from contacts', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;
  let owner: Session;
  let tenantId: string;

  const members = (tenant = tenantId) => `/api/v1/tenants/${tenant}/members`;
  const contacts = (tenant = tenantId) => `/api/v1/tenants/${tenant}/contacts`;
  const addMember = (body: object, token = owner.accessToken, tenant = tenantId) =>
    t.http.post(members(tenant)).set('Authorization', bearer(token)).send(body);
  const contactOf = async (id: string, tenant = tenantId) =>
    (
      await t.http
        .get(`${contacts(tenant)}/${id}`)
        .set('Authorization', bearer(owner.accessToken))
        .expect(200)
    ).body;

  async function newTenant(app: TestApp, name: string): Promise<{ owner: Session; tenantId: string }> {
    const o = await signUp(app);
    const userId = (await app.app.get(IdentityUsers).findByEmail(o.email))!.id;
    return { owner: { accessToken: o.accessToken, userId }, tenantId: await createTenant(app, userId, name) };
  }

  async function contact(body: object = {}, token = owner.accessToken, tenant = tenantId, app = t): Promise<string> {
    const res = await app.http
      .post(`/api/v1/tenants/${tenant}/contacts`)
      .set('Authorization', bearer(token))
      .send({ firstName: 'Iryna', lastName: 'Bondar', panelAccess: true, notificationCategories: [], ...body })
      .expect(201);
    return res.body.id;
  }

  async function company(tenant: string): Promise<string> {
    const id = randomUUID();
    await db.query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`, [
      id,
      tenant,
      `Co ${id}`,
    ]);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'contacts-members', runtime: { plans: ROOMY } });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
    ({ owner, tenantId } = await newTenant(t, 'Office Ltd'));
  });
  afterAll(() => t.close());

  it("prefills email, names and phone from the contact, links the new account to it, and mails the contact's address", async () => {
    const email = uniqueEmail('FromContact');
    const id = await contact({ email, phone: '+380 67 123 4567', position: 'Manager' });
    const res = await addMember({ fromContactId: id, role: 'member', password: { mode: 'set', value: GOOD_PASSWORD } }).expect(201);
    expect(res.body).toMatchObject({
      email: email.toLowerCase(),
      firstName: 'Iryna',
      lastName: 'Bondar',
      phone: '+380671234567',
      role: 'member',
      status: 'active',
    });
    expect(await contactOf(id)).toMatchObject({ userId: res.body.userId, email: email.toLowerCase() });
    await t.http.post('/api/v1/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200);
  });

  it('lets the body win over the contact, field by field; the default set-password link goes to the address used', async () => {
    const id = await contact({ email: uniqueEmail('contact-addr'), phone: '+48512345678' });
    const email = uniqueEmail('body-addr');
    const res = await addMember({ fromContactId: id, role: 'admin', email, firstName: 'Olena', phone: '+48 600 700 800' }).expect(201);
    expect(res.body).toMatchObject({ email, firstName: 'Olena', lastName: 'Bondar', phone: '+48600700800', role: 'admin' });
    await tokenFromMail(t, email, 'set-password');
    expect((await contactOf(id)).userId).toBe(res.body.userId);
  });

  it("links an existing account untouched, and gives a client the contact's company", async () => {
    const existing = await signUp(t, { firstName: 'Taras' });
    const existingId = (await users.findByEmail(existing.email))!.id;
    const co = await company(tenantId);
    const id = await contact({ email: existing.email, companyId: co });
    const res = await addMember({ fromContactId: id, role: 'client' }).expect(201);
    expect(res.body).toMatchObject({ userId: existingId, firstName: 'Taras', lastName: 'Nowak', role: 'client', companyIds: [co] });
    expect((await contactOf(id)).userId).toBe(existingId);

    // companyIds in the body win; another role gets no company from the contact.
    const other = await company(tenantId);
    const id2 = await contact({ email: uniqueEmail('client2'), companyId: co });
    expect((await addMember({ fromContactId: id2, role: 'client', companyIds: [other] }).expect(201)).body.companyIds).toEqual([other]);
    const id3 = await contact({ email: uniqueEmail('member3'), companyId: co });
    expect((await addMember({ fromContactId: id3, role: 'member' }).expect(201)).body.companyIds).toEqual([]);
  });

  it('answers 422 for an unknown or foreign contact, an authorised contact, and a contact without an email when the body has none', async () => {
    const foreignTenant = await newTenant(t, 'Foreign Ltd');
    const foreign = await contact({ email: uniqueEmail('foreign') }, foreignTenant.owner.accessToken, foreignTenant.tenantId);
    for (const fromContactId of [foreign, randomUUID()]) {
      const problem = expectProblem(await addMember({ fromContactId, role: 'member' }), 422, 'VALIDATION_FAILED');
      expect(fieldErrors(problem)).toEqual(['fromContactId:UNKNOWN_CONTACT']);
    }
    expect((await db.query('SELECT user_id FROM contacts WHERE id = $1', [foreign]))[0].user_id).toBeNull();

    const authorised = await contact({ email: uniqueEmail('authorised'), panelAccess: false, notificationCategories: ['payments'] });
    expect(fieldErrors(expectProblem(await addMember({ fromContactId: authorised, role: 'member' }), 422, 'VALIDATION_FAILED'))).toEqual([
      'fromContactId:CONTACT_WITHOUT_PANEL_ACCESS',
    ]);

    const noEmail = await contact();
    expect(fieldErrors(expectProblem(await addMember({ fromContactId: noEmail, role: 'member' }), 422, 'VALIDATION_FAILED'))).toEqual([
      'email:REQUIRED',
    ]);
    const email = uniqueEmail('given');
    expect((await addMember({ fromContactId: noEmail, role: 'member', email }).expect(201)).body).toMatchObject({
      email,
      firstName: 'Iryna',
    });

    expect(fieldErrors(expectProblem(await addMember({ fromContactId: 'nope', role: 'member' }), 400, 'VALIDATION_FAILED'))).toEqual([
      'fromContactId:IS_UUID',
    ]);
    // Without fromContactId the email stays required, as before.
    expect(fieldErrors(expectProblem(await addMember({ role: 'member' }), 400, 'VALIDATION_FAILED'))).toContain('email:IS_EMAIL');
  });

  it('makes one person of a contact: reusing a linked contact for another address is 422 CONTACT_ALREADY_LINKED, nothing written', async () => {
    const id = await contact({ email: uniqueEmail('first') });
    const first = await addMember({ fromContactId: id, role: 'member' }).expect(201);
    const second = await addMember({ fromContactId: id, role: 'member', email: uniqueEmail('second') });
    expect(fieldErrors(expectProblem(second, 422, 'VALIDATION_FAILED'))).toEqual(['fromContactId:CONTACT_ALREADY_LINKED']);
    expect((await contactOf(id)).userId).toBe(first.body.userId);
  });

  it('rolls back the link with the add: a contact whose account is already a member stays unlinked', async () => {
    const member = await signUpMember(t, tenantId, 'member');
    const id = await contact({ email: member.email });
    expectProblem(await addMember({ fromContactId: id, role: 'member' }), 409, 'EMAIL_TAKEN');
    expect((await contactOf(id)).userId).toBeNull();
  });

  it('only the owner and superadmins add members from contacts; the contact stays untouched otherwise', async () => {
    const admin = await signUpMember(t, tenantId, 'admin');
    const id = await contact({ email: uniqueEmail('by-admin') });
    expectProblem(await addMember({ fromContactId: id, role: 'member' }, admin.accessToken), 403, 'FORBIDDEN');
    const superadmin = await signUpMember(t, tenantId, 'superadmin');
    await addMember({ fromContactId: id, role: 'member' }, superadmin.accessToken).expect(201);
  });

  describe('seats', () => {
    let small: TestApp;
    beforeAll(async () => {
      small = await createTestApp({
        label: 'contacts-seats',
        runtime: { plans: { default: 'duo', plans: { duo: { seats: 2, quotas: {} } } } },
      });
    });
    afterAll(() => small.close());

    it('contacts take no seat; a member made from a contact does', async () => {
      const { owner: o, tenantId: tenant } = await newTenant(small, 'Duo');
      const seats = async () =>
        (await small.http.get(`/api/v1/tenants/${tenant}`).set('Authorization', bearer(o.accessToken)).expect(200)).body.seats;
      const post = (path: string, body: object) =>
        small.http.post(`/api/v1/tenants/${tenant}/${path}`).set('Authorization', bearer(o.accessToken)).send(body);

      // Contacts, authorised and with panel access, in parallel: none of them is a membership.
      const made = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post('contacts', {
            firstName: 'C',
            lastName: `${i}`,
            email: `seat-contact-${i}-${randomUUID()}@example.test`,
            panelAccess: i % 2 === 0,
            notificationCategories: ['general'],
          }),
        ),
      );
      expect(made.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(await seats()).toMatchObject({ limit: 2, used: 1 });

      // The second seat goes to a member made from a contact; the plan is then full for the next one.
      const [first, second] = made.filter((r) => r.body.panelAccess).map((r) => r.body.id as string);
      await post('members', { fromContactId: first, role: 'member' }).expect(201);
      expect(await seats()).toMatchObject({ limit: 2, used: 2 });
      expectProblem(await post('members', { fromContactId: second, role: 'member' }), 409, 'SEAT_LIMIT_REACHED');
      const contactsNow = await small.http
        .get(`/api/v1/tenants/${tenant}/contacts?limit=100`)
        .set('Authorization', bearer(o.accessToken))
        .expect(200);
      expect(contactsNow.body.items.find((c: { id: string }) => c.id === second).userId).toBeNull();

      // A full plan still takes contacts.
      await post('contacts', { firstName: 'Late', lastName: 'Contact', panelAccess: false, notificationCategories: ['support'] }).expect(
        201,
      );
      expect(await seats()).toMatchObject({ limit: 2, used: 2 });
    });
  });
});
