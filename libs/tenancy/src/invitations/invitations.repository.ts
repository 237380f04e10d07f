import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { InvitationEntity, InvitationStatus } from './invitation.entity';

/** One invitation as lists and the link pages show it: the row, its companies, the tenant's and inviter's names. */
export interface InvitationRow extends InvitationEntity {
  companyIds: string[];
  tenantName: string;
  inviterFirstName: string | null;
  inviterLastName: string | null;
}

/** Filters of a tenant's invitation list. `status` is the effective one: a pending row past its expiry is `expired`. */
export interface InvitationFilter {
  status?: InvitationStatus;
  /** Only the invitations this user sent. */
  invitedBy?: string;
  afterId?: string;
  limit: number;
}

/** The columns of {@link InvitationEntity} by SQL name, selected from `i`. */
const COLUMNS = `i.id, i.tenant_id, i.email, i.role, i.permission_set_id, i.invited_by, i.token_hash, i.status, i.expires_at,
  i.accepted_by, i.accepted_at, i.revoked_by, i.revoked_at, i.last_mail_id, i.sent_count, i.created_at, i.updated_at`;

/** The row with its companies, tenant name and inviter's names. */
const ROW = `SELECT ${COLUMNS}, t.name AS tenant_name, u.first_name AS inviter_first_name, u.last_name AS inviter_last_name,
    ARRAY(SELECT ic.company_id FROM invitation_companies ic WHERE ic.invitation_id = i.id ORDER BY ic.company_id) AS company_ids
  FROM invitations i JOIN tenants t ON t.id = i.tenant_id LEFT JOIN user_directory u ON u.id = i.invited_by`;

type RawRow = Record<string, any>;

