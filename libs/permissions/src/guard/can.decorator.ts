import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { CAN_KEY, RequiredPermission } from './can.constants';
import { PermissionsGuard } from './permissions.guard';

export { CAN_KEY } from './can.constants';
export type { RequiredPermission } from './can.constants';

/**
 * Guards a route: the caller's ability (from the {@link AbilityResolver}) must allow `action` on
 * `subject`, or 403 `FORBIDDEN`. Authentication and scope resolution happen inside the resolver,
 * so the route is guarded even in a host without a global guard. The pair must be in the
 * permission catalogue: the boot fails otherwise, so a typo never becomes an open or dead route.
 * On a controller, it applies to every route the handler does not override.
 *
 * @example
 * \@Can('block', 'Member')
 * block(@CurrentTenant() tenant: TenantContext, @Param('memberId') id: string) { ... }
 */
export const Can = (action: string, subject: string): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(CAN_KEY, { action, subject } satisfies RequiredPermission), UseGuards(PermissionsGuard));
