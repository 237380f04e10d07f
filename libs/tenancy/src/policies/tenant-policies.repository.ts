import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

// A tenant id that is not a UUID names no tenant; without this PostgreSQL would refuse the cast.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The only code that reads tenants' policies from `tenants.settings`. */
@Injectable()
export class TenantPoliciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The stored `passwordPolicy` of every tenant `userId` is a member of (blocked memberships too:
   * the member may be unblocked, and a password outlives the block), in one statement. Tenants
   * without one give no row. Values are as stored: read them with `readPasswordPolicyOverride`.
   */
  async passwordPoliciesOfUser(userId: string): Promise<unknown[]> {
    const rows: { policy: unknown }[] = await this.dataSource.query(
      `SELECT t.settings -> 'passwordPolicy' AS policy
         FROM memberships m JOIN tenants t ON t.id = m.tenant_id
        WHERE m.user_id = $1 AND jsonb_typeof(t.settings -> 'passwordPolicy') = 'object'`,
      [userId],
    );
    return rows.map((row) => row.policy);
  }

  /** The stored `passwordPolicy` of one tenant; `undefined` when the tenant has none or does not exist. */
  async passwordPolicyOfTenant(tenantId: string): Promise<unknown> {
    if (!UUID.test(tenantId)) return undefined;
    const rows: { policy: unknown }[] = await this.dataSource.query(
      `SELECT settings -> 'passwordPolicy' AS policy FROM tenants
        WHERE id = $1 AND jsonb_typeof(settings -> 'passwordPolicy') = 'object'`,
      [tenantId],
    );
    return rows[0]?.policy;
  }
}
