import { Injectable } from '@nestjs/common';
import { prepared, runPrepared } from '@tenant-iam/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MembershipEntity, MembershipRole, MembershipStatus } from './membership.entity';

/** One row of the caller's organisation list, with the companies the membership is linked to. */
export interface UserTenantRow {
  tenantId: string;
  name: string;
  role: MembershipRole;
  status: MembershipStatus;
  companies: { id: string; name: string }[];
}

/** The sort key of that list: tenant name, then id (names are not unique). */
export interface UserTenantKey {
  name: string;
  id: string;
}

/** What the tenant guard reads about the caller on every tenant request: one row, one statement. */
export interface MembershipContextRow {
  id: string;
  role: MembershipRole;
  status: MembershipStatus;
  permissionSetId: string | null;
  /** The set's version (null without a set); cached abilities are keyed by it. */
  setVersion: number | null;
  settingsVersion: number;
  membersCanInvite: boolean;
  companyIds: string[];
}

/** A member as lists show it: the membership with the account's `user_directory` entry and its companies. */
export interface MemberRow {
  id: string;
  userId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  role: MembershipRole;
  status: MembershipStatus;
  permissionSetId: string | null;
  companyIds: string[];
  attributes: Record<string, unknown>;
  createdAt: Date;
  /** The groups the membership is in (`membership_groups`), sorted. */
  groupIds: string[];
}

/** Filters of {@link MembershipsRepository.listMembers}. */
export interface MemberFilter {
  /** Exactly this membership (the one-member read). */
  id?: string;
  status?: MembershipStatus;
  role?: MembershipRole;
  /** Members linked to this company. */
  companyId?: string;
  /** Case-insensitive substring of the email, first or last name; `%` and `_` are literal. */
  q?: string;
  /** Memberships with a greater id (uuid v7: created later). */
  afterId?: string;
  /** Members of this group (directly, not through a subgroup). */
  groupId?: string;
  limit: number;
  /**
   * The rows the caller may see, as a SQL condition whose parameters are numbered from the
   * number given (permissions' `accessibleSql`); absent: every row.
   */
  access?: (firstParam: number) => { sql: string; params: unknown[] };
}

/** `%`, `_` and the escape character itself taken literally in a LIKE pattern (`ESCAPE '\'`). */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Read on every tenant request: prepared, so PostgreSQL plans it once per connection.
const MEMBER_CONTEXT = prepared(
  'tenancy_member_context',
  `SELECT m.id, m.role, m.status, m.permission_set_id, s.version AS set_version, t.settings_version,
       (t.settings -> 'membersCanInvite') = 'true'::jsonb AS members_can_invite,
       ARRAY(SELECT mc.company_id FROM membership_companies mc
             WHERE mc.tenant_id = m.tenant_id AND mc.membership_id = m.id ORDER BY mc.company_id) AS company_ids
     FROM memberships m
     JOIN tenants t ON t.id = m.tenant_id
     LEFT JOIN permission_sets s ON s.tenant_id = m.tenant_id AND s.id = m.permission_set_id
     WHERE m.tenant_id = $1 AND m.user_id = $2`,
);

