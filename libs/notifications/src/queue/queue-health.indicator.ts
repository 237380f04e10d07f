import { Clock } from '@tenant-iam/common';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { shortError } from '../common/backoff';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import { OutboxRepository } from '../outbox/outbox.repository';
import { QueueDriver } from './queue-driver';

/**
 * Terminus (v11 API) health indicator of the queue and the outbox. Down when the driver is closed,
 * when this process should run workers but they are not running, or when the outbox cannot be read.
 * Reports the driver's waiting/active jobs and the outbox's due and failed rows either way.
 *
 * @example
 * this.health.check([() => this.queue.isHealthy('queue')]);
 */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly driver: QueueDriver,
    private readonly repository: OutboxRepository,
    private readonly clock: Clock,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: ResolvedNotificationsOptions,
  ) {}

  async isHealthy<const Key extends string = 'queue'>(key: Key = 'queue' as Key): Promise<HealthIndicatorResult<Key>> {
    const session = this.indicator.check(key);
    const driver = await this.driver.health();
    const details = {
      driver: driver.driver,
      workers: this.options.runWorkers,
      running: driver.running,
      waiting: driver.waiting,
      active: driver.active,
    };
    if (driver.closed) return session.down({ ...details, message: 'queue is closed' });
    if (driver.error) return session.down({ ...details, message: `queue unreachable: ${driver.error}` });
    if (this.options.runWorkers && !driver.running) return session.down({ ...details, message: 'workers are not running' });
    try {
      const outbox = await this.repository.stats(this.clock.now());
      return session.up({ ...details, outboxDue: outbox.due, outboxFailed: outbox.failed });
    } catch (error) {
      return session.down({ ...details, message: `outbox unreadable: ${shortError(error, 200)}` });
    }
  }
}
