import { applyDecorators, createParamDecorator, ExecutionContext, Injectable, PipeTransform, SetMetadata } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { TenantContext, TenantRequest } from '../context/tenant-context';
import { UsageService } from './usage.service';

/** Metadata key of {@link Metered}: the metric a route consumes. */
export const METERED_KEY = 'tenancy:metered';

/** The consumption of one call, handed by {@link MeteredPipe} to the handler {@link Metered} wrapped. */
class MeteredConsumption {
  constructor(readonly consume: () => Promise<unknown>) {}
}

/** What the hidden argument of a metered handler reads from the request: its metric and tenant. */
interface MeteredArgument {
  metric: string;
  tenant: TenantContext | undefined;
}

/**
 * Prepares the consumption of one unit of the route's metric, after `@Can` resolved the tenant and
 * checked the ability (guards run first). It only prepares: Nest runs the pipes of all arguments at
 * once, and the unit is taken by the handler {@link Metered} wrapped, which Nest calls after every
 * pipe passed. A call the `ValidationPipe` refuses (400) consumes nothing, and a refused call (429
 * `QUOTA_EXCEEDED`) does no work. Needs `@Can(...)`. Registered by `TenancyModule`.
 */
@Injectable()
export class MeteredPipe implements PipeTransform<MeteredArgument, MeteredConsumption> {
  constructor(private readonly usage: UsageService) {}

  transform({ metric, tenant }: MeteredArgument): MeteredConsumption {
    // A metered route without a resolved tenant is a programming error: never serve it unmetered.
    if (!tenant) throw new Error('@Metered() on a route without @Can(...): no tenant to meter');
    return new MeteredConsumption(() => this.usage.consume(tenant.tenantId, metric));
  }
}

// An argument Nest resolves after the route's own, as for any parameter decorator. Why not an
// interceptor (as before): an interceptor costs every call an RxJS pipeline and two async-context
// bindings, about a tenth of a metered call's CPU in `bench:metered-call`.
const meteredArgument = createParamDecorator((metric: string, context: ExecutionContext): MeteredArgument => ({
  metric,
  tenant: context.switchToHttp().getRequest<TenantRequest>().tenantContext,
}));

/** The position after the handler's own parameters (declared by now: parameter decorators run first). */
function hiddenIndex(prototype: object, name: string | symbol, handler: (...args: unknown[]) => unknown): number {
  const declared = (Reflect.getMetadata(ROUTE_ARGS_METADATA, prototype.constructor, name) ?? {}) as Record<string, { index: number }>;
  return Math.max(handler.length, ...Object.values(declared).map((arg) => arg.index + 1));
}

/** The handler, preceded by the consumption its hidden argument carries; keeps the handler's metadata. */
function consumingFirst(handler: (...args: unknown[]) => unknown, index: number): (...args: unknown[]) => Promise<unknown> {
  const wrapped = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    const call = args[index];
    // Called other than by Nest for its route (e.g. directly from code): never serve it unmetered.
    if (!(call instanceof MeteredConsumption)) throw new Error('@Metered() handler called outside its route: no tenant to meter');
    await call.consume();
    return handler.apply(this, args.slice(0, index));
  };
  for (const key of Reflect.getOwnMetadataKeys(handler)) Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, handler), wrapped);
  Object.defineProperty(wrapped, 'name', { value: handler.name });
  return wrapped;
}

/** Wraps the route handler `name` of `prototype` and declares its hidden argument. */
function meter(prototype: object, name: string | symbol, descriptor: PropertyDescriptor, metric: string): void {
  if (typeof descriptor.value !== 'function') return;
  const index = hiddenIndex(prototype, name, descriptor.value);
  descriptor.value = consumingFirst(descriptor.value, index);
  meteredArgument(metric, MeteredPipe)(prototype, name, index);
}

/**
 * Meters a tenant route on `metric` (a quota name of the plans, e.g. `search`): each call that
 * passes the access check and the request validation consumes one unit of the tenant's monthly
 * pool, shared by every member and the API key; past the limit the call answers 429
 * `QUOTA_EXCEEDED` with `Retry-After`. On a class, meters each of its routes. The handler is
 * wrapped (it returns a promise then), so it must return a value or a promise, not an Observable.
 * Spread `USAGE_PROBLEMS` into the route's `@ApiProblems(...)`.
 *
 * @example
 * \@Get('search') \@Can('run', 'InsolvencySearch') \@AllowApiKey() \@Metered('search')
 */
export const Metered = (metric: string): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
      if (descriptor && key !== undefined) return meter(target, key, descriptor, metric);
      // On a class: every route handler of its prototype (the routes are declared by now).
      const prototype = (target as { prototype: object }).prototype;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const own = Object.getOwnPropertyDescriptor(prototype, name);
        if (name === 'constructor' || !own || typeof own.value !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, own.value) === undefined) continue;
        // A route with its own @Metered keeps it: one call, one unit, of the method's metric.
        if (Reflect.getOwnMetadata(METERED_KEY, own.value) !== undefined) continue;
        meter(prototype, name, own, metric);
        Object.defineProperty(prototype, name, own);
      }
    }) as MethodDecorator & ClassDecorator,
    SetMetadata(METERED_KEY, metric),
  );
