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
  /**
   * When set (and no `queueDriver` is given), jobs run on BullMQ on this Redis, shared by every
   * process of the deployment; unset: the in-process driver.
   */
  redisUrl?: string;
  /** Key prefix of the BullMQ queues in Redis (deployments sharing one Redis need different ones). Default `tenant-iam`. */
  queuePrefix?: string;
  /** Key material that seals outbox payloads at rest (they hold link tokens). Keep it stable across restarts. */
  secret: string;
  /** `false` for `ROLE=api`: mails are only written to the outbox; a worker process delivers them. */
  runWorkers: boolean;
  /** How often the relay polls the outbox for due mails (the safety net behind `Outbox.flush()`). Default 1000. */
  pollIntervalMs?: number;
  /**
   * Period of the sweep schedule: every job listed in `forFeature(..., { sweeps })` (and the
   * outbox sweep) is enqueued once per period, in worker processes, with a job id of the tick, so
   * any number of workers run a tick once (on BullMQ; each process on its own otherwise). Default 60 000.
   * `null`: the sweeps are not scheduled (a deployment that runs them from outside, or a test).
   */
  sweepInterval?: number | null;
  /** How long a sent outbox row is kept (for `Outbox.deliveryStatus`) before the sweep deletes it. Default 7 days. */
  outboxRetention?: number;
  /** Delivery attempts before a mail is marked `failed`. Default 10. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt with jitter, capped at 1 h. Default 2000. */
  retryBaseDelayMs?: number;
  /**
   * Port: where rendered mails go. Default: SMTP when `smtpUrl` is set, else the `mailboxDir`
   * folder. Plug an instance (e.g. a provider's HTTP API) built in `forRootAsync`'s factory.
   */
  mailTransport?: MailTransport;
  /** Port: the queue jobs run on. Default: BullMQ when `redisUrl` is set, else the in-process driver. */
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
  queuePrefix: 'tenant-iam',
  sweepInterval: 60_000,
  outboxRetention: 7 * 24 * 60 * 60 * 1000,
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
  if (resolved.redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(resolved.redisUrl)) fail('redisUrl must be a redis:// or rediss:// URL');
  if (typeof resolved.queuePrefix !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(resolved.queuePrefix)) {
    fail('queuePrefix must be 1-64 characters of A-Z a-z 0-9 _ . -');
  }
  for (const key of ['pollIntervalMs', 'maxAttempts', 'retryBaseDelayMs', 'sweepInterval', 'outboxRetention'] as const) {
    if (key === 'sweepInterval' && resolved[key] === null) continue;
    if (!Number.isInteger(resolved[key]) || (resolved[key] as number) <= 0) {
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
