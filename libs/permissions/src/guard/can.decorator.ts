import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { PermissionsGuard } from './permissions.guard';

export const CAN_KEY = 'permissions:can';

/** What a route requires: one action on one subject type. */
export interface RequiredPermission {
  action: string;
  subject: string;
}

/**
 * Guards a route: the caller's ability (from the {@link AbilityResolver}) must allow `action` on
 * `subject`, or 403 `FORBIDDEN`. Authentication and scope resolution happen inside the resolver,
 * so the route is guarded even in a host without a global guard.
 *
 * @example
 * \@Can('block', 'Member')
 * block(@CurrentTenant() tenant: TenantContext, @Param('memberId') id: string) { ... }
 */
export const Can = (action: string, subject: string): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(CAN_KEY, { action, subject } satisfies RequiredPermission), UseGuards(PermissionsGuard));
