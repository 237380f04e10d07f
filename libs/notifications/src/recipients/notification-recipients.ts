import type { Locale } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';

/** One person who receives the mails of a category. */
export interface NotificationRecipient {
  /** The address the mail goes to. */
  email: string;
  /** How the mail greets them; null when unknown. */
  name: string | null;
  /** Their language when known; otherwise the sender's default applies. */
  locale?: Locale;
}

/**
 * Port: who receives the mails of a category ("payments", "support"...) for one scope (a tenant,
 * for the tenancy lib). The notifications lib knows neither tenants nor categories: a host plugs
 * an implementation through the `recipients` option (tenancy ships `TenantNotificationRecipients`:
 * the tenant's contacts subscribed to the category). The default answers nobody.
 */
export abstract class NotificationRecipients {
  /**
   * The recipients of `category` in `scopeId`, each address once. With `manager`, read in the
   * caller's transaction (what it has written so far counts).
   */
  abstract recipientsOf(scopeId: string, category: string, manager?: EntityManager): Promise<NotificationRecipient[]>;
}

/** The default {@link NotificationRecipients}: nobody subscribes to anything. */
export class NoNotificationRecipients extends NotificationRecipients {
  async recipientsOf(): Promise<NotificationRecipient[]> {
    return [];
  }
}
