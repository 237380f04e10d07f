import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CodedException, isLocale, Locale } from '@tenant-iam/common';
import { IdentityUsers } from '@tenant-iam/identity';
import { Outbox } from '@tenant-iam/notifications';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/uuid';
import type { TenantContext } from '../context/tenant-context';
import { planOf } from '../plans/plans';
import { TenancyErrorCode } from '../tenancy-error-code';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import { TenantsRepository } from '../tenants/tenants.repository';
import type { UsageListResponse } from './dto/usage.response';
import { UsageErrorCode } from './usage-error-code';
import { UsageMail } from './usage.mail';
import { ConsumedRow, UsageRepository } from './usage.repository';

/** What a successful {@link UsageService.consume} leaves: the month's total and its limit. */
export interface Consumption {
  metric: string;
  used: number;
  /** Null: the tenant's plan sets no limit on this metric. */
  limit: number | null;
  /** `YYYY-MM` (UTC). */
  period: string;
  /** When the month's pool starts again (the 1st of next month, 00:00 UTC). */
  resetsAt: Date;
}

/** Metric names: what plans may name (`plans.ts`). */
const METRIC = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** One call consumes at most this much: a bound on hostile or mistaken callers. */
export const MAX_CONSUME = 1_000_000;

/** The calendar month (UTC) of `at`: the key of its counter, its label and its end. */
export function monthOf(at: Date): { period: string; label: string; start: Date; resetsAt: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const resetsAt = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  const label = start.toISOString().slice(0, 7);
  return { period: `${label}-01`, label, start, resetsAt };
}

/**
 * The subscription's shared monthly pool: every member and the organisation's API key consume the
 * same counters. Limits come from the tenant's plan at the moment of each call (`quotas` in the
 * plans file); a metric the plan names no quota for is not limited, only counted.
 */
@Injectable()
export class UsageService {
  private readonly logger = new Logger('UsageService');
  /** Per metric, the limits by plan name as JSON, computed once (plans are fixed for the process). */
  private readonly limits = new Map<string, { byPlan: string; fallback: number | null }>();

  constructor(
    private readonly repository: UsageRepository,
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly users: IdentityUsers,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
  ) {}

