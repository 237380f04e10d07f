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

async function boot(providers: Function[], jobs: string[] = [], runWorkers = true) {
  @Module({ imports: [NotificationsModule.forFeature({}, { jobs })] })
  class FeatureModule {}
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule, FeatureModule],
    providers: [
      ...(providers as any[]),
      JobHandlerExplorer,
      { provide: QueueDriver, useValue: new InProcessQueueDriver() },
      { provide: NOTIFICATIONS_OPTIONS, useValue: { runWorkers } },
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
    expect(driver.jobNames().sort()).toEqual([NotificationsJob.Relay, 'tenancy.sweep']);
    await driver.enqueue(NotificationsJob.Relay, { n: 1 });
    await driver.enqueue('tenancy.sweep');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(moduleRef.get(RelayHandler).calls).toEqual([{ n: 1 }]);
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
    expect(moduleRef.get(QueueDriver).jobNames()).toEqual([NotificationsJob.Relay]);
    await moduleRef.close();
  });
});
