import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY, OPTIONAL_AUTH_KEY } from '../common/auth-user';
import { JWT_STRATEGY } from './jwt.strategy';

/**
 * The session guard: every route needs a valid session unless marked `@Public()`. The lib's own
 * controllers carry it, so they deny by default in any host; register it as `APP_GUARD` too to
 * guard the host's routes the same way. A request that already passed it is not checked again.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard(JWT_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Mounted app-wide and on the lib's own controllers: a request checks its session once.
    if (context.switchToHttp().getRequest<{ user?: unknown }>().user) return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH_KEY, targets)) {
      const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
      if (!request.headers.authorization) return true;
      return (await super.canActivate(context)) as boolean;
    }
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    return (await super.canActivate(context)) as boolean;
  }
}
