import type { TenantResponse } from './dto/tenant.dto';
import type { TenantEntity } from './tenant.entity';

/** The representation of a tenant; the billing email only for those who may see billing. */
export function toTenantResponse(tenant: TenantEntity, options: { billing: boolean }): TenantResponse {
  return {
    id: tenant.id,
    name: tenant.name,
    ownerUserId: tenant.ownerUserId,
    ...(options.billing ? { billingEmail: tenant.billingEmail } : {}),
    plan: tenant.plan,
    settings: tenant.settings,
    createdAt: tenant.createdAt.toISOString(),
  };
}
