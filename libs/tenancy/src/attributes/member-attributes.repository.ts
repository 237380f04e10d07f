import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The only code on `membership_unique_attributes`: one row per value of a unique attribute, whose
 * primary key `(tenant_id, name, value)` is what makes the value unique in the tenant.
 */
@Injectable()
export class MemberAttributesRepository {
  /** Drops the member's value of `name`, if any. */
  async release(m: EntityManager, tenantId: string, membershipId: string, name: string): Promise<void> {
    await m.query('DELETE FROM membership_unique_attributes WHERE tenant_id = $1 AND membership_id = $2 AND name = $3', [
      tenantId,
      membershipId,
      name,
    ]);
  }

  /**
   * Claims `value` of `name` for the member; false when another member holds it. One conditional
   * statement: of concurrent claims the primary key lets exactly one in (the others wait for it to
   * commit, then find it taken).
   */
  async claim(m: EntityManager, tenantId: string, membershipId: string, name: string, value: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO membership_unique_attributes (tenant_id, name, value, membership_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, name, value) DO NOTHING RETURNING 1`,
      [tenantId, name, value, membershipId],
    );
    return rows.length === 1;
  }

  /** The first of `candidates`, in their order, that no member of the tenant holds for `name`; null when all are held. */
  async firstFree(m: EntityManager, tenantId: string, name: string, candidates: readonly string[]): Promise<string | null> {
    if (candidates.length === 0) return null;
    const rows: { value: string }[] = await m.query(
      `SELECT c.value FROM unnest($3::text[]) WITH ORDINALITY AS c(value, position)
       WHERE NOT EXISTS (SELECT 1 FROM membership_unique_attributes u WHERE u.tenant_id = $1 AND u.name = $2 AND u.value = c.value)
       ORDER BY c.position LIMIT 1`,
      [tenantId, name, candidates],
    );
    return rows[0]?.value ?? null;
  }

  /** Among `values`, those a member of the tenant holds for `name`, with who holds them. */
  async holders(tenantId: string, name: string, values: readonly string[], m: EntityManager): Promise<Map<string, string>> {
    if (values.length === 0) return new Map();
    const rows: { value: string; membership_id: string }[] = await m.query(
      `SELECT value, membership_id FROM membership_unique_attributes WHERE tenant_id = $1 AND name = $2 AND value = ANY($3::text[])`,
      [tenantId, name, values],
    );
    return new Map(rows.map((r) => [r.value, r.membership_id]));
  }
}
