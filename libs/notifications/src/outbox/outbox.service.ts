import { Clock, isLocale, Locale } from '@tenant-iam/common';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { shortError } from '../common/backoff';
import { NotificationsJob } from '../notifications.constants';
import { QueueDriver } from '../queue/queue-driver';
import { OutboxPayloadCipher } from './outbox-payload.cipher';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxKind, OutboxStatus } from './outbox-status.enum';
import { OutboxRepository } from './outbox.repository';

/** Where one mail stands, as a sender shows it (e.g. an invitation list): `queued`, `sent` or `failed`. */
export type MailDeliveryStatus = 'queued' | 'sent' | 'failed';

/** A mail to send: a registered template, its locale and its data. */
export interface OutgoingMail {
  /** Recipient address. */
  to: string;
  /** A template name registered with `NotificationsModule.forFeature`, e.g. `identity.verify-email`. */
  template: string;
  locale: Locale;
  /** Template data. Stored sealed (it may hold link tokens), so plain JSON values only. */
  data: Record<string, unknown>;
}

/**
 * The transactional outbox: the only way libs send mail. `add` writes the mail in the caller's
 * transaction, so it exists exactly when the action that caused it committed; delivery happens
 * later, outside any request, and a mail outage never fails or loses the action.
 *
 * @example
 * await dataSource.transaction(async (manager) => {
 *   await users.insert(manager, user);
 *   await outbox.add(manager, { to: user.email, template: 'identity.verify-email', locale, data: { token, firstName } });
 * });
 * outbox.flush();
 */
@Injectable()
export class Outbox {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly repository: OutboxRepository,
    private readonly cipher: OutboxPayloadCipher,
    private readonly clock: Clock,
    private readonly queue: QueueDriver,
  ) {}

  /**
   * Writes the mail into the outbox inside the caller's transaction (the `EntityManager` from
   * `dataSource.transaction`). An unknown template is not checked here: the relay marks such a
   * row `failed` and logs it.
   * @throws Error when `to` is not an address or `locale` is not one of ours (programming errors).
   */
  async add(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const to = typeof mail.to === 'string' ? mail.to.trim() : '';
    if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error('Outbox.add: "to" must be an email address');
    if (!mail.template) throw new Error('Outbox.add: "template" is required');
    if (!isLocale(mail.locale)) throw new Error(`Outbox.add: unsupported locale ${JSON.stringify(mail.locale)}`);
    const row = this.row(OutboxKind.Mail, to, mail.template, mail.locale, mail.data ?? {});
    await this.repository.insert(row, manager);
    return row.id;
  }

  /**
   * Where the mails of `ids` (as `add` returned them) stand: `queued` until delivered or given up,
   * `sent`, or `failed` after its last attempt. Ids the outbox no longer holds (swept after their
   * retention, or never its own) are absent from the map.
   */
  async deliveryStatus(ids: readonly string[]): Promise<Map<string, MailDeliveryStatus>> {
    const rows = await this.repository.statusOf(ids);
    return new Map(
      rows.map((r) => [r.id, r.status === OutboxStatus.Sent ? 'sent' : r.status === OutboxStatus.Failed ? 'failed' : 'queued']),
    );
  }

  /**
   * Writes a job into the outbox: a worker process runs its `@JobHandler` (declared with
   * `NotificationsModule.forFeature({ jobs })`), retrying with backoff like a mail, and only marks
   * it done when the handler resolved. Unlike `QueueDriver.enqueue`, the job survives a restart and
   * runs even when this process serves HTTP only (`runWorkers: false`). Pass the caller's
   * `EntityManager` to write it in a transaction; call {@link flush} after the commit.
   * @param data sealed at rest (it may hold an email address or a token); plain JSON values only.
   */
  async addJob(job: string, data: Record<string, unknown>, manager?: EntityManager): Promise<void> {
    if (!job) throw new Error('Outbox.addJob: the job name is required');
    await this.repository.insert(this.row(OutboxKind.Job, '', job, 'en', data), manager);
  }

  /**
   * Call after the transaction committed: nudges the relay so delivery starts at once (the poll
   * is the safety net). Never throws; calling it after a rollback is harmless.
   */
  flush(): void {
    this.queue
      // Coalesced: however many requests flush at once, one relay waits and one runs.
      .enqueue(NotificationsJob.Relay, {}, { coalesce: NotificationsJob.Relay, attempts: 3 })
      .catch((error: unknown) => this.logger.warn(`Could not nudge the outbox relay: ${shortError(error)}`));
  }

  private row(kind: OutboxKind, recipient: string, template: string, locale: Locale, data: Record<string, unknown>): OutboxMessageEntity {
    const now = this.clock.now();
    return {
      id: uuidv7(),
      kind,
      recipient,
      template,
      locale,
      payload: this.cipher.seal(data),
      status: OutboxStatus.Pending,
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    };
  }
}
