import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts: contact persons of the tenant or of one of its client companies, and authorised
 * contacts (no panel access) who receive mails of the categories they are subscribed to.
 *
 * - `(tenant_id, id)` is unique so later rows can reference a contact of their own tenant only.
 * - `(tenant_id, company_id)` references `companies (tenant_id, id)`: a contact can never name
 *   another tenant's company. Deleting the company keeps its contacts as the tenant's own:
 *   `ON DELETE SET NULL (company_id)` clears only the company, never `tenant_id` (PostgreSQL 15+).
 * - `notification_categories`: a CHECK keeps the values to the five known categories (the
 *   service stores each once), so no code path can store one the recipients lookup never matches.
 * - `user_id`: the account a member was created for from this contact; it goes when the account goes.
 * - Bounded texts in the schema too (names 100, email 254, phone 32, position 200), whatever a
 *   service forgets.
 */
export class TenancyContacts1764000012000 implements MigrationInterface {
  name = 'TenancyContacts1764000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        company_id uuid,
        first_name text NOT NULL CHECK (btrim(first_name) <> '' AND length(first_name) <= 100),
        last_name text NOT NULL CHECK (btrim(last_name) <> '' AND length(last_name) <= 100),
        email text CHECK (email IS NULL OR (email <> '' AND length(email) <= 254)),
        phone text CHECK (phone IS NULL OR phone ~ '^\\+[1-9][0-9]{1,14}$'),
        position text CHECK (position IS NULL OR (btrim(position) <> '' AND length(position) <= 200)),
        panel_access boolean NOT NULL DEFAULT false,
        notification_categories text[] NOT NULL DEFAULT '{}'::text[],
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT contacts_tenant_id_key UNIQUE (tenant_id, id),
        CONSTRAINT contacts_company_fk FOREIGN KEY (tenant_id, company_id)
          REFERENCES companies (tenant_id, id) ON DELETE SET NULL (company_id),
        CONSTRAINT contacts_notification_categories_check CHECK (
          notification_categories <@ ARRAY['general', 'services', 'domains', 'payments', 'support']::text[]
          AND cardinality(notification_categories) <= 5
        )
      )`);
    // The company filter and the company's side of the foreign key (deleting a company finds its contacts).
    await q.query(`CREATE INDEX contacts_company_idx ON contacts (tenant_id, company_id, id) WHERE company_id IS NOT NULL`);
    await q.query(`CREATE INDEX contacts_user_idx ON contacts (user_id) WHERE user_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contacts');
  }
}