/** The only code that reads or writes `memberships` and `membership_companies`. */
@Injectable()
export class MembershipsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(membership: MembershipEntity, m: EntityManager): Promise<void> {
    await m.insert(MembershipEntity, membership as QueryDeepPartialEntity<MembershipEntity>);
  }

  /**
   * The membership of `userId` in `tenantId` with what its ability is built from, or null. A tenant
   * that does not exist and one the user is not in come out alike (no row), by the same plan.
   */
  async findContext(tenantId: string, userId: string): Promise<MembershipContextRow | null> {
    const rows: {
      id: string;
      role: MembershipRole;
      status: MembershipStatus;
      permission_set_id: string | null;
      set_version: number | null;
      settings_version: number;
      members_can_invite: boolean;
      company_ids: string[];
    }[] = await runPrepared(this.dataSource.manager, MEMBER_CONTEXT, [tenantId, userId]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      role: r.role,
      status: r.status,
      permissionSetId: r.permission_set_id,
      setVersion: r.set_version,
      settingsVersion: r.settings_version,
      membersCanInvite: r.members_can_invite === true,
      companyIds: r.company_ids,
    };
  }

  /**
   * The tenants `userId` is a member of (blocked memberships included), by name then id, after
   * `after` when given; at most `limit` rows. Companies come in the same statement.
   */
  async listForUser(userId: string, limit: number, after?: UserTenantKey): Promise<UserTenantRow[]> {
    const rows: {
      tenant_id: string;
      name: string;
      role: MembershipRole;
      status: MembershipStatus;
      companies: UserTenantRow['companies'];
    }[] = await this.dataSource.query(
      `SELECT t.id AS tenant_id, t.name, m.role, m.status,
           COALESCE((
             SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY lower(c.name), c.id)
             FROM membership_companies mc JOIN companies c ON c.id = mc.company_id
             WHERE mc.membership_id = m.id), '[]'::json) AS companies
         FROM memberships m JOIN tenants t ON t.id = m.tenant_id
         WHERE m.user_id = $1 AND ($2::text IS NULL OR (t.name, t.id) > ($2::text, $3::uuid))
         ORDER BY t.name, t.id
         LIMIT $4`,
      [userId, after?.name ?? null, after?.id ?? null, limit],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, name: r.name, role: r.role, status: r.status, companies: r.companies }));
  }

  /**
   * Runs a members page. The filters make a few dozen texts at most, each prepared once per
   * connection under a name derived from it; a page narrowed by a permission set's conditions
   * has a text per set shape, so it goes unnamed rather than grow every connection's cache.
   */
  private runPage<T>(text: string, params: unknown[], cacheable: boolean, m?: EntityManager): Promise<T[]> {
    const manager = m ?? this.dataSource.manager;
    if (!cacheable) return manager.query(text, params);
    const name = `tenancy_members_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    return runPrepared<T>(manager, prepared(name, text), params);
  }

  /**
   * One page of a tenant's members, by membership id, in ONE statement: memberships joined with
   * identity's `user_directory` view, companies aggregated per row through the link table's key.
   * The caller's `access` condition is part of the WHERE, so a member it may not read never leaves
   * the database.
   */
  async listMembers(tenantId: string, filter: MemberFilter, m?: EntityManager): Promise<MemberRow[]> {
    const params: unknown[] = [tenantId];
    const where = ['m.tenant_id = $1'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.id !== undefined) add((n) => `m.id = $${n}`, filter.id);
    if (filter.status !== undefined) add((n) => `m.status = $${n}`, filter.status);
    if (filter.role !== undefined) add((n) => `m.role = $${n}`, filter.role);
    if (filter.companyId !== undefined) {
      add(
        (n) =>
          `EXISTS (SELECT 1 FROM membership_companies fc WHERE fc.tenant_id = m.tenant_id AND fc.membership_id = m.id AND fc.company_id = $${n})`,
        filter.companyId,
      );
    }
    if (filter.q) {
      add(
        (n) => `(u.email ILIKE $${n} ESCAPE '\\' OR u.first_name ILIKE $${n} ESCAPE '\\' OR u.last_name ILIKE $${n} ESCAPE '\\')`,
        `%${escapeLike(filter.q)}%`,
      );
    }
    if (filter.afterId !== undefined) add((n) => `m.id > $${n}`, filter.afterId);
    if (filter.groupId !== undefined) {
      add(
        (n) =>
          `EXISTS (SELECT 1 FROM membership_groups mg WHERE mg.tenant_id = m.tenant_id AND mg.membership_id = m.id AND mg.group_id = $${n})`,
        filter.groupId,
      );
    }
    const access = filter.access?.(params.length + 1);
    if (access) {
      params.push(...access.params);
      where.push(`(${access.sql})`);
    }
    params.push(filter.limit);
    const rows: {
      id: string;
      user_id: string;
      email: string;
      first_name: string | null;
      last_name: string | null;
      phone: string | null;
      role: MembershipRole;
      status: MembershipStatus;
      permission_set_id: string | null;
      company_ids: string[];
      attributes: Record<string, unknown>;
      created_at: Date;
      group_ids: string[];
    }[] = await this.runPage(
      `SELECT m.id, m.user_id, u.email, u.first_name, u.last_name, u.phone, m.role, m.status, m.permission_set_id,
           m.attributes, m.created_at,
           ARRAY(SELECT mc.company_id FROM membership_companies mc WHERE mc.membership_id = m.id ORDER BY mc.company_id) AS company_ids,
           ARRAY(SELECT mg.group_id FROM membership_groups mg
                 WHERE mg.tenant_id = m.tenant_id AND mg.membership_id = m.id ORDER BY mg.group_id) AS group_ids
         FROM memberships m JOIN user_directory u ON u.id = m.user_id
         WHERE ${where.join(' AND ')}
         ORDER BY m.id
         LIMIT $${params.length}`,
      params,
      !access || access.sql === 'TRUE',
      m,
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      email: r.email,
      firstName: r.first_name,
      lastName: r.last_name,
      phone: r.phone,
      role: r.role,
      status: r.status,
      permissionSetId: r.permission_set_id,
      companyIds: r.company_ids,
      attributes: r.attributes,
      createdAt: r.created_at,
      groupIds: r.group_ids,
    }));
  }

  /** Every membership of the tenant (owner, active and blocked): what takes a seat. */
  async countInTenant(tenantId: string, m: EntityManager): Promise<number> {
    const rows: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]);
    return rows[0].n;
  }

  /**
   * The membership `id` of the tenant, locked until the transaction ends (blocks and removals run
   * one at a time). `FOR NO KEY UPDATE`: rows that merely reference it (company links) still go in.
   */
  lockInTenant(tenantId: string, id: string, m: EntityManager): Promise<MembershipEntity | null> {
    return m
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('for_no_key_update')
      .where('m.tenant_id = :tenantId AND m.id = :id', { tenantId, id })
      .getOne();
  }

  /** The membership `id` of the tenant, or null. */
  findInTenant(tenantId: string, id: string, m?: EntityManager): Promise<MembershipEntity | null> {
    return (m ?? this.dataSource.manager).findOneBy(MembershipEntity, { tenantId, id });
  }

  /** The membership of `userId` in the tenant, or null. */
  findByUser(tenantId: string, userId: string, m?: EntityManager): Promise<MembershipEntity | null> {
    return (m ?? this.dataSource.manager).findOneBy(MembershipEntity, { tenantId, userId });
  }

  /**
   * The ids among `ids` that are companies of the tenant, held (`FOR KEY SHARE`) until the
   * transaction ends: a company about to be linked cannot be deleted meanwhile (the delete waits,
   * then sees the link), and one deleted first is not returned.
   */
  async companiesOfTenant(tenantId: string, ids: string[], m: EntityManager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await m.query('SELECT id FROM companies WHERE tenant_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE', [
      tenantId,
      ids,
    ]);
    return rows.map((r) => r.id);
  }

  /** The companies the membership is linked to, by id. */
  async companyIdsOf(tenantId: string, membershipId: string, m: EntityManager): Promise<string[]> {
    const rows: { company_id: string }[] = await m.query(
      'SELECT company_id FROM membership_companies WHERE tenant_id = $1 AND membership_id = $2 ORDER BY company_id',
      [tenantId, membershipId],
    );
    return rows.map((r) => r.company_id);
  }

  /** Unlinks the membership from the companies. */
  async unlinkCompanies(tenantId: string, membershipId: string, companyIds: string[], m: EntityManager): Promise<void> {
    if (companyIds.length === 0) return;
    await m.query('DELETE FROM membership_companies WHERE tenant_id = $1 AND membership_id = $2 AND company_id = ANY($3::uuid[])', [
      tenantId,
      membershipId,
      companyIds,
    ]);
  }

  /** Links the membership to the companies (all of the same tenant; the composite keys check it too). */
  async linkCompanies(tenantId: string, membershipId: string, companyIds: string[], m: EntityManager): Promise<void> {
    if (companyIds.length === 0) return;
    await m.query(
      `INSERT INTO membership_companies (tenant_id, membership_id, company_id)
       SELECT $1, $2, c FROM unnest($3::uuid[]) AS c ON CONFLICT DO NOTHING`,
      [tenantId, membershipId, companyIds],
    );
  }

  /** True when a member of the tenant other than `exceptUserId` has the phone (E.164). */
  async phoneTaken(tenantId: string, phone: string, exceptUserId: string | null, m: EntityManager): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM memberships m JOIN user_directory u ON u.id = m.user_id
       WHERE m.tenant_id = $1 AND u.phone = $2 AND ($3::uuid IS NULL OR m.user_id <> $3::uuid) LIMIT 1`,
      [tenantId, phone, exceptUserId],
    );
    return rows.length > 0;
  }

  /** Changes the membership's own columns. */
  async update(
    tenantId: string,
    id: string,
    changes: Partial<
      Pick<MembershipEntity, 'role' | 'permissionSetId' | 'status' | 'attributes' | 'blockedAt' | 'blockedBy' | 'updatedAt'>
    >,
    m: EntityManager,
  ): Promise<void> {
    await m.update(MembershipEntity, { tenantId, id }, changes as QueryDeepPartialEntity<MembershipEntity>);
  }

  /** Removes the membership (its company links go with it); the account stays. */
  async delete(tenantId: string, id: string, m: EntityManager): Promise<void> {
    await m.delete(MembershipEntity, { tenantId, id });
  }
}