  /**
   * Consumes `n` units of `metric` from the tenant's pool of the current month, in one atomic
   * conditional statement: with a limit L and any number of concurrent callers, exactly the
   * calls that fit succeed. Crossing 80 % and 100 % of the limit mails the owner (and the billing
   * email) once each per month.
   *
   * @throws 429 `QUOTA_EXCEEDED` (`params: {metric, limit, resetsAt}`, `Retry-After` in seconds)
   *   when the call does not fit; 404 `TENANT_NOT_FOUND` for a tenant that does not exist.
   * @throws Error for a metric that is not a quota name or an `n` outside 1..{@link MAX_CONSUME}
   *   (programming errors of the calling module).
   */
  async consume(tenantId: string, metric: string, n = 1): Promise<Consumption> {
    if (typeof metric !== 'string' || !METRIC.test(metric))
      throw new Error(`UsageService.consume: ${JSON.stringify(metric)} is not a metric name`);
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_CONSUME)
      throw new Error(`UsageService.consume: n must be an integer in 1..${MAX_CONSUME}`);
    if (!isUuid(tenantId)) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    const now = this.clock.now();
    const month = monthOf(now);
    const limits = this.limitsOf(metric);
    const row = await this.repository.consume({
      tenantId,
      metric,
      period: month.period,
      n,
      limitsByPlan: limits.byPlan,
      defaultLimit: limits.fallback,
      now,
    });
    if (!row) {
      const refusal = await this.refusal(tenantId, metric, now, month.resetsAt);
      if (refusal.limit > 0) await this.notifyMissed(tenantId, metric, month, refusal.limit);
      throw refusal.error;
    }
    if (row.limit !== null && row.limit > 0) await this.notify(tenantId, metric, month, row);
    return { metric, used: row.used, limit: row.limit, period: month.label, resetsAt: month.resetsAt };
  }

  /** The tenant's pool this month: every quota of its plan, and whatever else was counted. */
  async list(ctx: TenantContext): Promise<UsageListResponse> {
    const tenant = await this.tenants.findById(ctx.tenantId);
    if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    const month = monthOf(this.clock.now());
    const quotas = planOf(this.options.plans, tenant.plan).quotas;
    const counted = new Map((await this.repository.listPeriod(ctx.tenantId, month.period)).map((r) => [r.metric, r.used]));
    const metrics = [...new Set([...Object.keys(quotas), ...counted.keys()])].sort();
    return {
      items: metrics.map((metric) => ({
        metric,
        limit: Object.prototype.hasOwnProperty.call(quotas, metric) ? quotas[metric] : null,
        used: counted.get(metric) ?? 0,
        period: month.label,
        resetsAt: month.resetsAt.toISOString(),
      })),
    };
  }

  private limitsOf(metric: string): { byPlan: string; fallback: number | null } {
    let limits = this.limits.get(metric);
    if (!limits) {
      const byPlan: Record<string, number | null> = {};
      for (const [name, plan] of Object.entries(this.options.plans.plans)) {
        byPlan[name] = Object.prototype.hasOwnProperty.call(plan.quotas, metric) ? plan.quotas[metric] : null;
      }
      // Serialised once: it is a parameter of every consuming statement.
      limits = { byPlan: JSON.stringify(byPlan), fallback: byPlan[this.options.plans.default] ?? null };
      // Bounded by the metrics the code names (validated above), not by input.
      this.limits.set(metric, limits);
    }
    return limits;
  }

  /** The error a refused call answers, and the limit it ran into (0 for a tenant that does not exist). */
  private async refusal(tenantId: string, metric: string, now: Date, resetsAt: Date): Promise<{ error: CodedException; limit: number }> {
    const tenant = await this.tenants.findById(tenantId);
    if (!tenant) return { error: new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound), limit: 0 };
    const limit = planOf(this.options.plans, tenant.plan).quotas[metric] ?? 0;
    const retryAfter = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    const error = new CodedException(
      HttpStatus.TOO_MANY_REQUESTS,
      UsageErrorCode.QuotaExceeded,
      { metric, limit, resetsAt: resetsAt.toISOString(), retryAfter },
      undefined,
      { 'retry-after': String(retryAfter) },
    );
    return { error, limit };
  }

  /**
   * On a refused call: the 100 % notice the call that reached the limit failed to queue (its
   * transaction failed after the consumption committed). Every later call is refused, so this is
   * the only path left that can still send it; the claim keeps it once per month.
   */
  private async notifyMissed(tenantId: string, metric: string, month: ReturnType<typeof monthOf>, limit: number): Promise<void> {
    let counter;
    try {
      counter = await this.repository.counter({ tenantId, metric, period: month.period });
    } catch (error) {
      // The call answers its 429 whatever happens here; a later refused call tries again.
      this.logger.warn(`Quota notice for tenant ${tenantId} not checked: ${(error as Error).message}`);
      return;
    }
    if (!counter || counter.notified100 || counter.used < limit) return;
    await this.notify(tenantId, metric, month, { ...counter, limit });
  }

  /**
   * Claims and queues the 80 % / 100 % notices this call crossed. The claim and the mails share a
   * transaction: a notice is claimed exactly when its mails are queued. Runs after the consumption
   * committed; if it fails, the call still counts and the next call past the mark claims it (past
   * 100 % a refused call: {@link notifyMissed}).
   */
  private async notify(tenantId: string, metric: string, month: ReturnType<typeof monthOf>, row: ConsumedRow): Promise<void> {
    const limit = row.limit!;
    const due80 = !row.notified80 && row.used * 100 >= limit * 80;
    const due100 = !row.notified100 && row.used >= limit;
    if (!due80 && !due100) return;
    const key = { tenantId, metric, period: month.period };
    try {
      const queued = await this.dataSource.transaction(async (m) => {
        const levels: (80 | 100)[] = [];
        if (due80 && (await this.repository.claimNotice(m, key, 80))) levels.push(80);
        if (due100 && (await this.repository.claimNotice(m, key, 100))) levels.push(100);
        // Each mark claimed here gets its own mail: under concurrency the call that reaches 100 %
        // may also be the first to claim 80 % (the call that crossed 80 % lost the race to it).
        if (!levels.length) return false;
        const tenant = await this.tenants.findById(tenantId, m);
        if (!tenant) return false;
        const owner = await this.users.findById(tenant.ownerUserId, m);
        const locale: Locale = isLocale(owner?.locale) ? owner.locale : 'en';
        const recipients = [...new Set([owner?.email, tenant.billingEmail].filter((e): e is string => !!e))];
        const data = { organisationName: tenant.name, metric, used: row.used, limit, resetsAt: month.resetsAt.toISOString() };
        for (const level of levels) {
          for (const to of recipients) {
            await this.outbox.add(m, { to, template: level === 100 ? UsageMail.Quota100 : UsageMail.Quota80, locale, data });
          }
        }
        return true;
      });
      if (queued) this.outbox.flush();
    } catch (error) {
      this.logger.warn(`Quota notice for tenant ${tenantId} not queued: ${(error as Error).message}`);
    }
  }
}
