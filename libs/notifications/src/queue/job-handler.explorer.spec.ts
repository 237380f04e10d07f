import { Clock, ManualClock } from '@tenant-iam/common';
import { Injectable, Logger, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { NotificationsJob } from '../notifications.constants';
import { NotificationsModule } from '../notifications.module';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import { InProcessQueueDriver } from './in-process-queue.driver';
import { JobHandler } from './job-handler.decorator';
import { JobHandlerExplorer, resolveJobHandlers } from './job-handler.explorer';
import { QueueDriver } from './queue-driver';

@Injectable()
class RelayHandler {
  calls: unknown[] = [];
  @JobHandler(NotificationsJob.Relay)
  async relay(data: unknown) {
    this.calls.push(data);
  }
}

/** Stands in for the outbox sweep, which the explorer always schedules. */
@Injectable()
class OutboxSweepHandler {
  ticks: unknown[] = [];
  @JobHandler(NotificationsJob.SweepOutbox)
  sweep(data: unknown) {
    this.ticks.push(data);
  }
}

@Injectable()
class SweepHandler {
  runs = 0;
  @JobHandler('tenancy.sweep')
  sweep() {
    this.runs += 1;
  }
}

@Injectable()
class SecondSweepHandler {
  @JobHandler('tenancy.sweep')
  again() {}
}

const clock = new ManualClock(new Date('2030-01-15T09:00:00.000Z'));

async function boot(providers: Function[], jobs: string[] = [], runWorkers = true, sweeps: string[] = []) {
  @Module({ imports: [NotificationsModule.forFeature({}, { jobs, sweeps })] })
  class FeatureModule {}
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, FeatureModule],
    providers: [
      ...(providers as any[]),
      ...(providers.includes(OutboxSweepHandler) ? [] : [OutboxSweepHandler]),
      JobHandlerExplorer,
      { provide: QueueDriver, useValue: new InProcessQueueDriver() },
      { provide: Clock, useValue: clock },
      { provide: NOTIFICATIONS_OPTIONS, useValue: { runWorkers, pollIntervalMs: 3_600_000, sweepInterval: 60_000 } },
    ],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

beforeAll(() => Logger.overrideLogger(false));

describe('resolveJobHandlers', () => {
  const handler = (job: string, owner: string) => ({ job, owner, handler: () => undefined });

  it('pairs each declared job with its one handler', () => {
    const map = resolveJobHandlers(['a'], [handler('a', 'A.run'), handler('b', 'B.run')]);
    expect([...map.keys()].sort()).toEqual(['a', 'b']);
  });

  it('names every problem at once', () => {
    expect(() => resolveJobHandlers(['a', 'c'], [handler('a', 'A.run'), handler('a', 'A2.run')])).toThrow(
      'Queue: invalid job handlers: job "a" has 2 handlers (A.run, A2.run); job "c" has no @JobHandler',
    );
  });
});

describe('JobHandlerExplorer', () => {
  it('discovers @JobHandler methods, registers them and starts the driver', async () => {
    const moduleRef = await boot([RelayHandler, SweepHandler], ['tenancy.sweep']);
    const driver = moduleRef.get(QueueDriver);
    expect(driver.jobNames().sort()).toEqual([NotificationsJob.Relay, NotificationsJob.SweepOutbox, 'tenancy.sweep'].sort());
    await driver.enqueue(NotificationsJob.Relay, { n: 1 });
    await driver.enqueue('tenancy.sweep');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    // Besides the poll's first tick, which fires at start.
    expect(moduleRef.get(RelayHandler).calls).toContainEqual({ n: 1 });
    expect(moduleRef.get(SweepHandler).runs).toBe(1);
    await moduleRef.close();
    expect((await driver.health()).closed).toBe(true);
  });

  it('stops the boot when a job has two handlers', async () => {
    await expect(boot([RelayHandler, SweepHandler, SecondSweepHandler])).rejects.toThrow(
      'job "tenancy.sweep" has 2 handlers (SweepHandler.sweep, SecondSweepHandler.again)',
    );
  });

  it('stops the boot when a declared job has no handler', async () => {
    await expect(boot([RelayHandler], ['tenancy.expire-invitations'])).rejects.toThrow(
      'job "tenancy.expire-invitations" has no @JobHandler',
    );
  });

  it('stops the boot when the relay itself has no handler', async () => {
    await expect(boot([SweepHandler])).rejects.toThrow(`job "${NotificationsJob.Relay}" has no @JobHandler`);
  });

  it('counts one provider instance once, even under an alias', async () => {
    const moduleRef = await boot([RelayHandler, { provide: 'ALIAS', useExisting: RelayHandler } as any]);
    expect(moduleRef.get(QueueDriver).jobNames().sort()).toEqual([NotificationsJob.Relay, NotificationsJob.SweepOutbox]);
    await moduleRef.close();
  });

  it('schedules the relay poll and every sweep (the outbox sweep included) and runs a tick per sweepInterval of the clock', async () => {
    const moduleRef = await boot([RelayHandler, SweepHandler, OutboxSweepHandler], [], true, ['tenancy.sweep']);
    const driver = moduleRef.get(QueueDriver);
    expect(driver.scheduled().sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: NotificationsJob.Relay, everyMs: 3_600_000 },
      { name: NotificationsJob.SweepOutbox, everyMs: 60_000 },
      { name: 'tenancy.sweep', everyMs: 60_000 },
    ]);
    const sweep = moduleRef.get(SweepHandler);
    const outboxSweep = moduleRef.get(OutboxSweepHandler);
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 300 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await until(() => sweep.runs === 1 && outboxSweep.ticks.length === 1);
    expect(sweep.runs).toBe(1);
    const tick = Math.floor(clock.now().getTime() / 60_000);
    expect(outboxSweep.ticks).toEqual([{ tick, at: new Date(tick * 60_000).toISOString() }]);
    clock.advance(60_000);
    await until(() => sweep.runs === 2);
    expect(sweep.runs).toBe(2);
    await moduleRef.close();
  });

  it('stops the boot when a sweep has no handler, and schedules nothing without workers', async () => {
    await expect(boot([RelayHandler], [], true, ['tenancy.orphan-sweep'])).rejects.toThrow('job "tenancy.orphan-sweep" has no @JobHandler');
    const moduleRef = await boot([RelayHandler, SweepHandler], [], false, ['tenancy.sweep']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(moduleRef.get(SweepHandler).runs).toBe(0);
    await moduleRef.close();
  });
});
