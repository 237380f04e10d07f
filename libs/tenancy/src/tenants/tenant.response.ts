import { readSettings } from '../policies/tenant-settings';
import type { MembershipRole } from '../memberships/membership.entity';
import type { TenantDetailResponse, TenantResponse, TenantSettingsResponse } from './dto/tenant.dto';
import type { TenantEntity } from './tenant.entity';

/** The representation of a tenant; the billing email only for those who may see billing (the owner). */
export function toTenantResponse(tenant: TenantEntity, options: { billing: boolean }): TenantResponse {
  return {
    id: tenant.id,
    name: tenant.name,
    ownerUserId: tenant.ownerUserId,
    ...(options.billing ? { billingEmail: tenant.billingEmail } : {}),
    plan: tenant.plan,
    // Every key with its default filled in, whatever an older version stored.
    settings: readSettings(tenant.settings) as unknown as TenantSettingsResponse,
    createdAt: tenant.createdAt.toISOString(),
  };
}

/** {@link toTenantResponse} with the seats and the caller's role. */
export function toTenantDetail(
  tenant: TenantEntity,
  options: { billing: boolean; role: MembershipRole | null; seats: { limit: number; used: number } },
): TenantDetailResponse {
  return { ...toTenantResponse(tenant, options), seats: options.seats, role: options.role };
}
