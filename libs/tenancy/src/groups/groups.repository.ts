import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { GroupEntity, GroupKind } from './group.entity';

/** A group with its direct subgroups and members counted, as the routes show it. */
export interface GroupRow {
  group: GroupEntity;
  childrenCount: number;
  membersCount: number;
}

/** The sort key of the list: the name, case aside, then the id. */
export interface GroupKey {
  name: string;
  id: string;
}

/** Which database rule refused a write, when the service has an answer for it. */
export type GroupConstraint = 'name' | 'cycle' | 'depth' | 'parentKey' | 'memberKey';

/**
 * The key of the tenant's tree lock: `pg_advisory_xact_lock(GROUP_TREE_LOCK, hashtext(tenant_id::text))`.
 * The `groups_tree_guard` trigger takes the same one, so the service's checks and the trigger's see
 * the tree in the same state. A hash collision between two tenants only makes them wait for each other.
 */
export const GROUP_TREE_LOCK = 1_735_553_139;

interface GroupRowSql {
  id: string;
  tenant_id: string;
  name: string;
  kind: GroupKind;
  parent_group_id: string | null;
  created_at: Date;
  updated_at: Date;
  children_count?: string | number;
  members_count?: string | number;
}

const COLUMNS = 'g.id, g.tenant_id, g.name, g.kind, g.parent_group_id, g.created_at, g.updated_at';
const COUNTS = `
  (SELECT count(*) FROM groups c WHERE c.tenant_id = g.tenant_id AND c.parent_group_id = g.id) AS children_count,
  (SELECT count(*) FROM membership_groups mg WHERE mg.tenant_id = g.tenant_id AND mg.group_id = g.id) AS members_count`;

