import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unique member attributes, enforced by the database. `membership_unique_attributes` holds one row
 * per value of an attribute a product module declared `unique`, written in the transaction that
 * writes the membership's `attributes`:
 * - PRIMARY KEY `(tenant_id, name, value)`: one holder per value in a tenant, whatever the races;
 * - UNIQUE `(tenant_id, membership_id, name)`: one value per member and name;
 * - the composite key to `memberships (tenant_id, id)`: a value can only belong to a member of the
 *   same tenant, and goes with the membership (and the tenant) by the cascade.
 */
export class TenancyMemberAttributes1764000014000 implements MigrationInterface {
  name = 'TenancyMemberAttributes1764000014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE membership_unique_attributes (
        tenant_id uuid NOT NULL,
        name text NOT NULL CHECK (name <> '' AND length(name) <= 64),
        value text NOT NULL CHECK (value <> '' AND length(value) <= 256),
        membership_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, name, value),
        CONSTRAINT membership_unique_attributes_member_key UNIQUE (tenant_id, membership_id, name),
        CONSTRAINT membership_unique_attributes_membership_fk FOREIGN KEY (tenant_id, membership_id)
          REFERENCES memberships (tenant_id, id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE membership_unique_attributes');
  }
}
