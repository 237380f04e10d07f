import { stripUndefined } from '@tenant-iam/common';
import type { MailTransport } from './mail/mail-transport';
import type { QueueDriver } from './queue/queue-driver';
import type { NotificationRecipients } from './recipients/notification-recipients';

/**
 * Options of {@link NotificationsModule}. Durations are milliseconds. `appUrl`, `mailFrom`,
 * `mailboxDir`, `secret` and `runWorkers` are required; the rest have defaults.
 */
export interface NotificationsModuleOptions {
  /** Base of every link in a mail: links are `${appUrl}/${path}?token=${token}`. A trailing `/` is ignored. */
  appUrl: string;
  /** Sender of every mail, e.g. `no-reply@example.com` or `Example <no-reply@example.com>`. */
  mailFrom: string;
  /** When set, mails go out over SMTP (nodemailer); otherwise they are written as JSON files to `mailboxDir`. */
  smtpUrl?: string;
  /** Folder of the file mailbox (embedded mode), e.g. `<DATA_DIR>/mailbox`. Created on first write. */
  mailboxDir: string;
  /** Reserved for the BullMQ driver (a later issue); when set today, the in-process driver is used and a warning logged. */
  redisUrl?: string;
  /** Key material that seals outbox payloads at rest (they hold link tokens). Keep it stable across restarts. */
  secret: string;
  /** `false` for `ROLE=api`: mails are only written to the outbox; a worker process delivers them. */
  runWorkers: boolean;
  /** How often the relay polls the outbox for due mails (the safety net behind `Outbox.flush()`). Default 1000. */
  pollIntervalMs?: number;
  /** Delivery attempts before a mail is marked `failed`. Default 10. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt with jitter, capped at 1 h. Default 2000. */
  retryBaseDelayMs?: number;
  /**
   * Port: where rendered mails go. Default: SMTP when `smtpUrl` is set, else the `mailboxDir`
   * folder. Plug an instance (e.g. a provider's HTTP API) built in `forRootAsync`'s factory.
   */
  mailTransport?: MailTransport;
  /** Port: the queue jobs run on. Default: the in-process driver. */
  queueDriver?: QueueDriver;
  /** Port: who receives the mails of a category (`CategoryMail`). Default: nobody. */
  recipients?: NotificationRecipients;
}

/** {@link NotificationsModuleOptions} with every default applied. */
export type ResolvedNotificationsOptions = Required<
  Omit<NotificationsModuleOptions, 'smtpUrl' | 'redisUrl' | 'mailTransport' | 'queueDriver' | 'recipients'>
> &
  Pick<NotificationsModuleOptions, 'smtpUrl' | 'redisUrl' | 'mailTransport' | 'queueDriver' | 'recipients'>;

/** The defaults of {@link NotificationsModuleOptions}. */
export const DEFAULT_NOTIFICATIONS_OPTIONS = {
  pollIntervalMs: 1000,
  maxAttempts: 10,
  retryBaseDelayMs: 2000,
} as const satisfies Partial<NotificationsModuleOptions>;

/**
 * Merges defaults and checks the result.
 * @throws Error naming the first bad option, so a misconfigured host stops at boot.
 */
export function resolveNotificationsOptions(options: NotificationsModuleOptions): ResolvedNotificationsOptions {
  const resolved = { ...DEFAULT_NOTIFICATIONS_OPTIONS, ...stripUndefined(options) } as ResolvedNotificationsOptions;
  const fail = (message: string): never => {
    throw new Error(`NotificationsModule: ${message}`);
  };
  if (typeof resolved.appUrl !== 'string' || !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(resolved.appUrl)) {
    fail(`appUrl must be an http(s) URL (got ${JSON.stringify(resolved.appUrl)})`);
  }
  resolved.appUrl = resolved.appUrl.replace(/\/+$/, '');
  if (typeof resolved.mailFrom !== 'string' || !resolved.mailFrom.includes('@')) {
    fail(`mailFrom must be an email address (got ${JSON.stringify(resolved.mailFrom)})`);
  }
  if (resolved.smtpUrl !== undefined && !/^smtps?:\/\/\S+$/.test(resolved.smtpUrl)) {
    fail('smtpUrl must be an smtp:// or smtps:// URL');
  }
  if (typeof resolved.mailboxDir !== 'string' || !resolved.mailboxDir.trim()) fail('mailboxDir must be a folder path');
  if (typeof resolved.secret !== 'string' || resolved.secret.length < 16) fail('secret must be at least 16 characters');
  if (typeof resolved.runWorkers !== 'boolean') fail('runWorkers must be a boolean');
  for (const key of ['pollIntervalMs', 'maxAttempts', 'retryBaseDelayMs'] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] <= 0) {
      fail(`${key} must be a positive integer (got ${String(resolved[key])})`);
    }
  }
  if (resolved.mailTransport !== undefined && typeof resolved.mailTransport?.send !== 'function') {
    fail('mailTransport must be a MailTransport (an object with send)');
  }
  if (resolved.queueDriver !== undefined && typeof resolved.queueDriver?.enqueue !== 'function') {
    fail('queueDriver must be a QueueDriver');
  }
  if (resolved.recipients !== undefined && typeof resolved.recipients?.recipientsOf !== 'function') {
    fail('recipients must be a NotificationRecipients (an object with recipientsOf)');
  }
  return resolved;
}
