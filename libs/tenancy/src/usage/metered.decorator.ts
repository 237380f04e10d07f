import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import type { TenantRequest } from '../context/tenant-context';
import { UsageService } from './usage.service';

/** Metadata key of {@link Metered}: the metric a route consumes. */
export const METERED_KEY = 'tenancy:metered';

/**
 * Consumes one unit of the route's metric from the tenant's pool, after `@Can` resolved the tenant
 * and checked the ability (guards run first) and before the handler: a refused call (429
 * `QUOTA_EXCEEDED`) does no work. Needs `@Can(...)` on the route.
 */
@Injectable()
export class MeteredInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly usage: UsageService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const metric = this.reflector.getAllAndOverride<string | undefined>(METERED_KEY, [context.getHandler(), context.getClass()]);
    const tenant = context.switchToHttp().getRequest<TenantRequest>().tenantContext;
    // A metered route without a resolved tenant is a programming error: never serve it unmetered.
    if (!metric || !tenant) throw new Error('@Metered() on a route without @Can(...): no tenant to meter');
    await this.usage.consume(tenant.tenantId, metric);
    return next.handle();
  }
}

/**
 * Meters a tenant route on `metric` (a quota name of the plans, e.g. `search`): each call that
 * passes the access check consumes one unit of the tenant's monthly pool, shared by every member
 * and the API key; past the limit the call answers 429 `QUOTA_EXCEEDED` with `Retry-After`.
 * Spread `USAGE_PROBLEMS` into the route's `@ApiProblems(...)`.
 *
 * @example
 * \@Get('search') \@Can('run', 'InsolvencySearch') \@AllowApiKey() \@Metered('search')
 */
export const Metered = (metric: string): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(METERED_KEY, metric), UseInterceptors(MeteredInterceptor));
