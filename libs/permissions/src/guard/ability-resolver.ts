import type { ExecutionContext } from '@nestjs/common';
import type { AppAbility } from '../ability/ability.factory';

/**
 * Port: the ability of the caller of a request. Another lib provides it (tenancy resolves the
 * tenant and the membership, and answers 401/404/403 itself when there is none); the
 * {@link PermissionsGuard} of `@Can(...)` asks it. A route guarded with `@Can` in a host that
 * provides no resolver fails at boot, never open.
 */
export abstract class AbilityResolver {
  abstract resolve(context: ExecutionContext): Promise<AppAbility>;
}
