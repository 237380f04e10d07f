import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { JwtAuthGuard } from '@tenant-iam/identity';
import type { TenantRequest } from './tenant-context';

/**
 * Authentication for tenancy routes outside a tenant (`/me/tenants`, `POST /tenants`, `/admin`):
 * identity's guard, unless a global one already ran for this request. So a lib route is guarded
 * in a host without the app-wide guard, and checked once in a host with it.
 */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  constructor(private readonly auth: JwtAuthGuard) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.switchToHttp().getRequest<TenantRequest>().user) return true;
    return (await this.auth.canActivate(context)) as boolean;
  }
}
