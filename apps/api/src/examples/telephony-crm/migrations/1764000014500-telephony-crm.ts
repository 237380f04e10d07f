import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables of the telephony CRM example (run in every deployment, so a database never depends on
 * whether the example's routes were mounted; they are empty where the routes are not).
 *
 * - `telephony_sip_ranges`: per organisation, the extensions `mode: "pool"` takes the next free one
 *   from. The extension itself is the tenancy member attribute `sipExtension` (unique by tenancy's
 *   `membership_unique_attributes`), not a column here.
 * - `telephony_pools` (kind `callerId` or `smsSender`), their values, the members each is assigned to.
 * - `telephony_member_choices`: the number a member picked per kind. Its keys make the rule a schema
 *   fact: the pool must be of that kind, assigned to that member, and hold that value; unassigning
 *   the pool (or deleting the value) drops the choice by the cascade.
 * - Every reference is a `(tenant_id, ...)` composite key, as in tenancy: nothing points across tenants.
 */
export class TelephonyCrm1764000014500 implements MigrationInterface {
  name = 'TelephonyCrm1764000014500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE telephony_sip_ranges (
        tenant_id uuid PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
        first_extension integer NOT NULL CHECK (first_extension BETWEEN 10 AND 999999),
        last_extension integer NOT NULL CHECK (last_extension BETWEEN 10 AND 999999),
        updated_at timestamptz NOT NULL,
        CHECK (first_extension <= last_extension AND last_extension - first_extension < 10000)
      )`);
    await q.query(`
      CREATE TABLE telephony_pools (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('callerId', 'smsSender')),
        name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 100),
        created_at timestamptz NOT NULL,
        CONSTRAINT telephony_pools_tenant_id_key UNIQUE (tenant_id, id),
        CONSTRAINT telephony_pools_tenant_id_kind_key UNIQUE (tenant_id, id, kind)
      )`);
    await q.query(`CREATE UNIQUE INDEX telephony_pools_name_idx ON telephony_pools (tenant_id, kind, lower(name))`);
    await q.query(`
      CREATE TABLE telephony_pool_values (
        tenant_id uuid NOT NULL,
        pool_id uuid NOT NULL,
        value text NOT NULL CHECK (length(value) BETWEEN 1 AND 32),
        PRIMARY KEY (tenant_id, pool_id, value),
        FOREIGN KEY (tenant_id, pool_id) REFERENCES telephony_pools (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE telephony_pool_members (
        tenant_id uuid NOT NULL,
        pool_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, pool_id, membership_id),
        FOREIGN KEY (tenant_id, pool_id) REFERENCES telephony_pools (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT telephony_pool_members_membership_fk FOREIGN KEY (tenant_id, membership_id)
          REFERENCES memberships (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX telephony_pool_members_member_idx ON telephony_pool_members (tenant_id, membership_id)`);
    await q.query(`
      CREATE TABLE telephony_member_choices (
        tenant_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        kind text NOT NULL,
        pool_id uuid NOT NULL,
        value text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, membership_id, kind),
        FOREIGN KEY (tenant_id, pool_id, kind) REFERENCES telephony_pools (tenant_id, id, kind) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, pool_id, membership_id) REFERENCES telephony_pool_members (tenant_id, pool_id, membership_id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, pool_id, value) REFERENCES telephony_pool_values (tenant_id, pool_id, value) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE telephony_member_choices');
    await q.query('DROP TABLE telephony_pool_members');
    await q.query('DROP TABLE telephony_pool_values');
    await q.query('DROP TABLE telephony_pools');
    await q.query('DROP TABLE telephony_sip_ranges');
  }
}
