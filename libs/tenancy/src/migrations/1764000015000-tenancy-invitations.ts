import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations into a tenant.
 *
 * - `invitations`: `(tenant_id, id)` is the primary key (the composite key every tenant row has,
 *   and no second index on `id`); the email normalised; the link's
 *   token only as its sha256 (`token_hash`, unique); `status` pending | accepted | revoked |
 *   expired | declined. At most one pending invitation per (tenant, email): a partial unique index.
 * - The permission set by a composite key, `ON DELETE SET NULL (permission_set_id)`: deleting a set
 *   never fails because an invitation (even an old one) names it; an invitation whose set is gone
 *   cannot be accepted any more (the service answers `INVITATION_PERMISSION_SET_GONE`).
 * - `invitation_companies`: the companies, with composite keys to the invitation and the company of
 *   the same tenant, so an invitation can never name another tenant's company.
 * - Indexes: the sweep reads pending rows by `expires_at`; the seat count a tenant's pending rows by
 *   `expires_at`; the list a tenant's rows by id (the key); the invitee's list pending rows by email.
 *   Every index on all rows costs each expiry an entry (a status change is never a HOT update), so
 *   only the key and `token_hash` cover all rows; the partial ones take no entry for an expired
 *   row. A set's deletion finds its invitations through the key's tenant range.
 */
export class TenancyInvitations1764000015000 implements MigrationInterface {
  name = 'TenancyInvitations1764000015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invitations (
        id uuid NOT NULL,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email <> '' AND email = lower(btrim(email))),
        role text NOT NULL CHECK (role IN ('superadmin', 'admin', 'member', 'client', 'contact')),
        permission_set_id uuid,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        token_hash text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'revoked', 'expired', 'declined')),
        expires_at timestamptz NOT NULL,
        accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        accepted_at timestamptz,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        last_mail_id uuid,
        sent_count integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT invitations_pkey PRIMARY KEY (tenant_id, id),
        CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
        CONSTRAINT invitations_permission_set_fk FOREIGN KEY (tenant_id, permission_set_id)
          REFERENCES permission_sets (tenant_id, id) ON DELETE SET NULL (permission_set_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX invitations_one_pending_idx ON invitations (tenant_id, email) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX invitations_due_idx ON invitations (expires_at) WHERE status = 'pending'`);
    // The seat count: a tenant's pending invitations not past their expiry (a range, not a scan of the due ones).
    await q.query(`CREATE INDEX invitations_tenant_pending_idx ON invitations (tenant_id, expires_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX invitations_email_pending_idx ON invitations (email) WHERE status = 'pending'`);

    await q.query(`
      CREATE TABLE invitation_companies (
        tenant_id uuid NOT NULL,
        invitation_id uuid NOT NULL,
        company_id uuid NOT NULL,
        PRIMARY KEY (invitation_id, company_id),
        CONSTRAINT invitation_companies_invitation_fk FOREIGN KEY (tenant_id, invitation_id)
          REFERENCES invitations (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT invitation_companies_company_fk FOREIGN KEY (tenant_id, company_id)
          REFERENCES companies (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX invitation_companies_company_idx ON invitation_companies (tenant_id, company_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE invitation_companies');
    await q.query('DROP TABLE invitations');
  }
}
