import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { AbilityResolver } from './ability-resolver';
import type { RequiredPermission } from './can.decorator';

/** The guard behind `@Can(...)`: resolves the ability through the port, then checks it. */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: AbilityResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<RequiredPermission | undefined>('permissions:can', [
      context.getHandler(),
      context.getClass(),
    ]);
    const ability = await this.resolver.resolve(context);
    // Deny by default: a route that reached this guard without a requirement is refused.
    if (!required || !ability.can(required.action, required.subject)) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    return true;
  }
}
