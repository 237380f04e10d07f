import { Clock } from '@tenant-iam/common';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { NotificationsJob } from '../notifications.constants';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import { JobHandler } from '../queue/job-handler.decorator';
import type { ScheduledTick } from '../queue/queue-driver';
import { OutboxRepository } from './outbox.repository';

/** Rows one statement of the sweep deletes at most: short statements, short locks. */
export const OUTBOX_SWEEP_BATCH = 1000;
/** Statements one sweep run issues at most; the next tick continues. */
export const OUTBOX_SWEEP_MAX_BATCHES = 100;

/**
 * Deletes sent outbox rows once they are older than `outboxRetention`, on the sweep schedule
 * (`notifications.sweep-outbox`). Failed rows stay for an operator; pending ones are work.
 * Batched `FOR UPDATE SKIP LOCKED` deletes, so two sweeps (or a sweep and a relay) never wait
 * on each other.
 */
@Injectable()
export class OutboxSweep implements BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxSweep');
  private stopping = false;

  constructor(
    private readonly repository: OutboxRepository,
    private readonly clock: Clock,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: ResolvedNotificationsOptions,
  ) {}

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  /**
   * One sweep: deletes batch after batch until none is left, the cap is reached or the app stops.
   * @param _tick the schedule's tick when run by it (the cutoff comes from the clock either way).
   */
  @JobHandler(NotificationsJob.SweepOutbox)
  async sweep(_tick?: ScheduledTick): Promise<{ deleted: number }> {
    const cutoff = new Date(this.clock.now().getTime() - this.options.outboxRetention);
    let deleted = 0;
    for (let i = 0; i < OUTBOX_SWEEP_MAX_BATCHES && !this.stopping; i++) {
      const n = await this.repository.deleteSentBefore(cutoff, OUTBOX_SWEEP_BATCH);
      deleted += n;
      if (n < OUTBOX_SWEEP_BATCH) break;
    }
    if (deleted) this.logger.log(`Deleted ${deleted} sent outbox row(s) older than ${cutoff.toISOString()}`);
    return { deleted };
  }
}
