import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PoolKind } from './dto/telephony.dto';

/** A pool with its values and the members it is assigned to. */
export interface PoolRow {
  id: string;
  kind: PoolKind;
  name: string;
  values: string[];
  memberIds: string[];
}

/** A member's pick of one kind. */
export interface ChoiceRow {
  kind: PoolKind;
  poolId: string;
  value: string;
}

const POOL_SELECT = `
  SELECT p.id, p.kind, p.name,
         ARRAY(SELECT v.value FROM telephony_pool_values v WHERE v.tenant_id = p.tenant_id AND v.pool_id = p.id ORDER BY v.value) AS values,
         ARRAY(SELECT pm.membership_id FROM telephony_pool_members pm
               WHERE pm.tenant_id = p.tenant_id AND pm.pool_id = p.id ORDER BY pm.membership_id) AS member_ids
    FROM telephony_pools p`;

type PoolDbRow = { id: string; kind: PoolKind; name: string; values: string[]; member_ids: string[] };
const toPool = (r: PoolDbRow): PoolRow => ({ id: r.id, kind: r.kind, name: r.name, values: r.values, memberIds: r.member_ids });

/** The only code on the example's tables. */
@Injectable()
export class TelephonyRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  async sipRange(tenantId: string): Promise<{ first: number; last: number } | null> {
    const rows: { first: number; last: number }[] = await this.dataSource.query(
      'SELECT first_extension AS first, last_extension AS last FROM telephony_sip_ranges WHERE tenant_id = $1',
      [tenantId],
    );
    return rows[0] ?? null;
  }

  async setSipRange(tenantId: string, first: number, last: number, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO telephony_sip_ranges (tenant_id, first_extension, last_extension, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE SET first_extension = $2, last_extension = $3, updated_at = $4`,
      [tenantId, first, last, now],
    );
  }

  /** Creates a pool with its values; false when the tenant has a pool of that kind and name. */
  async createPool(tenantId: string, pool: { id: string; kind: PoolKind; name: string; values: string[] }, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const made: unknown[] = await m.query(
        `INSERT INTO telephony_pools (id, tenant_id, kind, name, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, kind, lower(name)) DO NOTHING RETURNING 1`,
        [pool.id, tenantId, pool.kind, pool.name, now],
      );
      if (made.length === 0) return false;
      await m.query(`INSERT INTO telephony_pool_values (tenant_id, pool_id, value) SELECT $1, $2, v FROM unnest($3::text[]) AS v`, [
        tenantId,
        pool.id,
        pool.values,
      ]);
      return true;
    });
  }

  async pools(tenantId: string): Promise<PoolRow[]> {
    const rows: PoolDbRow[] = await this.dataSource.query(`${POOL_SELECT} WHERE p.tenant_id = $1 ORDER BY p.kind, lower(p.name), p.id`, [
      tenantId,
    ]);
    return rows.map(toPool);
  }

  async pool(tenantId: string, poolId: string, m?: EntityManager): Promise<PoolRow | null> {
    const rows: PoolDbRow[] = await this.manager(m).query(`${POOL_SELECT} WHERE p.tenant_id = $1 AND p.id = $2`, [tenantId, poolId]);
    return rows[0] ? toPool(rows[0]) : null;
  }

  /** The pool's row, locked (assignments of one pool run one at a time), or false. */
  async lockPool(tenantId: string, poolId: string, m: EntityManager): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM telephony_pools WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [tenantId, poolId]);
    return rows.length === 1;
  }

  /**
   * Makes `memberIds` the pool's members. The composite key to memberships refuses an id that is
   * not a member of the tenant (SQLSTATE 23503, for the caller to translate).
   */
  async setPoolMembers(tenantId: string, poolId: string, memberIds: string[], m: EntityManager): Promise<void> {
    await m.query('DELETE FROM telephony_pool_members WHERE tenant_id = $1 AND pool_id = $2 AND NOT (membership_id = ANY($3::uuid[]))', [
      tenantId,
      poolId,
      memberIds,
    ]);
    await m.query(
      `INSERT INTO telephony_pool_members (tenant_id, pool_id, membership_id) SELECT $1, $2, x FROM unnest($3::uuid[]) AS x
       ON CONFLICT DO NOTHING`,
      [tenantId, poolId, memberIds],
    );
  }

  /** The pools assigned to the member, with their values. */
  async poolsOf(tenantId: string, membershipId: string): Promise<PoolRow[]> {
    const rows: PoolDbRow[] = await this.dataSource.query(
      `${POOL_SELECT} WHERE p.tenant_id = $1
         AND EXISTS (SELECT 1 FROM telephony_pool_members pm WHERE pm.tenant_id = p.tenant_id AND pm.pool_id = p.id AND pm.membership_id = $2)
       ORDER BY p.kind, lower(p.name), p.id`,
      [tenantId, membershipId],
    );
    return rows.map(toPool);
  }

  async choicesOf(tenantId: string, membershipId: string): Promise<ChoiceRow[]> {
    const rows: { kind: PoolKind; pool_id: string; value: string }[] = await this.dataSource.query(
      'SELECT kind, pool_id, value FROM telephony_member_choices WHERE tenant_id = $1 AND membership_id = $2',
      [tenantId, membershipId],
    );
    return rows.map((r) => ({ kind: r.kind, poolId: r.pool_id, value: r.value }));
  }

  /**
   * Records the member's pick, in one statement that only writes when the pool is of that kind,
   * assigned to the member and holds the value (the foreign keys say the same). Returns which
   * condition failed, or null when written.
   */
  async choose(tenantId: string, membershipId: string, choice: ChoiceRow, now: Date): Promise<'pool' | 'value' | null> {
    const rows: { assigned: boolean; listed: boolean; written: boolean }[] = await this.dataSource.query(
      `WITH assigned AS (
         SELECT 1 FROM telephony_pools p JOIN telephony_pool_members pm ON pm.tenant_id = p.tenant_id AND pm.pool_id = p.id
         WHERE p.tenant_id = $1 AND p.id = $3 AND p.kind = $4 AND pm.membership_id = $2),
       listed AS (SELECT 1 FROM telephony_pool_values WHERE tenant_id = $1 AND pool_id = $3 AND value = $5),
       written AS (
         INSERT INTO telephony_member_choices (tenant_id, membership_id, kind, pool_id, value, updated_at)
         SELECT $1, $2, $4, $3, $5, $6 WHERE EXISTS (SELECT 1 FROM assigned) AND EXISTS (SELECT 1 FROM listed)
         ON CONFLICT (tenant_id, membership_id, kind) DO UPDATE SET pool_id = EXCLUDED.pool_id, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
         RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM assigned) AS assigned, EXISTS (SELECT 1 FROM listed) AS listed, EXISTS (SELECT 1 FROM written) AS written`,
      [tenantId, membershipId, choice.poolId, choice.kind, choice.value, now],
    );
    const r = rows[0];
    if (!r.assigned) return 'pool';
    if (!r.listed) return 'value';
    return null;
  }
}
