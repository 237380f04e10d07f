import { TENANCY_MIGRATIONS } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createTenant } from '../../support/factories/tenants';
import { signUp } from '../../support/identity';

// The companies migration on a database that already holds companies: names that differ only in
// case (possible before the unique index) are made distinct instead of failing the deploy.
describe('migration: tenancy companies (1764000011000)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ label: 'companies-migration' });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('keeps the oldest of clashing names, suffixes the others with their id, then enforces unique names', async () => {
    const owner = await signUp(t);
    const ownerId = (await db.query('SELECT id FROM users WHERE email = $1', [owner.email]))[0].id;
    const tenantId = await createTenant(t, ownerId, 'Old Data Ltd');
    const otherTenant = await createTenant(t, ownerId, 'Other Old Data Ltd');
    const Migration = TENANCY_MIGRATIONS.find((m) => m.name === 'TenancyCompanies1764000011000')!;
    const runner = db.createQueryRunner();
    try {
      await new Migration().down(runner);
      const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const rows: [string, string, string, string][] = [
        [ids[0], tenantId, 'Dup Ltd', '2025-01-01T00:00:00Z'],
        [ids[1], tenantId, 'DUP LTD', '2025-01-02T00:00:00Z'],
        [ids[2], tenantId, 'Unique Ltd', '2025-01-03T00:00:00Z'],
        [ids[3], otherTenant, 'dup ltd', '2025-01-04T00:00:00Z'],
      ];
      for (const row of rows) {
        await db.query('INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)', row);
      }
      await new Migration().up(runner);
      const names = await db.query('SELECT id, name, tax_id FROM companies WHERE id = ANY($1::uuid[]) ORDER BY created_at', [ids]);
      expect(names).toEqual([
        { id: ids[0], name: 'Dup Ltd', tax_id: null },
        { id: ids[1], name: `DUP LTD (${ids[1].slice(0, 8)})`, tax_id: null },
        { id: ids[2], name: 'Unique Ltd', tax_id: null },
        { id: ids[3], name: 'dup ltd', tax_id: null },
      ]);
      await expect(
        db.query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, 'unique LTD', now(), now())`, [
          randomUUID(),
          tenantId,
        ]),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23505', constraint: 'companies_tenant_name_idx' }) });
    } finally {
      await runner.release();
    }
  });
});
