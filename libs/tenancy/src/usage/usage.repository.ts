import { Injectable } from '@nestjs/common';
import { prepared, runPrepared } from '@tenant-iam/common';
import { DataSource, EntityManager } from 'typeorm';

/** What one successful consumption left in the counter. */
export interface ConsumedRow {
  used: number;
  /** The limit the statement applied; null when the plan sets none. */
  limit: number | null;
  notified80: boolean;
  notified100: boolean;
}

/** A counter of the tenant's current month, for the usage list. */
export interface CounterRow {
  metric: string;
  used: number;
}

/**
 * The limit comes from the plan the tenant is on *now*, read in the same statement as the
 * increment (`$5`: limits by plan name, JSON `null` for "no limit"; `$6`: the default plan's, for a
 * plan that left the file). The upsert only writes when `used + n <= limit`: concurrent callers
 * queue on the row, each re-checks the condition on the row as the previous one left it, and no
 * more than the limit ever succeeds. No row back means refused.
 */
const CONSUME = prepared(
  'tenancy_usage_consume',
  `WITH lim AS (
     SELECT CASE WHEN $5::jsonb ? t.plan THEN ($5::jsonb ->> t.plan)::bigint ELSE $6::bigint END AS l
     FROM tenants t WHERE t.id = $1
   )
   INSERT INTO usage_counters AS c (tenant_id, metric, period, used, updated_at)
   SELECT $1, $2, $3::date, $4::bigint, $7 FROM lim WHERE lim.l IS NULL OR $4::bigint <= lim.l
   ON CONFLICT (tenant_id, metric, period) DO UPDATE
     SET used = c.used + EXCLUDED.used, updated_at = EXCLUDED.updated_at
     WHERE (SELECT l FROM lim) IS NULL OR c.used + EXCLUDED.used <= (SELECT l FROM lim)
   RETURNING c.used::text AS used, (SELECT l FROM lim)::text AS limit, c.notified_80, c.notified_100`,
);

/** The only code on `usage_counters`. */
@Injectable()
export class UsageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds `n` to the tenant's counter of `metric` for `period` when the plan's limit allows it, in
   * one statement; null when refused (or when the tenant does not exist).
   */
  async consume(input: {
    tenantId: string;
    metric: string;
    period: string;
    n: number;
    /** JSON: limits by plan name, `null` for "no limit". */
    limitsByPlan: string;
    defaultLimit: number | null;
    now: Date;
  }): Promise<ConsumedRow | null> {
    const rows = await runPrepared<{ used: string; limit: string | null; notified_80: boolean; notified_100: boolean }>(
      this.dataSource.manager,
      CONSUME,
      [input.tenantId, input.metric, input.period, input.n, input.limitsByPlan, input.defaultLimit, input.now],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      used: Number(row.used),
      limit: row.limit === null ? null : Number(row.limit),
      notified80: row.notified_80,
      notified100: row.notified_100,
    };
  }

  /**
   * Claims the 80 % or 100 % notice of a counter: true for exactly one caller, whatever the
   * number of concurrent requests and replicas (`WHERE NOT notified_x`). In the caller's
   * transaction, with the mail it queues.
   */
  async claimNotice(m: EntityManager, key: { tenantId: string; metric: string; period: string }, level: 80 | 100): Promise<boolean> {
    const column = level === 80 ? 'notified_80' : 'notified_100';
    const rows: unknown[] = await m.query(
      `UPDATE usage_counters SET ${column} = true
       WHERE tenant_id = $1 AND metric = $2 AND period = $3::date AND NOT ${column}
       RETURNING 1`,
      [key.tenantId, key.metric, key.period],
    );
    // TypeORM returns [rows, count] for UPDATE ... RETURNING on postgres.
    const returned = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    return returned.length > 0;
  }

  /** One counter with its notice flags, or null when nothing was counted yet. */
  async counter(key: { tenantId: string; metric: string; period: string }): Promise<Omit<ConsumedRow, 'limit'> | null> {
    const [row]: { used: string; notified_80: boolean; notified_100: boolean }[] = await this.dataSource.query(
      `SELECT used::text AS used, notified_80, notified_100 FROM usage_counters
        WHERE tenant_id = $1 AND metric = $2 AND period = $3::date`,
      [key.tenantId, key.metric, key.period],
    );
    return row ? { used: Number(row.used), notified80: row.notified_80, notified100: row.notified_100 } : null;
  }

  /** The tenant's counters of `period`, by metric. */
  async listPeriod(tenantId: string, period: string): Promise<CounterRow[]> {
    const rows: { metric: string; used: string }[] = await this.dataSource.query(
      `SELECT metric, used::text AS used FROM usage_counters WHERE tenant_id = $1 AND period = $2::date ORDER BY metric`,
      [tenantId, period],
    );
    return rows.map((r) => ({ metric: r.metric, used: Number(r.used) }));
  }
}
