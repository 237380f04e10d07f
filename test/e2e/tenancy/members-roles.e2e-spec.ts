import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createCompany, setMemberCompanies } from '../../support/factories/companies';
import { addMember, signUpMember, ROOMY_PLANS as ROOMY } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

type Session = { accessToken: string; userId: string; membershipId: string };

// The roles table, for the members routes: who may list, add, change, block and remove members,
// who gets 403, and that a stranger cannot tell a foreign tenant from one that does not exist.
describe('tenancy: members routes and the roles table', () => {
  let t: TestApp;
  let tenantId: string;
  let owner: Session;
  const as: Record<'superadmin' | 'admin' | 'member' | 'client' | 'contact', Session> = {} as never;
  let outsider: { accessToken: string };

  const base = (tenant: string) => `/api/v1/tenants/${tenant}/members`;

  /** A fresh plain member to act on. */
  async function target(): Promise<{ id: string; userId: string }> {
    const account = await signUp(t);
    const userId = (await t.app.get(IdentityUsers).findByEmail(account.email))!.id;
    return { id: await addMember(t, tenantId, userId, 'member'), userId };
  }

  /** Every members route, on `tenant`, against the member `memberId`. */
  const routes = (tenant: string, memberId: string) => [
    { name: 'list', send: (token: string) => t.http.get(base(tenant)).set('Authorization', bearer(token)) },
    { name: 'get', send: (token: string) => t.http.get(`${base(tenant)}/${memberId}`).set('Authorization', bearer(token)) },
    {
      name: 'create',
      write: true,
      send: (token: string) =>
        t.http
          .post(base(tenant))
          .set('Authorization', bearer(token))
          .send({ email: uniqueEmail('new'), role: 'member' }),
    },
    {
      name: 'update',
      write: true,
      send: (token: string) =>
        t.http
          .patch(`${base(tenant)}/${memberId}`)
          .set('Authorization', bearer(token))
          .send({ role: 'admin' }),
    },
    {
      name: 'block',
      write: true,
      send: (token: string) => t.http.post(`${base(tenant)}/${memberId}/block`).set('Authorization', bearer(token)),
    },
    {
      name: 'unblock',
      write: true,
      send: (token: string) => t.http.post(`${base(tenant)}/${memberId}/unblock`).set('Authorization', bearer(token)),
    },
    { name: 'activity', send: (token: string) => t.http.get(`${base(tenant)}/${memberId}/activity`).set('Authorization', bearer(token)) },
    {
      name: 'delete',
      write: true,
      send: (token: string) => t.http.delete(`${base(tenant)}/${memberId}`).set('Authorization', bearer(token)),
    },
  ];

  beforeAll(async () => {
    t = await createTestApp({ label: 'members-roles', runtime: { plans: ROOMY } });
    const o = await signUp(t);
    const ownerId = (await t.app.get(IdentityUsers).findByEmail(o.email))!.id;
    tenantId = await createTenant(t, ownerId, 'Roles Ltd');
    owner = { accessToken: o.accessToken, userId: ownerId, membershipId: '' };
    for (const role of ['superadmin', 'admin', 'member', 'client', 'contact'] as const) as[role] = await signUpMember(t, tenantId, role);
    outsider = await signUp(t);
  });
  afterAll(() => t.close());

  it('lets the owner and a superadmin use every members route', async () => {
    for (const who of [owner, as.superadmin]) {
      const { id } = await target();
      for (const route of routes(tenantId, id)) {
        const res = await route.send(who.accessToken);
        expect([route.name, res.status]).toEqual([route.name, route.name === 'create' ? 201 : route.name === 'delete' ? 204 : 200]);
      }
    }
  });

  it.each(['admin', 'member', 'client'] as const)(
    'lets the role %s read members but refuses every change with 403 FORBIDDEN',
    async (role) => {
      const { id } = await target();
      // A client reads only itself and the members of its companies: give both one.
      if (role === 'client') {
        const company = await createCompany(t, tenantId);
        await setMemberCompanies(t, tenantId, as.client.membershipId, [company]);
        await setMemberCompanies(t, tenantId, id, [company]);
      }
      for (const route of routes(tenantId, id)) {
        const res = await route.send(as[role].accessToken);
        // The activity log is staff data: a client reads no entry of it, not even a co-worker's.
        if (route.write || (role === 'client' && route.name === 'activity')) expectProblem(res, 403, 'FORBIDDEN');
        else expect([route.name, res.status]).toEqual([route.name, 200]);
      }
      // Nothing changed: still a plain, active member.
      const after = await t.http
        .get(`${base(tenantId)}/${id}`)
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      expect(after.body).toMatchObject({ role: 'member', status: 'active' });
    },
  );

  it('answers a contact 403 NO_PANEL_ACCESS on every members route', async () => {
    const { id } = await target();
    for (const route of routes(tenantId, id)) expectProblem(await route.send(as.contact.accessToken), 403, 'NO_PANEL_ACCESS');
  });

  it('answers a non-member, an unknown tenant and a malformed tenant id alike: 404 TENANT_NOT_FOUND', async () => {
    const { id } = await target();
    const bodies = new Set<string>();
    for (const tenant of [tenantId, randomUUID(), 'not-a-uuid']) {
      for (const route of routes(tenant, id)) {
        const { instance: _instance, ...rest } = expectProblem(await route.send(outsider.accessToken), 404, 'TENANT_NOT_FOUND');
        bodies.add(JSON.stringify(rest));
      }
    }
    // One answer, whatever the tenant and the route: nothing tells the three apart.
    expect(bodies.size).toBe(1);
    // The member the stranger aimed at is untouched.
    const after = await t.http
      .get(`${base(tenantId)}/${id}`)
      .set('Authorization', bearer(owner.accessToken))
      .expect(200);
    expect(after.body).toMatchObject({ role: 'member', status: 'active' });
  });

  it('answers without a token 401', async () => {
    expectProblem(await t.http.get(base(tenantId)), 401, 'UNAUTHORIZED');
  });
});
