import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { IdentityUsers, normalizeEmail } from '@tenant-iam/identity';
import type { TenantRequest } from '../context/tenant-context';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';

/**
 * Lets through the platform operators only (`TenancyModuleOptions.platformAdmins`, compared with the
 * caller's normalised login email). Anyone else gets 404 `NOT_FOUND`, as for a route that does not
 * exist: the operator API does not announce itself. Runs after identity's `JwtAuthGuard`.
 *
 * The address must also be proven by its owner (a link sent to it was used): an organisation's
 * admin can create an account with a password for any address nobody registered yet, and must not
 * thereby become an operator.
 */
@Injectable()
export class OperatorGuard implements CanActivate {
  private readonly operators: ReadonlySet<string>;

  constructor(
    @Inject(TENANCY_OPTIONS) options: ResolvedTenancyOptions,
    private readonly users: IdentityUsers,
  ) {
    this.operators = new Set(options.platformAdmins);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<TenantRequest>().user;
    const notFound = new CodedException(HttpStatus.NOT_FOUND, CommonErrorCode.NotFound);
    if (typeof user?.email !== 'string' || !this.operators.has(normalizeEmail(user.email))) throw notFound;
    if (!(await this.users.findById(user.userId))?.emailProven) throw notFound;
    return true;
  }
}
