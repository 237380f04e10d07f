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
  async add(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    const to = typeof mail.to === 'string' ? mail.to.trim() : '';
    if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error('Outbox.add: "to" must be an email address');
    if (!mail.template) throw new Error('Outbox.add: "template" is required');
    if (!isLocale(mail.locale)) throw new Error(`Outbox.add: unsupported locale ${JSON.stringify(mail.locale)}`);
    const now = this.clock.now();
    const row: OutboxMessageEntity = {
      id: uuidv7(),
      kind: OutboxKind.Mail,
      recipient: to,
      template: mail.template,
      locale: mail.locale,
      payload: this.cipher.seal(mail.data ?? {}),
      status: OutboxStatus.Pending,
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    };
    await this.repository.insert(manager, row);
  }

  /**
   * Call after the transaction committed: nudges the relay so delivery starts at once (the poll
   * is the safety net). Never throws; calling it after a rollback is harmless.
   */
  flush(): void {
    this.queue
      .enqueue(NotificationsJob.Relay, {}, { jobId: NotificationsJob.Relay, attempts: 3 })
      .catch((error: unknown) => this.logger.warn(`Could not nudge the outbox relay: ${shortError(error)}`));
  }
}
