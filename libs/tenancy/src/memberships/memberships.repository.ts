import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MembershipRole, MembershipStatus } from './membership.entity';

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

/** The only code that reads or writes `memberships` and `membership_companies`. */
@Injectable()
export class MembershipsRepository {
  constructor(private readonly dataSource: DataSource) {}

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
