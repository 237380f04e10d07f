import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Client companies get their service: an optional tax id, and names unique per tenant, case aside
 * (the index also orders the list, so the plain `tenant_id` index it covers goes). Names that
 * collided before the index (rows written by hand) are made distinct by a suffix of their id
 * rather than failing the migration.
 */
export class TenancyCompanies1764000011000 implements MigrationInterface {
  name = 'TenancyCompanies1764000011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE companies ADD COLUMN tax_id text CHECK (tax_id IS NULL OR btrim(tax_id) <> '')`);
    await q.query(`
      UPDATE companies c SET name = c.name || ' (' || left(c.id::text, 8) || ')'
      FROM (
        SELECT id, row_number() OVER (PARTITION BY tenant_id, lower(name) ORDER BY created_at, id) AS n FROM companies
      ) d
      WHERE d.id = c.id AND d.n > 1`);
    await q.query(`CREATE UNIQUE INDEX companies_tenant_name_idx ON companies (tenant_id, lower(name))`);
    await q.query(`DROP INDEX companies_tenant_id_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX companies_tenant_id_idx ON companies (tenant_id)`);
    await q.query(`DROP INDEX companies_tenant_name_idx`);
    await q.query(`ALTER TABLE companies DROP COLUMN tax_id`);
  }
}