function toEntity(r: RawRow): InvitationEntity {
  return Object.assign(new InvitationEntity(), {
    id: r.id,
    tenantId: r.tenant_id,
    email: r.email,
    role: r.role,
    permissionSetId: r.permission_set_id,
    invitedBy: r.invited_by,
    tokenHash: r.token_hash,
    status: r.status,
    expiresAt: new Date(r.expires_at),
    acceptedBy: r.accepted_by,
    acceptedAt: r.accepted_at ? new Date(r.accepted_at) : null,
    revokedBy: r.revoked_by,
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    lastMailId: r.last_mail_id,
    sentCount: r.sent_count,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
}

function toRow(r: RawRow): InvitationRow {
  return {
    ...toEntity(r),
    companyIds: r.company_ids ?? [],
    tenantName: r.tenant_name,
    inviterFirstName: r.inviter_first_name ?? null,
    inviterLastName: r.inviter_last_name ?? null,
  };
}

/** What may change on an invitation through {@link InvitationsRepository.update}. */
export type InvitationChanges = Partial<
  Pick<InvitationEntity, 'status' | 'tokenHash' | 'expiresAt' | 'revokedBy' | 'revokedAt' | 'lastMailId' | 'sentCount' | 'updatedAt'>
>;

/**
 * One batch of the expiry sweep: `$1` now, `$2` the batch size, `$3` the new activity entries' ids,
 * `$4` the job name (the entries' actor), `$5` the earliest expiry to look at. The rows it locked
 * go to the UPDATE by their tuple ids (`ctid`, stable while this statement holds their locks): a
 * TID scan, no index lookups (a join let the planner hash the whole table). Exported for the
 * benchmark's raw baseline.
 */
export const EXPIRE_DUE_SQL = `WITH due AS (
         SELECT ctid AS tid, expires_at FROM invitations
         WHERE status = 'pending' AND expires_at <= $1 AND expires_at >= $5
         ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), expired AS (
         UPDATE invitations i SET status = 'expired', updated_at = $1 WHERE i.ctid = ANY (ARRAY(SELECT tid FROM due)) AND i.status = 'pending'
         RETURNING i.id, i.tenant_id, i.email, i.invited_by
       ), logged AS (
         INSERT INTO activity_log (id, tenant_id, at, actor_type, actor_id, actor_user_id, action, target_type, target_id, target_user_id, data)
         SELECT ($3::uuid[])[e.n], e.tenant_id, $1, 'system', $4, NULL, 'invitation.expired', 'invitation', e.id::text, e.invited_by,
           jsonb_build_object('email', e.email)
         FROM (SELECT x.*, row_number() OVER () AS n FROM expired x) e
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM logged)::int AS n, (SELECT max(expires_at) FROM due) AS last`;

/** The only code that reads or writes `invitations` and `invitation_companies`. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** True when `error` is the refusal of a second pending invitation for one (tenant, email). */
  static isPendingDuplicate(error: unknown): boolean {
    if (!(error instanceof QueryFailedError)) return false;
    const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
    return driver?.code === '23505' && driver.constraint === 'invitations_one_pending_idx';
  }

  async insert(invitation: InvitationEntity, companyIds: string[], m: EntityManager): Promise<void> {
    await m.insert(InvitationEntity, invitation as QueryDeepPartialEntity<InvitationEntity>);
    if (companyIds.length === 0) return;
    await m.query(
      `INSERT INTO invitation_companies (tenant_id, invitation_id, company_id)
       SELECT $1, $2, c FROM unnest($3::uuid[]) AS c ON CONFLICT DO NOTHING`,
      [invitation.tenantId, invitation.id, companyIds],
    );
  }

  /**
   * Pending invitations of the tenant that still hold a seat at `now` (not past their expiry).
   * Read under the tenant's row lock, with the memberships, by the seat count.
   */
  async countHeld(tenantId: string, now: Date, m: EntityManager): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM invitations WHERE tenant_id = $1 AND status = 'pending' AND expires_at > $2`,
      [tenantId, now],
    );
    return rows[0].n;
  }

  /**
   * Marks `expired` the tenant's pending invitation of `email` whose time is over (one the sweep has
   * not reached yet), so a new one may be sent; returns it, or null.
   */
  async expireStalePending(tenantId: string, email: string, now: Date, m: EntityManager): Promise<InvitationEntity | null> {
    const [rows]: [RawRow[], number] = await m.query(
      `UPDATE invitations SET status = 'expired', updated_at = $3
       WHERE tenant_id = $1 AND email = $2 AND status = 'pending' AND expires_at <= $3 RETURNING *`,
      [tenantId, email, now],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /**
   * Revokes the tenant's pending invitation of `email` that still holds a seat at `now`, by `by`;
   * returns it, or null. ONE conditional statement: a revoke, accept or decline of it committed
   * meanwhile leaves nothing to revoke here (the row lock orders them). One past its expiry is left
   * to the sweep: it holds no seat and its link already answers as expired.
   */
  async revokeHeld(tenantId: string, email: string, by: string | null, now: Date, m: EntityManager): Promise<InvitationEntity | null> {
    const [rows]: [RawRow[], number] = await m.query(
      `UPDATE invitations SET status = 'revoked', revoked_by = $3, revoked_at = $4, updated_at = $4
       WHERE tenant_id = $1 AND email = $2 AND status = 'pending' AND expires_at > $4 RETURNING *`,
      [tenantId, email, by, now],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The tenant's pending invitation of `email`, or null. */
  async findPending(tenantId: string, email: string, m: EntityManager): Promise<InvitationEntity | null> {
    const rows: RawRow[] = await m.query(`SELECT * FROM invitations WHERE tenant_id = $1 AND email = $2 AND status = 'pending'`, [
      tenantId,
      email,
    ]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The invitation `id` of the tenant, locked until the transaction ends (resends and revokes run one at a time). */
  async lockInTenant(tenantId: string, id: string, m: EntityManager): Promise<InvitationEntity | null> {
    const rows: RawRow[] = await m.query('SELECT * FROM invitations WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [tenantId, id]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The invitation of a link token's hash, with its companies and names, or null. */
  async findByTokenHash(tokenHash: string, m?: EntityManager): Promise<InvitationRow | null> {
    const rows: RawRow[] = await (m ?? this.dataSource.manager).query(`${ROW} WHERE i.token_hash = $1`, [tokenHash]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** One invitation of the tenant with its companies and names, or null. */
  async findInTenant(tenantId: string, id: string, m?: EntityManager): Promise<InvitationRow | null> {
    const rows: RawRow[] = await (m ?? this.dataSource.manager).query(`${ROW} WHERE i.tenant_id = $1 AND i.id = $2`, [tenantId, id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Uses the invitation of `tokenHash`: ONE conditional statement moves it from `pending` (and not
   * past its expiry) to `status`, so of any number of concurrent uses exactly one gets the row.
   * Null when it was not pending any more, or expired.
   */
  async claim(
    tokenHash: string,
    status: InvitationStatus.Accepted | InvitationStatus.Declined,
    userId: string | null,
    now: Date,
    m: EntityManager,
  ): Promise<InvitationEntity | null> {
    const [rows]: [RawRow[], number] = await m.query(
      `UPDATE invitations SET status = $2, accepted_by = CASE WHEN $2 = 'accepted' THEN $3::uuid END,
         accepted_at = CASE WHEN $2 = 'accepted' THEN $4::timestamptz END, updated_at = $4
       WHERE token_hash = $1 AND status = 'pending' AND expires_at > $4 RETURNING *`,
      [tokenHash, status, userId, now],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** Records the account a registration through the invitation created (claimed before the account existed). */
  async markAcceptedBy(tenantId: string, id: string, userId: string, m: EntityManager): Promise<void> {
    await m.query('UPDATE invitations SET accepted_by = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, id, userId]);
  }

  /** The pending invitation `id` of `email` in any tenant, with its companies and names, or null (the invitee's side). */
  async findPendingOfEmail(id: string, email: string): Promise<InvitationRow | null> {
    const rows: RawRow[] = await this.dataSource.query(`${ROW} WHERE i.email = $1 AND i.id = $2 AND i.status = 'pending'`, [email, id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Changes the invitation's own columns. */
  async update(tenantId: string, id: string, changes: InvitationChanges, m: EntityManager): Promise<void> {
    await m.update(InvitationEntity, { tenantId, id }, changes as QueryDeepPartialEntity<InvitationEntity>);
  }

  /** The company ids of the invitation that still exist (a deleted company drops out). */
  async companiesOf(tenantId: string, id: string, m: EntityManager): Promise<string[]> {
    const rows: { company_id: string }[] = await m.query(
      'SELECT company_id FROM invitation_companies WHERE tenant_id = $1 AND invitation_id = $2 ORDER BY company_id',
      [tenantId, id],
    );
    return rows.map((r) => r.company_id);
  }

  /** A page of the tenant's invitations by id (creation order), in one statement. */
  async list(tenantId: string, filter: InvitationFilter, now: Date): Promise<InvitationRow[]> {
    const params: unknown[] = [tenantId];
    const where = ['i.tenant_id = $1'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.status === InvitationStatus.Pending) add((n) => `i.status = 'pending' AND i.expires_at > $${n}`, now);
    else if (filter.status === InvitationStatus.Expired)
      add((n) => `(i.status = 'expired' OR (i.status = 'pending' AND i.expires_at <= $${n}))`, now);
    else if (filter.status !== undefined) add((n) => `i.status = $${n}`, filter.status);
    if (filter.invitedBy !== undefined) add((n) => `i.invited_by = $${n}`, filter.invitedBy);
    if (filter.afterId !== undefined) add((n) => `i.id > $${n}`, filter.afterId);
    params.push(filter.limit);
    const rows: RawRow[] = await this.dataSource.query(`${ROW} WHERE ${where.join(' AND ')} ORDER BY i.id LIMIT $${params.length}`, params);
    return rows.map(toRow);
  }

  /** Pending, unexpired invitations of `email` in every tenant, by id, after `afterId`; at most `limit`. */
  async listPendingForEmail(email: string, now: Date, limit: number, afterId?: string): Promise<InvitationRow[]> {
    const rows: RawRow[] = await this.dataSource.query(
      `${ROW} WHERE i.email = $1 AND i.status = 'pending' AND i.expires_at > $2 AND ($3::uuid IS NULL OR i.id > $3::uuid)
       ORDER BY i.id LIMIT $4`,
      [email, now, afterId ?? null, limit],
    );
    return rows.map(toRow);
  }

  /**
   * Expires at most `ids.length` due invitations (pending, `expires_at <= now`, and not before
   * `from`) in ONE statement, and writes their `invitation.expired` entries in the same statement
   * (`activity_log`'s columns as ActivityLog writes them; a per-row insert would make the sweep a
   * thousand round trips per batch). Rows another transaction holds (an accept in flight) are
   * skipped, not waited for. `ids` are the new entries' ids (uuid v7, in order). Returns how many
   * were expired and the latest expiry among them: the next batch starts there, so it does not
   * walk again over the index entries this one left dead.
   */
  async expireDue(now: Date, from: Date, ids: string[], job: string, m?: EntityManager): Promise<{ expired: number; last: Date | null }> {
    const rows: { n: number; last: Date | null }[] = await (m ?? this.dataSource.manager).query(EXPIRE_DUE_SQL, [
      now,
      ids.length,
      ids,
      job,
      from,
    ]);
    return { expired: rows[0].n, last: rows[0].last ? new Date(rows[0].last) : null };
  }
}
