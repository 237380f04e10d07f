import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AppAbility } from '@tenant-iam/permissions';
import type { MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import type { Actor } from './actor';

/** The caller's membership, as the tenant guard read it for this request. */
export interface ContextMembership {
  id: string;
  userId: string;
  role: MembershipRole;
  status: MembershipStatus;
  permissionSetId: string | null;
  companyIds: string[];
}

/**
 * What the tenant guard (behind `@Can`) resolved for a request under `/tenants/:tenantId`. Tenant
 * services take it first: the tenant, who acts, their membership and their ability.
 */
export interface TenantContext {
  tenantId: string;
  actor: Actor;
  /** Null when the actor is not a member (an API key, a job). */
  membership: ContextMembership | null;
  ability: AppAbility;
}

/** The request as the tenant guard leaves it. */
export interface TenantRequest {
  params?: Record<string, string | undefined>;
  user?: { userId: string; sessionId: string; email: string };
  tenantContext?: TenantContext;
}

/**
 * Injects the {@link TenantContext} of a route guarded with `@Can(...)`. On a route without it,
 * this throws: reading a tenant that no guard resolved is a programming error.
 */
export const CurrentTenant = createParamDecorator((_: unknown, ctx: ExecutionContext): TenantContext => {
  const context = ctx.switchToHttp().getRequest<TenantRequest>().tenantContext;
  if (!context) throw new Error('CurrentTenant() on a route without @Can(...): no tenant was resolved');
  return context;
});
