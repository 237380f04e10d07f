import { PermissionCatalog } from '@tenant-iam/permissions';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember, ROOMY_PLANS } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

interface Person {
  token: string;
  userId: string;
}

describe('tenancy: GET /tenants/:tenantId/permissions/catalog', () => {
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
    await addMember(t, tenantId, p.userId, role, { permissionSetId });
    return p;
  };
  const catalog = (p: Person, tid = tenantId) =>
    t.http.get(`/api/v1/tenants/${tid}/permissions/catalog`).set('Authorization', bearer(p.token));

  beforeAll(async () => {
    t = await createTestApp({ label: 'catalog', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    owner = await person();
    tenantId = await createTenant(t, owner.userId, 'Catalogue Ltd');
  });
  afterAll(() => t.close());

  it('lists tenancy and marketplace subjects with labels in three languages and every flag spelled out', async () => {
    const { body } = await catalog(owner).expect(200);
    const subjects = body.items.map((s: { subject: string }) => s.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'Tenant',
        'PermissionCatalog',
        'Member',
        'PermissionSet',
        'Activity',
        'Invitation',
        'ApiKey',
        'Order',
        'CashRegister',
      ]),
    );
    const find = (name: string) => body.items.find((s: { subject: string }) => s.subject === name);
    const action = (subject: string, name: string) => find(subject).actions.find((a: { action: string }) => a.action === name);

    // The tenant's log and its structure are staff data: no client set reaches them.
    expect([find('Activity').staffOnly, find('Group').staffOnly, find('Member').staffOnly]).toEqual([true, true, false]);
    expect(find('Order')).toEqual({
      subject: 'Order',
      label: { en: 'Orders', pl: 'Zamówienia', uk: 'Замовлення' },
      companyScoped: true,
      staffOnly: false,
      conditionFields: ['companyId', 'status'],
      actions: [
        {
          action: 'read',
          label: { en: 'View orders', pl: 'Podgląd zamówień', uk: 'Перегляд замовлень' },
          ownerOnly: false,
          superadminOnly: false,
          setOnly: false,
        },
        {
          action: 'create',
          label: { en: 'Place orders', pl: 'Składanie zamówień', uk: 'Оформлення замовлень' },
          ownerOnly: false,
          superadminOnly: false,
          setOnly: false,
        },
        {
          action: 'cancel',
          label: { en: 'Cancel orders', pl: 'Anulowanie zamówień', uk: 'Скасування замовлень' },
          ownerOnly: false,
          superadminOnly: true,
          setOnly: false,
        },
      ],
    });
    expect(find('CashRegister')).toMatchObject({
      companyScoped: false,
      conditionFields: [],
      label: { en: 'Cash register', pl: 'Kasa fiskalna', uk: 'Касовий апарат' },
    });
    expect(action('CashRegister', 'configure')).toMatchObject({ superadminOnly: true, ownerOnly: false });
    expect(action('Tenant', 'billing')).toMatchObject({ ownerOnly: true, superadminOnly: false, setOnly: false });
    expect(action('Member', 'block')).toMatchObject({ superadminOnly: true });
    expect(action('PermissionSet', 'manage')).toMatchObject({ superadminOnly: true });
    expect(action('Invitation', 'create')).toMatchObject({ setOnly: true, ownerOnly: false, superadminOnly: false });
    expect(find('Member').conditionFields).toEqual(['role', 'status', 'userId']);
    for (const subject of body.items) {
      for (const label of [subject.label, ...subject.actions.map((a: { label: object }) => a.label)]) {
        expect(Object.keys(label).sort()).toEqual(['en', 'pl', 'uk']);
        expect(Object.values(label).every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      }
    }
    // The route answers the catalogue the app holds, nothing filtered by the caller.
    expect(body).toEqual(JSON.parse(JSON.stringify(t.app.get(PermissionCatalog).toResponse())));
  });

  it('every member with panel access reads the same catalogue, whatever their set (the baseline)', async () => {
    const nothing = await createPermissionSet(t, tenantId, owner.userId, { name: 'Nothing at all' });
    const expected = (await catalog(owner).expect(200)).body;
    for (const p of [
      await join('superadmin'),
      await join('admin'),
      await join('member'),
      await join('member', nothing),
      await join('client'),
      await join('client', nothing),
    ]) {
      expect((await catalog(p).expect(200)).body).toEqual(expected);
    }
  });

  it('a contact gets 403 NO_PANEL_ACCESS, a blocked member 403 MEMBERSHIP_BLOCKED', async () => {
    expectProblem(await catalog(await join('contact')), 403, 'NO_PANEL_ACCESS');
    const blocked = await person();
    await addMember(t, tenantId, blocked.userId, 'member', { status: 'blocked' });
    expectProblem(await catalog(blocked), 403, 'MEMBERSHIP_BLOCKED');
  });

  it('a non-member gets the same 404 for a real, a random and a non-UUID tenant; no session is 401', async () => {
    const outsider = await person();
    const bodies = new Set<string>();
    for (const tid of [tenantId, randomUUID(), 'not-a-uuid']) {
      const { instance: _instance, ...body } = expectProblem(await catalog(outsider, tid), 404, 'TENANT_NOT_FOUND');
      bodies.add(JSON.stringify(body));
    }
    expect(bodies.size).toBe(1);
    expectProblem(await t.http.get(`/api/v1/tenants/${tenantId}/permissions/catalog`), 401, 'UNAUTHORIZED');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const op = doc.paths['/api/v1/tenants/{tenantId}/permissions/catalog'].get;
    expect(op.operationId).toBe('getPermissionCatalog');
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404']));
    expect(op.responses['200'].content['application/json'].schema.$ref).toMatch(/PermissionCatalogResponse$/);
  });
});
