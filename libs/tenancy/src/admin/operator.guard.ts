import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { normalizeEmail } from '@tenant-iam/identity';
import type { TenantRequest } from '../context/tenant-context';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';

/**
 * Lets through the platform operators only (`TenancyModuleOptions.platformAdmins`, compared with the
 * caller's normalised login email). Anyone else gets 404 `NOT_FOUND`, as for a route that does not
 * exist: the operator API does not announce itself. Runs after {@link AuthenticatedGuard}.
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  private readonly operators: ReadonlySet<string>;

  constructor(@Inject(TENANCY_OPTIONS) options: ResolvedTenancyOptions) {
    this.operators = new Set(options.platformAdmins);
  }

  canActivate(context: ExecutionContext): boolean {
    const email = context.switchToHttp().getRequest<TenantRequest>().user?.email;
    if (typeof email !== 'string' || !this.operators.has(normalizeEmail(email))) {
      throw new CodedException(HttpStatus.NOT_FOUND, CommonErrorCode.NotFound);
    }
    return true;
  }
}
