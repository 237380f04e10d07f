import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_COMPANY_IDS } from '../../../apps/api/src/examples/marketplace/marketplace.demo-data';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember, ROOMY_PLANS } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Person {
  token: string;
  userId: string;
  membershipId?: string;
}

const ORDER = {
  northwindOpen: '0193a000-0000-7000-8000-0000000b0001',
  northwindCancelled: '0193a000-0000-7000-8000-0000000b0002',
  contosoPaid: '0193a000-0000-7000-8000-0000000b0003',
  fabrikamOpen: '0193a000-0000-7000-8000-0000000b0004',
};
const ALL_ORDERS = Object.values(ORDER);

// The example module keeps its orders in code (demo data, same for every tenant). There are no
// company routes yet: the demo companies are inserted with the DataSource below, and client
// memberships linked to them in SQL; memberships come from `addMember` (the members service).
describe('examples: marketplace product module', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Person;
  let tenantId: string;

  const person = async (): Promise<Person> => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    return { token: s.accessToken, userId: row.id };
  };
  const join = async (role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact', permissionSetId?: string): Promise<Person> => {
    const p = await person();
    return { ...p, membershipId: await addMember(t, tenantId, p.userId, role, { permissionSetId }) };
  };
  const linkCompanies = async (p: Person, ...companyIds: string[]) => {
    for (const companyId of companyIds) {
      await db.query('INSERT INTO membership_companies (tenant_id, membership_id, company_id) VALUES ($1, $2, $3)', [
        tenantId,
        p.membershipId,
        companyId,
      ]);
    }
  };
  const set = (name: string, rules: object[]) => createPermissionSet(t, tenantId, owner.userId, { name, rules: rules as never });

  const orders = (p: Person, tid = tenantId) => t.http.get(`/api/v1/tenants/${tid}/orders`).set('Authorization', bearer(p.token));
  const cancel = (p: Person, orderId: string, tid = tenantId) =>
    t.http.post(`/api/v1/tenants/${tid}/orders/${orderId}/cancel`).set('Authorization', bearer(p.token)).send({});
  const configure = (p: Person, body: object = { currency: 'PLN', receiptFooter: 'Dziękujemy!' }, tid = tenantId) =>
    t.http.put(`/api/v1/tenants/${tid}/cash-register`).set('Authorization', bearer(p.token)).send(body);
  const ids = async (p: Person): Promise<string[]> => (await orders(p).expect(200)).body.items.map((o: { id: string }) => o.id).sort();

  beforeAll(async () => {
    t = await createTestApp({ label: 'marketplace', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    owner = await person();
    tenantId = await createTenant(t, owner.userId, 'Marketplace Sp. z o.o.');
    // No company routes yet: the demo companies (fixed ids the demo orders point at) go in via SQL.
    for (const [name, id] of Object.entries(DEMO_COMPANY_IDS)) {
      await db.query('INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())', [
        id,
        tenantId,
        name,
      ]);
    }
  });
  afterAll(() => t.close());

  describe('superadmin-only actions', () => {
    it('an admin lists orders but is refused cancel and configure (403)', async () => {
      const admin = await join('admin');
      expect(await ids(admin)).toEqual([...ALL_ORDERS].sort());
      expectProblem(await cancel(admin, ORDER.northwindOpen), 403, 'FORBIDDEN');
      expectProblem(await configure(admin), 403, 'FORBIDDEN');
    });

    it('a superadmin and the owner cancel orders and configure the cash register', async () => {
      for (const p of [owner, await join('superadmin')]) {
        const res = await cancel(p, ORDER.northwindOpen).expect(200);
        expect(res.body).toEqual({
          id: ORDER.northwindOpen,
          number: 'MP-1001',
          companyId: DEMO_COMPANY_IDS.northwind,
          status: 'cancelled',
          total: 12_900,
          currency: 'PLN',
        });
        expect((await configure(p).expect(200)).body).toEqual({ currency: 'PLN', receiptFooter: 'Dziękujemy!' });
        expect((await configure(p, { currency: 'EUR' }).expect(200)).body).toEqual({ currency: 'EUR', receiptFooter: null });
      }
      // Demo data: nothing is kept, the order is still open for the next caller.
      expect((await orders(owner).expect(200)).body.items.find((o: { id: string }) => o.id === ORDER.northwindOpen).status).toBe('open');
    });

    it('a member with the built-in full set reads orders but neither cancels nor configures', async () => {
      const m = await join('member');
      expect(await ids(m)).toEqual([...ALL_ORDERS].sort());
      expectProblem(await cancel(m, ORDER.fabrikamOpen), 403, 'FORBIDDEN');
      expectProblem(await configure(m), 403, 'FORBIDDEN');
    });

    it('no permission set can grant cancel or configure: 422 NOT_GRANTABLE at creation and on change', async () => {
      const res = await t.http
        .post(`/api/v1/tenants/${tenantId}/permission-sets`)
        .set('Authorization', bearer(owner.token))
        .send({
          name: 'Cashier',
          rules: [
            { action: 'read', subject: 'Order' },
            { action: 'cancel', subject: 'Order' },
            { action: 'configure', subject: 'CashRegister' },
            { action: 'read', subject: 'CashRegister' },
            { action: 'read', subject: 'Order', conditions: { total: 100 } },
          ],
        });
      expect(fieldErrors(expectProblem(res, 422, 'PERMISSION_RULES_INVALID'))).toEqual([
        'rules.1.action:NOT_GRANTABLE',
        'rules.2.action:NOT_GRANTABLE',
        'rules.4.conditions:INVALID_CONDITIONS',
      ]);
      const id = await set('Cashier', [{ action: 'read', subject: 'Order' }]);
      const patch = await t.http
        .patch(`/api/v1/tenants/${tenantId}/permission-sets/${id}`)
        .set('Authorization', bearer(owner.token))
        .send({ rules: [{ action: 'cancel', subject: 'Order' }] });
      expect(fieldErrors(expectProblem(patch, 422, 'PERMISSION_RULES_INVALID'))).toEqual(['rules.0.action:NOT_GRANTABLE']);
    });

    it('a stored rule that names cancel anyway (written around the API) grants nothing', async () => {
      const id = await set('Smuggled', [{ action: 'read', subject: 'Order' }]);
      await db.query(
        `UPDATE permission_sets SET rules = '[{"action":"read","subject":"Order"},{"action":"cancel","subject":"Order"}]'::jsonb, version = version + 1 WHERE id = $1`,
        [id],
      );
      const m = await join('member', id);
      await orders(m).expect(200);
      expectProblem(await cancel(m, ORDER.fabrikamOpen), 403, 'FORBIDDEN');
    });
  });

  describe('granular sets', () => {
    it('a member whose set is [read Order] lists but cannot cancel', async () => {
      const m = await join('member', await set('Order readers', [{ action: 'read', subject: 'Order' }]));
      expect(await ids(m)).toEqual([...ALL_ORDERS].sort());
      expectProblem(await cancel(m, ORDER.northwindOpen), 403, 'FORBIDDEN');
      expectProblem(await configure(m), 403, 'FORBIDDEN');
    });

    it('a member whose set lacks read Order is refused the list (403); an empty set too', async () => {
      expectProblem(
        await orders(await join('member', await set('Till watchers', [{ action: 'read', subject: 'CashRegister' }]))),
        403,
        'FORBIDDEN',
      );
      expectProblem(await orders(await join('member', await set('Empty', []))), 403, 'FORBIDDEN');
    });

    it('conditions narrow the rows: only open orders', async () => {
      const m = await join('member', await set('Open only', [{ action: 'read', subject: 'Order', conditions: { status: 'open' } }]));
      expect(await ids(m)).toEqual([ORDER.northwindOpen, ORDER.fabrikamOpen].sort());
    });

    it('an inverted rule hides cancelled orders', async () => {
      const hidden = await set('No cancelled', [
        { action: 'read', subject: 'Order' },
        { action: 'read', subject: 'Order', conditions: { status: 'cancelled' }, inverted: true },
      ]);
      const m = await join('member', hidden);
      expect(await ids(m)).toEqual([ORDER.northwindOpen, ORDER.contosoPaid, ORDER.fabrikamOpen].sort());
      // The same set on a client: its companies, minus the cancelled order.
      const c = await join('client', hidden);
      await linkCompanies(c, DEMO_COMPANY_IDS.northwind);
      expect(await ids(c)).toEqual([ORDER.northwindOpen]);
    });
  });

  describe('clients see their companies only', () => {
    it("with the built-in set, a client lists only its companies' orders and cancels none", async () => {
      const c = await join('client');
      await linkCompanies(c, DEMO_COMPANY_IDS.northwind);
      expect(await ids(c)).toEqual([ORDER.northwindOpen, ORDER.northwindCancelled].sort());
      expectProblem(await cancel(c, ORDER.northwindOpen), 403, 'FORBIDDEN');
      const other = await join('client');
      await linkCompanies(other, DEMO_COMPANY_IDS.contoso, DEMO_COMPANY_IDS.fabrikam);
      expect(await ids(other)).toEqual([ORDER.contosoPaid, ORDER.fabrikamOpen].sort());
    });

    it('with a granular [read Order] set, still only its companies; without a company, nothing', async () => {
      const readers = await set('Client readers', [{ action: 'read', subject: 'Order' }]);
      const c = await join('client', readers);
      await linkCompanies(c, DEMO_COMPANY_IDS.contoso);
      expect(await ids(c)).toEqual([ORDER.contosoPaid]);
      const lonely = await join('client', readers);
      expect(await ids(lonely)).toEqual([]);
      // A set condition naming another company cannot widen the scope.
      const widening = await join(
        'client',
        await set('Widening', [{ action: 'read', subject: 'Order', conditions: { companyId: DEMO_COMPANY_IDS.fabrikam } }]),
      );
      await linkCompanies(widening, DEMO_COMPANY_IDS.contoso);
      expect(await ids(widening)).toEqual([]);
    });
  });

  describe('the tenant context', () => {
    it('cancel of an unknown order is 404 NOT_FOUND; a bad cash-register body is 400', async () => {
      expectProblem(await cancel(owner, randomUUID()), 404, 'NOT_FOUND');
      expectProblem(await cancel(owner, 'not-an-order'), 404, 'NOT_FOUND');
      const body = expectProblem(await configure(owner, { currency: 'zloty' }), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)[0]).toMatch(/^currency:/);
      expectProblem(await configure(owner, { currency: 'PLN', drawer: 'open' }), 400, 'VALIDATION_FAILED');
    });

    it('a contact is 403 NO_PANEL_ACCESS on every route', async () => {
      const c = await join('contact');
      for (const res of [await orders(c), await cancel(c, ORDER.northwindOpen), await configure(c)])
        expectProblem(res, 403, 'NO_PANEL_ACCESS');
    });

    it('a non-member gets the same 404 on every route, for a real, a random and a non-UUID tenant', async () => {
      const outsider = await person();
      const bodies = new Set<string>();
      for (const tid of [tenantId, randomUUID(), 'not-a-uuid']) {
        for (const res of [
          await orders(outsider, tid),
          await cancel(outsider, ORDER.northwindOpen, tid),
          await configure(outsider, undefined, tid),
        ]) {
          const { instance: _instance, ...body } = expectProblem(res, 404, 'TENANT_NOT_FOUND');
          bodies.add(JSON.stringify(body));
        }
      }
      expect(bodies.size).toBe(1);
    });

    it('is described in the OpenAPI document', async () => {
      const doc = (await t.http.get('/api/docs-json').expect(200)).body;
      expect(doc.paths['/api/v1/tenants/{tenantId}/orders'].get.operationId).toBe('listDemoOrders');
      expect(doc.paths['/api/v1/tenants/{tenantId}/orders/{orderId}/cancel'].post.operationId).toBe('cancelDemoOrder');
      expect(doc.paths['/api/v1/tenants/{tenantId}/cash-register'].put.operationId).toBe('configureDemoCashRegister');
    });
  });
});
