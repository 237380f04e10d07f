import { Controller, Get, Query, SetMetadata } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { ExecutionContext } from '@nestjs/common';
import { Metered, METERED_KEY, MeteredPipe } from './metered.decorator';
import type { UsageService } from './usage.service';

@Controller('x')
class MethodMetered {
  calls: unknown[][] = [];
  @Get('a')
  @Metered('search')
  @SetMetadata('below', 'kept')
  a(@Query('q') q?: string) {
    this.calls.push([q]);
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
  @Get('c')
  @Metered('exports')
  c() {
    return 'c';
  }
  helper() {
    return 'h';
  }
}

const contextFor = (tenantContext: unknown): ExecutionContext =>
  ({ switchToHttp: () => ({ getRequest: () => ({ tenantContext }) }) }) as unknown as ExecutionContext;

interface DeclaredArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
  factory?: (data: unknown, context: ExecutionContext) => unknown;
}

describe('@Metered', () => {
  const order: string[] = [];
  const usage = { consume: jest.fn(async (_t: string, metric: string) => void order.push(`consume ${metric}`)) };
  const pipe = new MeteredPipe(usage as unknown as UsageService);
  const declared = (instance: object, name: string): DeclaredArgument[] =>
    Object.values(Reflect.getMetadata(ROUTE_ARGS_METADATA, instance.constructor, name) ?? {});
  // What Nest does for a route: every argument's value through its pipes (the route's own, here
  // `own`, may throw as the ValidationPipe does), then the handler with all of them.
  const call = async (instance: object, name: string, own: () => unknown[] = () => [], tenant: unknown = { tenantId: 't1' }) => {
    const hidden = declared(instance, name).find((arg) => arg.factory)!;
    expect(hidden.pipes).toEqual([MeteredPipe]);
    const args = own();
    order.push('pipes');
    args[hidden.index] = pipe.transform(hidden.factory!(hidden.data, contextFor(tenant)) as never);
    return (instance as Record<string, (...a: unknown[]) => unknown>)[name].apply(instance, args);
  };

  beforeEach(() => {
    order.length = 0;
    usage.consume.mockClear();
  });

  it('consumes after the pipes and before the handler; a call the pipes refuse consumes nothing', async () => {
    const controller = new MethodMetered();
    await expect(call(controller, 'a', () => ['kowalski'])).resolves.toBe('a');
    expect(order).toEqual(['pipes', 'consume search']);
    // The handler gets its own arguments only, not the hidden one.
    expect(controller.calls).toEqual([['kowalski']]);
    await expect(
      call(controller, 'a', () => {
        throw new Error('400');
      }),
    ).rejects.toThrow('400');
    expect(usage.consume).toHaveBeenCalledTimes(1);
    expect(controller.calls).toHaveLength(1);
  });

  it('a refused consumption (429) keeps the handler from running', async () => {
    const controller = new MethodMetered();
    usage.consume.mockRejectedValueOnce(new Error('429'));
    await expect(call(controller, 'a')).rejects.toThrow('429');
    expect(controller.calls).toEqual([]);
  });

  it("declares its argument after the handler's own, and refuses a route without a tenant", async () => {
    expect(
      declared(new MethodMetered(), 'a')
        .map((arg) => arg.index)
        .sort(),
    ).toEqual([0, 1]);
    expect(declared(new ClassMetered(), 'b').map((arg) => arg.index)).toEqual([0]);
    await expect(call(new MethodMetered(), 'a', () => [], null)).rejects.toThrow('no tenant to meter');
    expect(usage.consume).not.toHaveBeenCalled();
  });

  it("keeps the handler's metadata, and never serves the handler unmetered outside its route", async () => {
    const handler = MethodMetered.prototype.a;
    expect(Reflect.getMetadata('below', handler)).toBe('kept');
    expect(Reflect.getMetadata(METERED_KEY, handler)).toBe('search');
    expect(Reflect.getMetadata('path', handler)).toBe('a');
    expect(handler.name).toBe('a');
    await expect(new MethodMetered().a('x')).rejects.toThrow('outside its route');
  });

  it('on a class meters each route and leaves other methods alone', async () => {
    const controller = new ClassMetered();
    await expect(call(controller, 'b')).resolves.toBe('b');
    expect(usage.consume).toHaveBeenCalledWith('t1', 'reports');
    expect(controller.helper()).toBe('h');
    // A route with its own @Metered is metered once, on its own metric.
    usage.consume.mockClear();
    await expect(call(controller, 'c')).resolves.toBe('c');
    expect(usage.consume.mock.calls).toEqual([['t1', 'exports']]);
    expect(declared(controller, 'c')).toHaveLength(1);
  });
});
