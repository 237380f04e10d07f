import { Controller, Get, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { defer, lastValueFrom } from 'rxjs';
import { Metered, METERED_KEY, MeteredInterceptor } from './metered.decorator';
import type { UsageService } from './usage.service';

@Controller('x')
class MethodMetered {
  calls = 0;
  @Get('a')
  @Metered('search')
  @SetMetadata('below', 'kept')
  a() {
    this.calls += 1;
    return 'a';
  }
}

@Metered('reports')
@Controller('y')
class ClassMetered {
  @Get('b')
  b() {
    return 'b';
  }
  helper() {
    return 'h';
  }
}

const contextFor = (instance: object, handler: unknown): ExecutionContext =>
  ({
    getHandler: () => handler,
    getClass: () => instance.constructor,
    switchToHttp: () => ({ getRequest: () => ({ tenantContext: { tenantId: 't1' } }) }),
  }) as unknown as ExecutionContext;

describe('@Metered', () => {
  const order: string[] = [];
  const usage = { consume: jest.fn(async (_t: string, metric: string) => void order.push(`consume ${metric}`)) };
  const interceptor = new MeteredInterceptor(new Reflector(), usage as unknown as UsageService);
  // What Nest does: the pipes (here: a step in the order) and the handler run inside handle(),
  // bound to the async context handle() is called in.
  const call = (instance: object, name: string, pipes: () => void = () => undefined) => {
    const handler = (instance as Record<string, (...a: unknown[]) => unknown>)[name];
    return lastValueFrom(
      interceptor.intercept(contextFor(instance, handler), {
        handle: () =>
          defer(
            AsyncResource.bind(async () => {
              pipes();
              return handler.call(instance);
            }),
          ),
      }),
    );
  };

  beforeEach(() => {
    order.length = 0;
    usage.consume.mockClear();
  });

  it('consumes after the pipes and before the handler; a call the pipes refuse consumes nothing', async () => {
    const controller = new MethodMetered();
    await expect(call(controller, 'a', () => order.push('pipes'))).resolves.toBe('a');
    expect(order).toEqual(['pipes', 'consume search']);
    expect(controller.calls).toBe(1);
    await expect(
      call(controller, 'a', () => {
        throw new Error('400');
      }),
    ).rejects.toThrow('400');
    expect(usage.consume).toHaveBeenCalledTimes(1);
    expect(controller.calls).toBe(1);
  });

  it('a refused consumption (429) keeps the handler from running', async () => {
    const controller = new MethodMetered();
    usage.consume.mockRejectedValueOnce(new Error('429'));
    await expect(call(controller, 'a')).rejects.toThrow('429');
    expect(controller.calls).toBe(0);
  });

  it("keeps the handler's metadata, and never serves the handler unmetered outside its route", async () => {
    const handler = MethodMetered.prototype.a;
    expect(Reflect.getMetadata('below', handler)).toBe('kept');
    expect(Reflect.getMetadata(METERED_KEY, handler)).toBe('search');
    expect(Reflect.getMetadata('path', handler)).toBe('a');
    expect(handler.name).toBe('a');
    await expect(new MethodMetered().a()).rejects.toThrow('outside its route');
  });

  it('on a class meters each route and leaves other methods alone', async () => {
    const controller = new ClassMetered();
    await expect(call(controller, 'b')).resolves.toBe('b');
    expect(usage.consume).toHaveBeenCalledWith('t1', 'reports');
    expect(controller.helper()).toBe('h');
  });
});
