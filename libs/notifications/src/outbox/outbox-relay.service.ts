import { Clock, isLocale } from '@tenant-iam/common';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { computeBackoff, shortError } from '../common/backoff';
import { MailTransport } from '../mail/mail-transport';
import { NotificationsJob } from '../notifications.constants';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import { JobHandler } from '../queue/job-handler.decorator';
import { QueueDriver } from '../queue/queue-driver';
import { TemplateRegistry, UnknownTemplateError } from '../templates/template-registry';
import { OutboxPayloadCipher } from './outbox-payload.cipher';
import { OutboxKind } from './outbox-status.enum';
import { OutboxClaim, OutboxRepository, OutboxRow } from './outbox.repository';

/** How long a claimed row belongs to one relay; far above the SMTP transport's timeouts. */
export const RELAY_LEASE_MS = 5 * 60 * 1000;
/** Rows claimed per round trip. */
export const RELAY_BATCH = 100;
/** Mails in flight at once (each SMTP send is a round trip; the SMTP pool has as many connections). */
export const RELAY_CONCURRENCY = 20;

/** What one relay run did. */
export interface RelayResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers due outbox rows (mails, and the durable jobs of `Outbox.addJob`). Runs as the
 * `notifications.relay` job on the queue port: nudged by `Outbox.flush()` (coalesced: one waits,
 * one runs) and polled by the queue's schedule every `pollIntervalMs` in worker processes (one
 * run per tick across workers on a shared queue). Delivery is at least once: a relay that dies
 * after the SMTP server accepted a mail but before marking it sent leaves it to be sent again once
 * the lease expires.
 */
@Injectable()
export class OutboxRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private stopping = false;

  constructor(
    private readonly repository: OutboxRepository,
    private readonly templates: TemplateRegistry,
    private readonly transport: MailTransport,
    private readonly cipher: OutboxPayloadCipher,
    private readonly clock: Clock,
    private readonly queue: QueueDriver,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: ResolvedNotificationsOptions,
  ) {}

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  /**
   * Delivers every due row until none is left (or the app shuts down). `RELAY_CONCURRENCY` mails
   * are in flight at once; the next batch is claimed while the last mails of the previous one are
   * still being sent, so the pipe never drains between batches.
   */
  @JobHandler(NotificationsJob.Relay)
  async relayDue(): Promise<RelayResult> {
    const result: RelayResult = { sent: 0, retried: 0, failed: 0 };
    const queue: OutboxRow[] = [];
    // Mails the server accepted, marked sent together: one statement per batch, not per mail.
    // A relay that dies before it leaves them to be sent again after the lease (at least once).
    const accepted: OutboxClaim[] = [];
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    const claim = (): Promise<void> =>
      (claiming ??= (async () => {
        try {
          const rows = await this.repository.claimDue(this.clock.now(), RELAY_LEASE_MS, RELAY_BATCH);
          queue.push(...rows);
          if (rows.length < RELAY_BATCH) exhausted = true;
        } catch (error) {
          exhausted = true;
          throw error;
        } finally {
          claiming = undefined;
        }
      })());
    const markAccepted = async () => {
      if (accepted.length) await this.repository.markSentMany(accepted.splice(0), this.clock.now());
    };
    // Set by the first worker that fails: the others finish the mail in hand and take no more,
    // so nothing is accepted after the final mark below (it would stay `sending` and go out again).
    let aborted = false;
    const worker = async () => {
      try {
        for (;;) {
          if (aborted) return;
          // Refill early: when fewer rows wait than there are senders.
          if (!exhausted && !this.stopping && queue.length < RELAY_CONCURRENCY) void claim().catch(() => undefined);
          let row = queue.shift();
          if (!row) {
            if (claiming) await claiming.catch(() => undefined);
            if (aborted) return;
            row = queue.shift();
            if (!row) {
              if (exhausted || this.stopping) return;
              continue;
            }
          }
          result[await this.deliver(row, accepted)] += 1;
          if (accepted.length >= RELAY_BATCH) await markAccepted();
        }
      } catch (error) {
        aborted = true;
        throw error;
      }
    };
    try {
      await claim();
      // allSettled, not all: every worker has stopped before the final mark and the rethrow (a
      // retried nudge must not run beside workers of this run).
      const settled = await Promise.allSettled(Array.from({ length: RELAY_CONCURRENCY }, worker));
      const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failure) throw failure.reason;
    } finally {
      // Also after an error: what the server accepted must not be sent again.
      await markAccepted();
    }
    return result;
  }

  private async deliver(row: OutboxRow, accepted: OutboxClaim[]): Promise<keyof RelayResult> {
    if (row.attempts > this.options.maxAttempts) {
      // Only a row whose relay died during its last attempt gets here.
      await this.repository.markFailed(row, 'gave up: the last attempt was interrupted');
      this.logger.error(`Outbox ${row.id} (${row.template}) failed: last attempt interrupted`);
      return 'failed';
    }
    if (row.kind === OutboxKind.Job) return this.runJob(row);
    let message;
    try {
      const data = row.payload ? this.cipher.open(row.payload) : {};
      const locale = isLocale(row.locale) ? row.locale : 'en';
      message = this.templates.render(row.template, locale, data);
    } catch (error) {
      // Not transient: retrying cannot fix an unknown template or a payload sealed with another secret.
      const reason = error instanceof UnknownTemplateError ? error.message : `render failed: ${shortError(error)}`;
      await this.repository.markFailed(row, shortError(reason));
      this.logger.error(`Outbox ${row.id} (${row.template}) failed: ${reason}`);
      return 'failed';
    }
    try {
      await this.transport.send({ id: row.id, from: this.options.mailFrom, to: row.recipient, ...message });
    } catch (error) {
      return this.retryOrFail(row, error);
    }
    accepted.push({ id: row.id, attempts: row.attempts });
    return 'sent';
  }

  /** A durable job (`Outbox.addJob`): its handler runs here and the row is done when it resolved. */
  private async runJob(row: OutboxRow): Promise<keyof RelayResult> {
    let data: unknown;
    try {
      data = row.payload ? this.cipher.open(row.payload) : {};
    } catch (error) {
      await this.repository.markFailed(row, `payload unreadable: ${shortError(error)}`);
      this.logger.error(`Outbox job ${row.id} (${row.template}) failed: payload unreadable`);
      return 'failed';
    }
    try {
      await this.queue.runHandler(row.template, data, { id: row.id, name: row.template, attempt: row.attempts });
    } catch (error) {
      return this.retryOrFail(row, error);
    }
    await this.repository.markSent(row, this.clock.now());
    return 'sent';
  }

  private async retryOrFail(row: OutboxRow, error: unknown): Promise<keyof RelayResult> {
    const reason = shortError(error);
    if (row.attempts >= this.options.maxAttempts) {
      await this.repository.markFailed(row, reason);
      this.logger.error(`Outbox ${row.id} (${row.template}) failed after ${row.attempts} attempts: ${reason}`);
      return 'failed';
    }
    const delay = computeBackoff(row.attempts, this.options.retryBaseDelayMs);
    await this.repository.markRetry(row, new Date(this.clock.now().getTime() + delay), reason);
    this.logger.warn(`Outbox ${row.id} (${row.template}) attempt ${row.attempts} failed, retry in ${delay} ms: ${reason}`);
    return 'retried';
  }
}
