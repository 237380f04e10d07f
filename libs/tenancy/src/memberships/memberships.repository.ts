import { Injectable } from '@nestjs/common';
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
    }[] = await this.dataSource.query(
      `SELECT m.id, m.role, m.status, m.permission_set_id, s.version AS set_version, t.settings_version,
           (t.settings -> 'membersCanInvite') = 'true'::jsonb AS members_can_invite,
           ARRAY(SELECT mc.company_id FROM membership_companies mc
                 WHERE mc.tenant_id = m.tenant_id AND mc.membership_id = m.id ORDER BY mc.company_id) AS company_ids
         FROM memberships m
         JOIN tenants t ON t.id = m.tenant_id
         LEFT JOIN permission_sets s ON s.tenant_id = m.tenant_id AND s.id = m.permission_set_id
         WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tenantId, userId],
    );
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
             SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name, c.id)
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
}
