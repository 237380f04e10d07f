import type { EntityManager } from 'typeorm';

/** The only code that reads the `singleSession` setting of a user's tenants. */
export class TenantSessionsRepository {
  /**
   * True when `userId` has an **active** membership, in a role with panel access (not `contact`),
   * in a tenant whose settings say `singleSession: true`. One statement, on the caller's
   * transaction (identity's login), over `memberships_user_id_idx`.
   */
  async singleSessionFor(userId: string, manager: EntityManager): Promise<boolean> {
    const rows: { single: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM memberships m JOIN tenants t ON t.id = m.tenant_id
          WHERE m.user_id = $1 AND m.status = 'active' AND m.role <> 'contact'
            AND (t.settings -> 'singleSession') = 'true'::jsonb) AS single`,
      [userId],
    );
    return rows[0]?.single === true;
  }
}
