import { encodeCursor } from '@tenant-iam/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

// Tenants come from the service; memberships and companies are written in SQL here until their
// services exist. What this suite checks is the read the "switch account" menu uses.
describe('tenancy: GET /me/tenants', () => {
  let t: TestApp;
  let db: DataSource;

  const userId = async (email: string): Promise<string> => (await db.query('SELECT id FROM users WHERE email = $1', [email]))[0].id;

  const tenant = (name: string, ownerId: string): Promise<string> => createTenant(t, ownerId, name);

  async function member(tenantId: string, uid: string, role: string, status = 'active'): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO memberships (id, tenant_id, user_id, role, status, permission_set_id, created_at, updated_at)
       SELECT $1, $2, $3, $4, $5, CASE WHEN $4 IN ('member', 'client') THEN s.id END, now(), now()
       FROM permission_sets s WHERE s.tenant_id = $2 AND s.builtin`,
      [id, tenantId, uid, role, status],
    );
    return id;
  }

  async function company(tenantId: string, name: string, ...membershipIds: string[]): Promise<string> {
    const id = randomUUID();
    await db.query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`, [
      id,
      tenantId,
      name,
    ]);
    for (const m of membershipIds) {
      await db.query('INSERT INTO membership_companies (tenant_id, membership_id, company_id) VALUES ($1, $2, $3)', [tenantId, m, id]);
    }
    return id;
  }

  const list = (token: string, query = '') => t.http.get(`/api/v1/me/tenants${query}`).set('Authorization', bearer(token));

  beforeAll(async () => {
    t = await createTestApp({ label: 'me-tenants' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('is empty for a new account', async () => {
    const user = await signUp(t);
    expect((await list(user.accessToken).expect(200)).body).toEqual({ items: [], nextCursor: null });
  });

  it('lists every organisation of the caller with role, status and linked companies, by name', async () => {
    const owner = await signUp(t);
    const client = await signUp(t);
    const ownerId = await userId(owner.email);
    const clientId = await userId(client.email);
    const zeta = await tenant('Zeta Hosting', ownerId);
    const acme = await tenant('Acme Domains', ownerId);
    const blocked = await tenant('Blocked Ltd', ownerId);
    const asClientOfZeta = await member(zeta, clientId, 'client');
    await member(acme, clientId, 'admin');
    await member(blocked, clientId, 'member', 'blocked');
    const beta = await company(zeta, 'Beta sp. z o.o.', asClientOfZeta);
    const alpha = await company(zeta, 'Alpha LLC', asClientOfZeta);
    await company(zeta, 'Not linked to the client');

    const res = await list(client.accessToken).expect(200);
    expect(res.body).toEqual({
      items: [
        { tenantId: acme, name: 'Acme Domains', role: 'admin', status: 'active', companies: [] },
        { tenantId: blocked, name: 'Blocked Ltd', role: 'member', status: 'blocked', companies: [] },
        {
          tenantId: zeta,
          name: 'Zeta Hosting',
          role: 'client',
          status: 'active',
          companies: [
            { id: alpha, name: 'Alpha LLC' },
            { id: beta, name: 'Beta sp. z o.o.' },
          ],
        },
      ],
      nextCursor: null,
    });
    const ownerView = await list(owner.accessToken).expect(200);
    expect(ownerView.body.items.map((i: { name: string; role: string }) => `${i.name}:${i.role}`)).toEqual([
      'Acme Domains:owner',
      'Blocked Ltd:owner',
      'Zeta Hosting:owner',
    ]);
  });

  it("never shows another user's organisations", async () => {
    const alice = await signUp(t);
    const bob = await signUp(t);
    await tenant('Alice private org', await userId(alice.email));
    const res = await list(bob.accessToken).expect(200);
    expect(res.body.items).toEqual([]);
    expect(res.text).not.toContain('Alice private org');
  });

  it('pages with limit and cursor, same names ordered by id, without gaps or repeats', async () => {
    const user = await signUp(t);
    const uid = await userId(user.email);
    const ids: string[] = [];
    for (const name of ['B', 'A', 'C', 'B', 'D']) ids.push(await tenant(name, uid));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await list(user.accessToken, query).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((i: { name: string; tenantId: string }) => `${i.name}:${i.tenantId}`));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    const bIds = [ids[0], ids[3]].sort();
    expect(seen).toEqual([`A:${ids[1]}`, `B:${bIds[0]}`, `B:${bIds[1]}`, `C:${ids[2]}`, `D:${ids[4]}`]);
    expect(pages).toBe(3);
  });

  it('answers 400 VALIDATION_FAILED for a bad limit or a cursor it did not make', async () => {
    const user = await signUp(t);
    for (const query of ['?limit=0', '?limit=101', '?limit=abc']) {
      const body = expectProblem(await list(user.accessToken, query), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)[0]).toMatch(/^limit:/);
    }
    for (const cursor of [
      'not-a-cursor!',
      encodeCursor({ createdAt: '2025-01-01', id: 'x' }),
      encodeCursor({ name: 'A', id: "x' OR 1=1" }),
    ]) {
      const body = expectProblem(await list(user.accessToken, `?cursor=${encodeURIComponent(cursor)}`), 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)).toEqual(['cursor:INVALID_CURSOR']);
    }
  });

  it('needs a session: 401 without a token and after logout', async () => {
    expectProblem(await t.http.get('/api/v1/me/tenants'), 401, 'UNAUTHORIZED');
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/logout').set('Authorization', bearer(user.accessToken)).send({}).expect(204);
    expectProblem(await list(user.accessToken), 401, 'SESSION_REVOKED');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const op = doc.paths['/api/v1/me/tenants'].get;
    expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['cursor', 'limit']);
    expect(doc.components.schemas.MyTenantResponse.required).toEqual(
      expect.arrayContaining(['tenantId', 'name', 'role', 'status', 'companies']),
    );
  });
});