const toEntity = (r: GroupRowSql): GroupEntity =>
  Object.assign(new GroupEntity(), {
    id: r.id,
    tenantId: r.tenant_id,
    name: r.name,
    kind: r.kind,
    parentGroupId: r.parent_group_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

const toRow = (r: GroupRowSql): GroupRow => ({
  group: toEntity(r),
  childrenCount: Number(r.children_count ?? 0),
  membersCount: Number(r.members_count ?? 0),
});

/** The only code that reads or writes `groups` and `membership_groups`. */
@Injectable()
export class GroupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /**
   * The rule behind a failed write: the sibling-name index (`name`), the tree trigger or the
   * table's own check (`cycle`, `depth`), or a key between a group and what points at it (`parentKey`:
   * a subgroup's parent; `memberKey`: a member's link). What a key's refusal means depends on the
   * write (a missing parent on an insert, remaining subgroups or members on a delete), so the caller
   * reads it. Undefined for anything else, which the caller rethrows.
   */
  static refusedBy(error: unknown): GroupConstraint | undefined {
    if (!(error instanceof QueryFailedError)) return undefined;
    const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
    switch (`${driver?.code}:${driver?.constraint}`) {
      case '23505:groups_sibling_name_idx':
        return 'name';
      case '23514:groups_no_cycle':
      case '23514:groups_not_own_parent_check':
        return 'cycle';
      case '23514:groups_max_depth':
        return 'depth';
      case '23503:groups_parent_fk':
        return 'parentKey';
      case '23503:membership_groups_group_fk':
        return 'memberKey';
      default:
        return undefined;
    }
  }

  /**
   * Takes the tenant's tree lock until the transaction ends: creations, moves and deletions of
   * groups run one at a time per tenant. Take it before any group row lock (the trigger takes it
   * after the row is written, which is harmless once it is already held).
   */
  async lockTree(tenantId: string, m: EntityManager): Promise<void> {
    // ::uuid::text: the path may spell the id in capitals; the trigger hashes the stored (lower-case) form.
    await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2::uuid::text))', [GROUP_TREE_LOCK, tenantId]);
  }

  async insert(group: GroupEntity, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO groups (id, tenant_id, name, kind, parent_group_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [group.id, group.tenantId, group.name, group.kind, group.parentGroupId, group.createdAt, group.updatedAt],
    );
  }

  /** How many groups the tenant has. */
  async countInTenant(tenantId: string, m: EntityManager): Promise<number> {
    const rows: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM groups WHERE tenant_id = $1', [tenantId]);
    return rows[0].n;
  }

  /** One group of the tenant with its counts, or null. */
  async findWithCounts(tenantId: string, id: string, m?: EntityManager): Promise<GroupRow | null> {
    const rows: GroupRowSql[] = await this.manager(m).query(
      `SELECT ${COLUMNS}, ${COUNTS} FROM groups g WHERE g.tenant_id = $1 AND g.id = $2`,
      [tenantId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Locks one group of the tenant until the transaction ends and returns it, or null. `update`
   * (FOR UPDATE, before a delete) waits for every transaction linking a member to it and keeps new
   * ones out; `noKeyUpdate` (a rename or a move) lets member links go on.
   */
  async lockById(tenantId: string, id: string, mode: 'update' | 'noKeyUpdate', m: EntityManager): Promise<GroupEntity | null> {
    const lock = mode === 'update' ? 'FOR UPDATE' : 'FOR NO KEY UPDATE';
    const rows: GroupRowSql[] = await m.query(`SELECT ${COLUMNS} FROM groups g WHERE g.tenant_id = $1 AND g.id = $2 ${lock}`, [
      tenantId,
      id,
    ]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The groups of a tenant by name (case aside) then id, after `after` when given; at most `limit`. */
  async list(tenantId: string, limit: number, after?: GroupKey): Promise<GroupRow[]> {
    const rows: GroupRowSql[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, ${COUNTS} FROM groups g
         WHERE g.tenant_id = $1 AND ($2::text IS NULL OR (lower(g.name), g.id) > (lower($2::text), $3::uuid))
         ORDER BY lower(g.name), g.id
         LIMIT $4`,
      [tenantId, after?.name ?? null, after?.id ?? null, limit],
    );
    return rows.map(toRow);
  }

  /**
   * The group `id` and its ancestors, nearest first (the root last); empty when the tenant has no
   * such group. At most `bound` ids, so the walk ends even on a tree it does not trust.
   */
  async ancestorsOf(tenantId: string, id: string, bound: number, m: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `WITH RECURSIVE up (id, parent_group_id, level) AS (
         SELECT g.id, g.parent_group_id, 1 FROM groups g WHERE g.tenant_id = $1 AND g.id = $2
         UNION ALL
         SELECT g.id, g.parent_group_id, u.level + 1 FROM groups g JOIN up u ON g.tenant_id = $1 AND g.id = u.parent_group_id
           WHERE u.level < $3
       )
       SELECT id FROM up ORDER BY level`,
      [tenantId, id, bound],
    );
    return rows.map((r) => r.id);
  }

  /** How many levels of subgroups hang below the group (0 for a leaf), counting at most `bound`. */
  async heightBelow(tenantId: string, id: string, bound: number, m: EntityManager): Promise<number> {
    const rows: { h: number }[] = await m.query(
      `WITH RECURSIVE down (id, level) AS (
         SELECT g.id, 1 FROM groups g WHERE g.tenant_id = $1 AND g.parent_group_id = $2
         UNION ALL
         SELECT g.id, d.level + 1 FROM groups g JOIN down d ON g.tenant_id = $1 AND g.parent_group_id = d.id
           WHERE d.level < $3
       )
       SELECT COALESCE(max(level), 0)::int AS h FROM down`,
      [tenantId, id, bound],
    );
    return rows[0].h;
  }

  /** Writes the group's name, kind and parent; returns the stored row. */
  async update(
    tenantId: string,
    id: string,
    change: { name: string; kind: GroupKind; parentGroupId: string | null },
    now: Date,
    m: EntityManager,
  ): Promise<GroupEntity> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [GroupRowSql[], number] = await m.query(
      `UPDATE groups g SET name = $3, kind = $4, parent_group_id = $5, updated_at = $6
         WHERE g.tenant_id = $1 AND g.id = $2
         RETURNING ${COLUMNS}`,
      [tenantId, id, change.name, change.kind, change.parentGroupId, now],
    );
    return toEntity(rows[0]);
  }

  async delete(tenantId: string, id: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM groups WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  }

  /**
   * The ids among `ids` that are groups of the tenant, each held (`FOR KEY SHARE`) until the
   * transaction ends: a group about to get a member cannot be deleted meanwhile (the delete waits,
   * then counts the member).
   */
  async holdGroups(tenantId: string, ids: string[], m: EntityManager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await m.query(
      'SELECT id FROM groups WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR KEY SHARE',
      [tenantId, ids],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Makes `groupIds` the membership's groups: links the missing ones, unlinks the others. Returns
   * what changed, each list sorted. The composite keys refuse a group of another tenant.
   */
  async replaceMemberGroups(
    tenantId: string,
    membershipId: string,
    groupIds: string[],
    m: EntityManager,
  ): Promise<{ added: string[]; removed: string[] }> {
    const [removed]: [{ group_id: string }[], number] = await m.query(
      `DELETE FROM membership_groups WHERE tenant_id = $1 AND membership_id = $2 AND NOT (group_id = ANY($3::uuid[]))
         RETURNING group_id`,
      [tenantId, membershipId, groupIds],
    );
    const added: { group_id: string }[] = groupIds.length
      ? await m.query(
          `INSERT INTO membership_groups (tenant_id, membership_id, group_id)
             SELECT $1, $2, g FROM unnest($3::uuid[]) AS g
             ON CONFLICT DO NOTHING
             RETURNING group_id`,
          [tenantId, membershipId, groupIds],
        )
      : [];
    const sorted = (rows: { group_id: string }[]) => rows.map((r) => r.group_id).sort();
    return { added: sorted(added), removed: sorted(removed) };
  }
}
