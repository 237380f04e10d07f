import { Injectable } from '@nestjs/common';
import type { PermissionRule } from '@tenant-iam/permissions';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
// jsonb columns typed as objects trip TypeORM's deep-partial type; the row is complete.
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PermissionSetEntity } from './permission-set.entity';

/** A set with the number of memberships holding it, as the list and detail routes show it. */
export interface PermissionSetRow {
  set: PermissionSetEntity;
  membersCount: number;
}

/** The sort key of the list: the name, case aside, then the id. */
export interface PermissionSetKey {
  name: string;
  id: string;
}

/** Which database constraint refused a write, when the service has an answer for it. */
export type PermissionSetConstraint = 'name' | 'inUse';

interface SetRowSql {
  id: string;
  tenant_id: string;
  name: string;
  builtin: boolean;
  full_access: boolean;
  rules: PermissionRule[];
  version: number;
  created_at: Date;
  updated_at: Date;
  members_count?: string | number;
}

const COLUMNS = 's.id, s.tenant_id, s.name, s.builtin, s.full_access, s.rules, s.version, s.created_at, s.updated_at';
const MEMBERS_COUNT =
  '(SELECT count(*) FROM memberships m WHERE m.tenant_id = s.tenant_id AND m.permission_set_id = s.id) AS members_count';

const toEntity = (r: SetRowSql): PermissionSetEntity =>
  Object.assign(new PermissionSetEntity(), {
    id: r.id,
    tenantId: r.tenant_id,
    name: r.name,
    builtin: r.builtin,
    fullAccess: r.full_access,
    rules: r.rules,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

const toRow = (r: SetRowSql): PermissionSetRow => ({ set: toEntity(r), membersCount: Number(r.members_count ?? 0) });

/** The only code that reads or writes `permission_sets`. */
@Injectable()
export class PermissionSetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /**
   * The constraint behind a failed write: the case-insensitive name index (`name`) or the
   * memberships' foreign key `memberships_permission_set_fk` (`inUse`, a set deleted while a
   * member was given it). Undefined for
   * anything else, which the caller rethrows.
   */
  static refusedBy(error: unknown): PermissionSetConstraint | undefined {
    if (!(error instanceof QueryFailedError)) return undefined;
    const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driver?.code === '23505' && driver.constraint === 'permission_sets_tenant_name_idx') return 'name';
    // The key is ON DELETE RESTRICT, which PostgreSQL reports as 23001 (restrict_violation);
    // 23503 is what NO ACTION would say. Either means a member holds the set.
    if ((driver?.code === '23001' || driver?.code === '23503') && driver.constraint === 'memberships_permission_set_fk') return 'inUse';
    return undefined;
  }

  /** What an ability needs of a set, or null when the set is gone. */
  async grantOf(tenantId: string, id: string): Promise<{ full: boolean; rules: PermissionRule[]; version: number } | null> {
    const rows: { full_access: boolean; rules: PermissionRule[]; version: number }[] = await this.dataSource.query(
      'SELECT full_access, rules, version FROM permission_sets WHERE tenant_id = $1 AND id = $2',
      [tenantId, id],
    );
    return rows[0] ? { full: rows[0].full_access, rules: rows[0].rules, version: rows[0].version } : null;
  }

  findById(tenantId: string, id: string, m?: EntityManager): Promise<PermissionSetEntity | null> {
    return this.manager(m).findOneBy(PermissionSetEntity, { tenantId, id });
  }

  /** The tenant's built-in "Full access" set. */
  findBuiltin(tenantId: string, m?: EntityManager): Promise<PermissionSetEntity | null> {
    return this.manager(m).findOneBy(PermissionSetEntity, { tenantId, builtin: true });
  }

  async insert(set: PermissionSetEntity, m?: EntityManager): Promise<void> {
    await this.manager(m).insert(PermissionSetEntity, set as QueryDeepPartialEntity<PermissionSetEntity>);
  }

  /** One set of the tenant with its member count, or null. */
  async findWithCount(tenantId: string, id: string, m?: EntityManager): Promise<PermissionSetRow | null> {
    const rows: SetRowSql[] = await this.manager(m).query(
      `SELECT ${COLUMNS}, ${MEMBERS_COUNT} FROM permission_sets s WHERE s.tenant_id = $1 AND s.id = $2`,
      [tenantId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Locks one set of the tenant until the transaction ends and returns it, or null. Memberships
   * referencing the set take a key-share lock on this row, so while it is held no member can be
   * given the set: a count taken under it stays true until the transaction ends.
   */
  async lockById(tenantId: string, id: string, m: EntityManager): Promise<PermissionSetEntity | null> {
    const rows: SetRowSql[] = await m.query(`SELECT ${COLUMNS} FROM permission_sets s WHERE s.tenant_id = $1 AND s.id = $2 FOR UPDATE`, [
      tenantId,
      id,
    ]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The sets of a tenant by name (case aside) then id, after `after` when given; at most `limit`. */
  async list(tenantId: string, limit: number, after?: PermissionSetKey): Promise<PermissionSetRow[]> {
    const rows: SetRowSql[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, ${MEMBERS_COUNT} FROM permission_sets s
         WHERE s.tenant_id = $1 AND ($2::text IS NULL OR (lower(s.name), s.id) > (lower($2::text), $3::uuid))
         ORDER BY lower(s.name), s.id
         LIMIT $4`,
      [tenantId, after?.name ?? null, after?.id ?? null, limit],
    );
    return rows.map(toRow);
  }

  /** How many sets the tenant has (the built-in one included). */
  async countForTenant(tenantId: string, m: EntityManager): Promise<number> {
    const rows: { n: string }[] = await m.query('SELECT count(*) AS n FROM permission_sets WHERE tenant_id = $1', [tenantId]);
    return Number(rows[0].n);
  }

  /** How many memberships hold the set. */
  async countMembers(tenantId: string, id: string, m?: EntityManager): Promise<number> {
    const rows: { n: string }[] = await this.manager(m).query(
      'SELECT count(*) AS n FROM memberships WHERE tenant_id = $1 AND permission_set_id = $2',
      [tenantId, id],
    );
    return Number(rows[0].n);
  }

  /**
   * Writes a set's name, access and rules and bumps its version, so abilities cached for the old
   * version are no longer asked for. Returns the stored row.
   */
  async update(
    tenantId: string,
    id: string,
    change: { name: string; fullAccess: boolean; rules: PermissionRule[] },
    now: Date,
    m: EntityManager,
  ): Promise<PermissionSetEntity> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [SetRowSql[], number] = await m.query(
      `UPDATE permission_sets s SET name = $3, full_access = $4, rules = $5::jsonb, version = s.version + 1, updated_at = $6
         WHERE s.tenant_id = $1 AND s.id = $2
         RETURNING ${COLUMNS}`,
      [tenantId, id, change.name, change.fullAccess, JSON.stringify(change.rules), now],
    );
    return toEntity(rows[0]);
  }

  async delete(tenantId: string, id: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM permission_sets WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  }
}
