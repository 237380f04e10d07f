import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Observable } from 'rxjs';
import type { TenantRequest } from '../context/tenant-context';
import { UsageService } from './usage.service';

/** Metadata key of {@link Metered}: the metric a route consumes. */
export const METERED_KEY = 'tenancy:metered';

/** What the interceptor hands to the wrapped handler: the consumption of this call. */
interface MeteredCall {
  consume(): Promise<unknown>;
}

const meteredCall = new AsyncLocalStorage<MeteredCall>();

/**
 * Prepares the consumption of one unit of the route's metric, after `@Can` resolved the tenant and
 * checked the ability (guards run first). The unit itself is taken by the handler wrapped by
 * {@link Metered}, which Nest calls only after the pipes: a call the `ValidationPipe` refuses (400)
 * consumes nothing, and a refused call (429 `QUOTA_EXCEEDED`) does no work. Needs `@Can(...)`.
 */
@Injectable()
export class MeteredInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly usage: UsageService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const metric = this.reflector.getAllAndOverride<string | undefined>(METERED_KEY, [context.getHandler(), context.getClass()]);
    const tenant = context.switchToHttp().getRequest<TenantRequest>().tenantContext;
    // A metered route without a resolved tenant is a programming error: never serve it unmetered.
    if (!metric || !tenant) throw new Error('@Metered() on a route without @Can(...): no tenant to meter');
    // Nest binds what `handle()` defers (the pipes, then the handler) to the async context it is
    // called in (`AsyncResource.bind`), so the wrapped handler finds this call.
    return meteredCall.run({ consume: () => this.usage.consume(tenant.tenantId, metric) }, () => next.handle());
  }
}

/** The handler, preceded by the consumption the interceptor prepared; keeps the handler's metadata. */
function consumingFirst(handler: (...args: unknown[]) => unknown): (...args: unknown[]) => Promise<unknown> {
  const wrapped = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    const call = meteredCall.getStore();
    // Called without the interceptor (e.g. directly from code): never serve it unmetered.
    if (!call) throw new Error('@Metered() handler called outside its route: no tenant to meter');
    await call.consume();
    // Outside the metered call: whatever the handler calls is not metered again.
    return meteredCall.exit(() => handler.apply(this, args));
  };
  for (const key of Reflect.getOwnMetadataKeys(handler)) Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, handler), wrapped);
  Object.defineProperty(wrapped, 'name', { value: handler.name });
  return wrapped;
}

const wrapHandler = (descriptor: PropertyDescriptor): void => {
  if (typeof descriptor.value === 'function') descriptor.value = consumingFirst(descriptor.value);
};

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
      if (descriptor) return wrapHandler(descriptor);
      // On a class: every route handler of its prototype (the routes are declared by now).
      const prototype = (target as { prototype: object }).prototype;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const own = Object.getOwnPropertyDescriptor(prototype, name);
        if (name === 'constructor' || !own || typeof own.value !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, own.value) === undefined) continue;
        wrapHandler(own);
        Object.defineProperty(prototype, name, own);
      }
    }) as MethodDecorator & ClassDecorator,
    SetMetadata(METERED_KEY, metric),
    UseInterceptors(MeteredInterceptor),
  );
