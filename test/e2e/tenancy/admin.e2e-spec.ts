import { encodeCursor } from '@tenant-iam/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Account {
  id: string;
  email: string;
  accessToken: string;
}

// The platform operators: PLATFORM_ADMINS names them (any spelling), the plans come from the
// runtime config as PLANS_FILE would give them.
describe('tenancy: operators (/admin/tenants)', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: Account;

  async function account(email?: string): Promise<Account> {
    const user = await signUp(t, email ? { email } : {});
    const me = await t.http.get('/api/v1/me').set('Authorization', bearer(user.accessToken)).expect(200);
    return { id: me.body.id, email: user.email, accessToken: user.accessToken };
  }

  const list = (who: Account, query = '') => t.http.get(`/api/v1/admin/tenants${query}`).set('Authorization', bearer(who.accessToken));
  const setPlan = (who: Account, tenantId: string, plan: unknown) =>
    t.http.put(`/api/v1/admin/tenants/${tenantId}/plan`).set('Authorization', bearer(who.accessToken)).send({ plan });

  beforeAll(async () => {
    t = await createTestApp({
      label: 'admin',
      env: { PLATFORM_ADMINS: 'someone-else@example.test, Operator@Example.TEST', LOGIN_MAX_ATTEMPTS_PER_IP: '10000' },
      runtime: {
        plans: {
          default: 'basic',
          plans: { basic: { seats: 2, quotas: {} }, pro: { seats: 50, quotas: { search: 1000 } } },
        },
      },
    });
    db = t.app.get(DataSource);
    operator = await account('operator@example.test');
  });
  afterAll(() => t.close());

  it('lists every organisation with plan, owner and seats, newest first, in pages', async () => {
    const owner = await account();
    const first = await createTenant(t, owner.id, 'First');
    t.clock.advance(1_000);
    const second = await createTenant(t, owner.id, 'Second');
    await addMember(t, second, (await account()).id, 'member');
    t.clock.advance(1_000);
    const third = await createTenant(t, (await account()).id, 'Third');

    const page = await list(operator, '?limit=2').expect(200);
    expect(page.body.items).toEqual([
      {
        id: third,
        name: 'Third',
        plan: 'basic',
        ownerUserId: expect.any(String),
        seats: { limit: 2, used: 1 },
        createdAt: expect.any(String),
      },
      { id: second, name: 'Second', plan: 'basic', ownerUserId: owner.id, seats: { limit: 2, used: 2 }, createdAt: expect.any(String) },
    ]);
    const next = await list(operator, `?limit=2&cursor=${page.body.nextCursor}`).expect(200);
    expect(next.body.items.map((i: { id: string }) => i.id)).toEqual([first]);
    expect(next.body.nextCursor).toBeNull();

    for (const bad of ['nope!', encodeCursor({ name: 'A', id: randomUUID() }), encodeCursor({ createdAt: '2025-01-01', id: 'x' })]) {
      const body = expectProblem(await list(operator, `?cursor=${encodeURIComponent(bad)}`), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)).toEqual(['cursor:INVALID_CURSOR']);
    }
  });

  it('anyone but an operator gets 404 NOT_FOUND, as for a route that does not exist', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    const unknownRoute = expectProblem(
      await t.http.get('/api/v1/admin/nothing-here').set('Authorization', bearer(owner.accessToken)),
      404,
      'NOT_FOUND',
    );
    const answers = [
      await list(owner),
      await setPlan(owner, tenantId, 'pro'),
      await setPlan(owner, randomUUID(), 'pro'),
      await setPlan(owner, tenantId, 'no-such-plan'),
    ];
    for (const res of answers) {
      const { instance: _, ...body } = expectProblem(res, 404, 'NOT_FOUND');
      const { instance: __, ...expected } = unknownRoute;
      expect(body).toEqual(expected);
    }
    expect((await db.query('SELECT plan FROM tenants WHERE id = $1', [tenantId]))[0].plan).toBe('basic');
    expectProblem(await t.http.get('/api/v1/admin/tenants'), 401, 'UNAUTHORIZED');
  });

  it('moves a tenant to another plan: seats follow, the owner sees it, the log names the operator', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    const res = await setPlan(operator, tenantId, 'pro').expect(200);
    expect(res.body).toMatchObject({ id: tenantId, plan: 'pro', seats: { limit: 50, used: 1 } });
    const seen = await t.http.get(`/api/v1/tenants/${tenantId}`).set('Authorization', bearer(owner.accessToken)).expect(200);
    expect(seen.body).toMatchObject({ plan: 'pro', seats: { limit: 50, used: 1 } });

    const log = await t.http.get(`/api/v1/tenants/${tenantId}/activity`).set('Authorization', bearer(owner.accessToken)).expect(200);
    expect(log.body.items[0]).toMatchObject({
      action: 'tenant.plan_changed',
      actor: { type: 'user', id: operator.id },
      target: { type: 'tenant', id: tenantId },
      data: { from: 'basic', to: 'pro' },
    });
    // The same plan again changes nothing and logs nothing.
    await setPlan(operator, tenantId, 'pro').expect(200);
    const again = await t.http.get(`/api/v1/tenants/${tenantId}/activity`).set('Authorization', bearer(owner.accessToken)).expect(200);
    expect(again.body.items.filter((e: { action: string }) => e.action === 'tenant.plan_changed')).toHaveLength(1);
  });

  it('a downgrade below the current count removes nobody; the count simply exceeds the limit', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    await setPlan(operator, tenantId, 'pro').expect(200);
    for (let i = 0; i < 3; i++) await addMember(t, tenantId, (await account()).id, 'member');
    const res = await setPlan(operator, tenantId, 'basic').expect(200);
    expect(res.body.seats).toEqual({ limit: 2, used: 4 });
    expect((await db.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]))[0].n).toBe(4);
    const seen = await t.http.get(`/api/v1/tenants/${tenantId}`).set('Authorization', bearer(owner.accessToken)).expect(200);
    expect(seen.body.seats).toEqual({ limit: 2, used: 4 });
    // The limit applies from the next add: refused now, accepted again once the plan has room.
    const add = () =>
      t.http
        .post(`/api/v1/tenants/${tenantId}/members`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ email: uniqueEmail('late'), role: 'member' });
    expectProblem(await add(), 409, 'SEAT_LIMIT_REACHED');
    await setPlan(operator, tenantId, 'pro').expect(200);
    await add().expect(201);
  });

  it('answers 422 UNKNOWN_PLAN, 404 TENANT_NOT_FOUND and 400 for a bad body', async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    const unknown = expectProblem(await setPlan(operator, tenantId, 'platinum'), 422, 'UNKNOWN_PLAN');
    expect(unknown.detail).toContain('basic, pro');
    // Only a plan the file defines: not an inherited object property.
    expectProblem(await setPlan(operator, tenantId, 'constructor'), 422, 'UNKNOWN_PLAN');
    expectProblem(await setPlan(operator, randomUUID(), 'pro'), 404, 'TENANT_NOT_FOUND');
    expectProblem(await setPlan(operator, 'not-a-uuid', 'pro'), 404, 'TENANT_NOT_FOUND');
    for (const plan of [undefined, '', 42]) {
      const body = expectProblem(await setPlan(operator, tenantId, plan), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)[0]).toMatch(/^plan:/);
    }
    expect((await db.query('SELECT plan FROM tenants WHERE id = $1', [tenantId]))[0].plan).toBe('basic');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(doc.paths['/api/v1/admin/tenants'].get.operationId).toBe('adminListTenants');
    const put = doc.paths['/api/v1/admin/tenants/{tenantId}/plan'].put;
    expect(put.operationId).toBe('adminChangeTenantPlan');
    expect(put.responses['422'].content['application/problem+json'].schema.allOf[1].properties.code.enum).toEqual(['UNKNOWN_PLAN']);
    expect(doc.components.schemas.AdminTenantResponse.required).toEqual(
      expect.arrayContaining(['id', 'name', 'plan', 'ownerUserId', 'seats', 'createdAt']),
    );
  });
});
