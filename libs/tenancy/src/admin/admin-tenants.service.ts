import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Clock, CodedException, CursorPage, CursorQuery, encodeCursor, isCursorTimestamp, parseCursor } from '@tenant-iam/common';
import type { AuthUser } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { ActivityLog } from '../activity/activity-log.service';
import { isUuid } from '../common/uuid';
import { userActor } from '../context/actor';
import { planOf } from '../plans/plans';
import { TenancyErrorCode } from '../tenancy-error-code';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import type { TenantEntity } from '../tenants/tenant.entity';
import { TenantsRepository } from '../tenants/tenants.repository';
import { AdminErrorCode } from './admin-error-code';
import type { AdminTenantResponse } from './dto/admin-tenant.dto';

const DEFAULT_LIMIT = 20;

// The id goes into a uuid parameter: a forged cursor must fail here, not as a database error.
const isOperatorKey = (value: Record<string, string | number>): value is { createdAt: string; id: string } =>
  isCursorTimestamp(value.createdAt) && isUuid(value.id);

/** What the platform operators do across tenants: list them, move them between plans. */
@Injectable()
export class AdminTenantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
  ) {}

  /** Every tenant, newest first, with its seats. 400 `VALIDATION_FAILED` on `cursor` for a cursor this list did not make. */
  async list(query: CursorQuery): Promise<CursorPage<AdminTenantResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const before = parseCursor(query.cursor, isOperatorKey);
    const rows = await this.tenants.listForOperators(
      limit + 1,
      this.clock.now(),
      before && { createdAt: new Date(before.createdAt), id: before.id },
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => this.toResponse(row.tenant, row.seatsUsed)),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.tenant.createdAt.toISOString(), id: last.tenant.id }) : null,
    };
  }

  /**
   * Moves a tenant to `plan` under its row lock, with `tenant.plan_changed` by the operator. The
   * new seat limit applies from the next add: a downgrade below today's count removes nobody, it
   * only refuses new members until enough have left.
   *
   * @throws 422 `UNKNOWN_PLAN` for a plan the plans file does not define; 404 `TENANT_NOT_FOUND`.
   */
  async changePlan(operator: AuthUser, tenantId: string, plan: string): Promise<AdminTenantResponse> {
    if (!Object.prototype.hasOwnProperty.call(this.options.plans.plans, plan)) {
      throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, AdminErrorCode.UnknownPlan, {
        plans: Object.keys(this.options.plans.plans).join(', '),
      });
    }
    if (!isUuid(tenantId)) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    const tenant = await this.dataSource.transaction(async (m) => {
      const current = await this.tenants.lockForUpdate(tenantId, m);
      if (!current) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
      if (current.plan === plan) return current;
      const now = this.clock.now();
      await this.tenants.update(current.id, { plan, updatedAt: now }, m);
      await this.activity.record(m, {
        tenantId: current.id,
        // The operator is usually no member of the tenant: a user actor without a membership.
        actor: userActor(operator.userId),
        action: 'tenant.plan_changed',
        target: { type: 'tenant', id: current.id },
        data: { from: current.plan, to: plan },
      });
      return Object.assign(current, { plan, updatedAt: now });
    });
    return this.toResponse(tenant, await this.tenants.countSeats(tenant.id, this.clock.now()));
  }

  private toResponse(tenant: TenantEntity, used: number): AdminTenantResponse {
    return {
      id: tenant.id,
      name: tenant.name,
      plan: tenant.plan,
      ownerUserId: tenant.ownerUserId,
      seats: { limit: planOf(this.options.plans, tenant.plan).seats, used },
      createdAt: tenant.createdAt.toISOString(),
    };
  }
}
