import { Injectable } from '@nestjs/common';
import type { Locale } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '../outbox/outbox.service';
import { NotificationRecipients } from './notification-recipients';

/** A mail for everyone subscribed to a category of one scope. */
export interface CategoryMailInput {
  /** The scope the recipients belong to (a tenant id for tenancy's recipients). */
  scopeId: string;
  /** The category, e.g. `payments`. */
  category: string;
  /** A template registered with `NotificationsModule.forFeature`. */
  template: string;
  /** The locale of recipients whose own is unknown. */
  locale: Locale;
  /** Template data; each mail also gets `recipientName` (the recipient's name or null). */
  data: Record<string, unknown>;
}

/**
 * Sends one mail per recipient of a category, through the outbox, in the caller's transaction:
 * the mails exist exactly when the action that caused them committed. The recipients come from
 * the {@link NotificationRecipients} port, read in the same transaction.
 *
 * @example
 * await dataSource.transaction(async (m) => {
 *   await invoices.insert(m, invoice);
 *   await categoryMail.add(m, { scopeId: tenantId, category: 'payments', template: 'billing.invoice', locale: 'en', data: { number } });
 * });
 * outbox.flush();
 */
@Injectable()
export class CategoryMail {
  constructor(
    private readonly recipients: NotificationRecipients,
    private readonly outbox: Outbox,
  ) {}

  /** Queues the mails; returns their outbox ids (empty when nobody is subscribed). Call `Outbox.flush()` after the commit. */
  async add(manager: EntityManager, mail: CategoryMailInput): Promise<string[]> {
    const recipients = await this.recipients.recipientsOf(mail.scopeId, mail.category, manager);
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const recipient of recipients) {
      // The port promises each address once; a host's implementation may not keep that promise.
      const key = recipient.email.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      ids.push(
        await this.outbox.add(manager, {
          to: recipient.email,
          template: mail.template,
          locale: recipient.locale ?? mail.locale,
          data: { ...mail.data, recipientName: recipient.name },
        }),
      );
    }
    return ids;
  }
}
