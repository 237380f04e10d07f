import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { AbilityResolver } from './ability-resolver';
import { CAN_KEY, type RequiredPermission } from './can.constants';

/**
 * The guard behind `@Can(...)`: resolves the ability through the port, then checks it. Nest builds
 * it in the module of each guarded controller, so that module must see an {@link AbilityResolver}
 * provider: without one the boot fails, never a route left open.
 */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: AbilityResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<RequiredPermission | undefined>(CAN_KEY, [context.getHandler(), context.getClass()]);
    // Deny by default: a route that reached this guard without a requirement is refused, unasked.
    if (!required) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    // The resolver's own answers (401, 404, 403) propagate as they are.
    const ability = await this.resolver.resolve(context);
    if (!ability.can(required.action, required.subject)) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    return true;
  }
}
