import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Permission sets, the activity log, and tenant integrity in the schema.
 *
 * - `permission_sets`: every tenant gets one built-in "Full access" set (a row, so memberships can
 *   reference it through the same composite key as any other set). `version` changes with every
 *   edit: cached abilities are keyed by it.
 * - Composite `(tenant_id, id)` keys: a membership can only point at a set of its own tenant, and a
 *   membership-company link only joins a membership and a company of the same tenant.
 * - `memberships`: members and clients hold exactly one set (CHECK); `attributes` (product-defined),
 *   `account_created` (the tenant created the account, so it may edit the profile), block audit.
 * - `tenants.settings_version`: bumped when settings change (cached abilities again).
 * - `activity_log`: append-only (an UPDATE trigger refuses changes); rows go only with their tenant.
 */
export class TenancyMembersPermissions1764000006000 implements MigrationInterface {
  name = 'TenancyMembersPermissions1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenants ADD COLUMN settings_version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE tenants ADD CONSTRAINT tenants_billing_email_check CHECK (billing_email IS NULL OR billing_email <> '')`);

    await q.query(`
      CREATE TABLE permission_sets (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (btrim(name) <> ''),
        builtin boolean NOT NULL DEFAULT false,
        full_access boolean NOT NULL DEFAULT false,
        rules jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(rules) = 'array'),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT permission_sets_tenant_id_key UNIQUE (tenant_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX permission_sets_tenant_name_idx ON permission_sets (tenant_id, lower(name))`);
    await q.query(`CREATE UNIQUE INDEX permission_sets_one_builtin_idx ON permission_sets (tenant_id) WHERE builtin`);
    // Tenants made before this migration get their built-in set too.
    await q.query(`
      INSERT INTO permission_sets (id, tenant_id, name, builtin, full_access, created_at, updated_at)
      SELECT gen_random_uuid(), t.id, 'Full access', true, true, now(), now() FROM tenants t`);

    await q.query(`ALTER TABLE memberships ADD CONSTRAINT memberships_tenant_id_key UNIQUE (tenant_id, id)`);
    await q.query(
      `ALTER TABLE memberships ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(attributes) = 'object')`,
    );
    await q.query(`ALTER TABLE memberships ADD COLUMN account_created boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE memberships ADD COLUMN blocked_at timestamptz`);
    await q.query(`ALTER TABLE memberships ADD COLUMN blocked_by uuid REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`
      UPDATE memberships m SET permission_set_id = s.id FROM permission_sets s
      WHERE s.tenant_id = m.tenant_id AND s.builtin AND m.role IN ('member', 'client') AND m.permission_set_id IS NULL`);
    // RESTRICT: a set in use cannot be deleted (the service answers PERMISSION_SET_IN_USE first).
    await q.query(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_permission_set_fk
        FOREIGN KEY (tenant_id, permission_set_id) REFERENCES permission_sets (tenant_id, id) ON DELETE RESTRICT`);
    await q.query(`CREATE INDEX memberships_permission_set_idx ON memberships (tenant_id, permission_set_id)`);
    await q.query(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_set_required_check
        CHECK (role NOT IN ('member', 'client') OR permission_set_id IS NOT NULL)`);
    await q.query(
      `ALTER TABLE memberships ADD CONSTRAINT memberships_no_owner_set_check CHECK (role <> 'owner' OR permission_set_id IS NULL)`,
    );

    await q.query(`ALTER TABLE companies ADD CONSTRAINT companies_tenant_id_key UNIQUE (tenant_id, id)`);
    await q.query(`ALTER TABLE membership_companies ADD COLUMN tenant_id uuid`);
    await q.query(`UPDATE membership_companies mc SET tenant_id = m.tenant_id FROM memberships m WHERE m.id = mc.membership_id`);
    // Links that joined two tenants cannot be kept: the key below would refuse them.
    await q.query(`
      DELETE FROM membership_companies mc USING companies c
      WHERE c.id = mc.company_id AND c.tenant_id IS DISTINCT FROM mc.tenant_id`);
    await q.query(`ALTER TABLE membership_companies ALTER COLUMN tenant_id SET NOT NULL`);
    await q.query(`ALTER TABLE membership_companies DROP CONSTRAINT membership_companies_membership_id_fkey`);
    await q.query(`ALTER TABLE membership_companies DROP CONSTRAINT membership_companies_company_id_fkey`);
    await q.query(`
      ALTER TABLE membership_companies
        ADD CONSTRAINT membership_companies_membership_fk FOREIGN KEY (tenant_id, membership_id)
          REFERENCES memberships (tenant_id, id) ON DELETE CASCADE,
        ADD CONSTRAINT membership_companies_company_fk FOREIGN KEY (tenant_id, company_id)
          REFERENCES companies (tenant_id, id) ON DELETE CASCADE`);

    await q.query(`
      CREATE TABLE activity_log (
        id uuid PRIMARY KEY,
        tenant_id uuid REFERENCES tenants(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('user', 'apiKey', 'system')),
        actor_id text,
        actor_user_id uuid,
        action text NOT NULL,
        target_type text,
        target_id text,
        target_user_id uuid,
        data jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    // Both lists read newest first; ids are uuid v7, so (at, id) is a total, stable order.
    await q.query(`CREATE INDEX activity_log_tenant_idx ON activity_log (tenant_id, at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX activity_log_target_user_idx ON activity_log (tenant_id, target_user_id, at DESC, id DESC) WHERE target_user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX activity_log_actor_user_idx ON activity_log (tenant_id, actor_user_id, at DESC, id DESC) WHERE actor_user_id IS NOT NULL`,
    );
    await q.query(`
      CREATE FUNCTION activity_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'activity_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER activity_log_append_only BEFORE UPDATE ON activity_log
        FOR EACH ROW EXECUTE FUNCTION activity_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE activity_log');
    await q.query('DROP FUNCTION activity_log_append_only()');
    await q.query(`
      ALTER TABLE membership_companies
        DROP CONSTRAINT membership_companies_membership_fk,
        DROP CONSTRAINT membership_companies_company_fk,
        ADD CONSTRAINT membership_companies_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES memberships(id) ON DELETE CASCADE,
        ADD CONSTRAINT membership_companies_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE,
        DROP COLUMN tenant_id`);
    await q.query('ALTER TABLE companies DROP CONSTRAINT companies_tenant_id_key');
    await q.query(`
      ALTER TABLE memberships
        DROP CONSTRAINT memberships_no_owner_set_check,
        DROP CONSTRAINT memberships_set_required_check,
        DROP CONSTRAINT memberships_permission_set_fk,
        DROP COLUMN blocked_by, DROP COLUMN blocked_at, DROP COLUMN account_created, DROP COLUMN attributes,
        DROP CONSTRAINT memberships_tenant_id_key`);
    await q.query('DROP INDEX memberships_permission_set_idx');
    await q.query('UPDATE memberships SET permission_set_id = NULL');
    await q.query('DROP TABLE permission_sets');
    await q.query('ALTER TABLE tenants DROP CONSTRAINT tenants_billing_email_check, DROP COLUMN settings_version');
  }
}
