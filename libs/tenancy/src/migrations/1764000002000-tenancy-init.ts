import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, their members and client companies. Runs after identity's migrations: rows
 * reference `users`. Later tenancy features (permission sets, invitations, groups, contacts, API
 * keys, usage) add their own tables and foreign keys in their own migrations.
 */
export class TenancyInit1764000002000 implements MigrationInterface {
  name = 'TenancyInit1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (btrim(name) <> ''),
        owner_user_id uuid NOT NULL REFERENCES users(id),
        billing_email text,
        plan text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tenants_owner_user_id_idx ON tenants (owner_user_id)`);
    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'superadmin', 'admin', 'member', 'client', 'contact')),
        permission_set_id uuid,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT memberships_tenant_user_key UNIQUE (tenant_id, user_id)
      )`);
    await q.query(`CREATE INDEX memberships_user_id_idx ON memberships (user_id)`);
    // At most one owner per tenant, enforced by the database rather than by a read-then-write.
    await q.query(`CREATE UNIQUE INDEX memberships_one_owner_idx ON memberships (tenant_id) WHERE role = 'owner'`);
    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (btrim(name) <> ''),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX companies_tenant_id_idx ON companies (tenant_id)`);
    await q.query(`
      CREATE TABLE membership_companies (
        membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        PRIMARY KEY (membership_id, company_id)
      )`);
    await q.query(`CREATE INDEX membership_companies_company_id_idx ON membership_companies (company_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE membership_companies');
    await q.query('DROP TABLE companies');
    await q.query('DROP TABLE memberships');
    await q.query('DROP TABLE tenants');
  }
}
