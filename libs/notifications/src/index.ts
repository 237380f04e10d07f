/**
 * `@tenant-iam/notifications`: the transactional mail outbox, the queue port with its in-process driver,
 * localised mail templates (en, pl, uk), SMTP or file-mailbox delivery, and the queue health check.
 *
 * Mount `NotificationsModule.forRoot/forRootAsync` once in the app, register
 * `NOTIFICATIONS_ENTITIES` and run `NOTIFICATIONS_MIGRATIONS` on the app's DataSource, and let each
 * lib add its templates with `NotificationsModule.forFeature(...)`. Libs then write mails with
 * `Outbox.add(manager, mail)` inside their transaction and call `Outbox.flush()` after commit.
 */

/** Options of `NotificationsModule.forRoot` (see each field for its default). */
export type { NotificationsModuleOptions, ResolvedNotificationsOptions } from './notifications.options';
/** Defaults of the optional {@link NotificationsModuleOptions} fields. */
export { DEFAULT_NOTIFICATIONS_OPTIONS } from './notifications.options';
/** The module, plus the options type of its `forFeature`. */
export { NotificationsModule } from './notifications.module';
export type { NotificationsFeatureOptions } from './notifications.module';
/** Injection token of the resolved (defaulted, validated) options. */
export { NOTIFICATIONS_OPTIONS } from './notifications.module-definition';
/** Job names this lib handles (`notifications.relay`). */
export { NotificationsJob } from './notifications.constants';

/** Template authoring: rendered mail, render context, per-locale template, template sets. */
export type { RenderedMail, MailContext, MailTemplate, MailTemplates } from './templates/mail-template';
/** HTML-escaping tagged template for mail bodies, its `raw()` escape hatch, and the plain escaper. */
export { html, raw, escapeHtml, RawHtml } from './templates/html';

/** The outbox: `add(manager, mail)` in the caller's transaction, `flush()` after commit. */
export { Outbox } from './outbox/outbox.service';
export type { OutgoingMail, MailDeliveryStatus } from './outbox/outbox.service';
/** The retention sweep of sent outbox rows (`notifications.sweep-outbox`, on the sweep schedule); `sweep()` runs one by hand. */
export { OutboxSweep, OUTBOX_SWEEP_BATCH } from './outbox/outbox-sweep.service';
/** Status and kind values of `outbox` rows (for operators' queries and tests). */
export { OutboxStatus, OutboxKind } from './outbox/outbox-status.enum';

/** The embedded mailbox: entries and the reader behind `GET /dev/mailbox`. */
export type { MailboxEntry } from './mail/mailbox-entry';
export { MailboxReader } from './mail/mailbox-reader.service';

/** The queue port, its in-process driver and the handler decorator. */
export { MailTransport } from './mail/mail-transport';
export type { MailMessage } from './mail/mail-transport';
export { QueueDriver, tickJobId, MAX_JOB_ID_LENGTH } from './queue/queue-driver';
export type { JobOptions, JobInfo, JobHandlerFunction, QueueDriverHealth, ScheduleOptions, ScheduledTick } from './queue/queue-driver';
export { InProcessQueueDriver } from './queue/in-process-queue.driver';
export type { InProcessQueueDriverOptions } from './queue/in-process-queue.driver';
/** The BullMQ driver (Redis): the default when `redisUrl` is set. */
export { BullMqQueueDriver } from './queue/bullmq-queue.driver';
export type { BullMqQueueDriverOptions } from './queue/bullmq-queue.driver';
export { JobHandler } from './queue/job-handler.decorator';
/** Terminus v11 indicator of the queue and outbox: `isHealthy('queue')`. */
export { QueueHealthIndicator } from './queue/queue-health.indicator';

/** Entities and migrations the host registers on its DataSource. */
export { NOTIFICATIONS_ENTITIES } from './notifications.entities';
export { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations';

/** Who receives the mails of a category (a port the host plugs with the `recipients` option), and the mailer that uses it. */
export { NotificationRecipients, NoNotificationRecipients } from './recipients/notification-recipients';
export type { NotificationRecipient } from './recipients/notification-recipients';
export { CategoryMail } from './recipients/category-mail.service';
export type { CategoryMailInput } from './recipients/category-mail.service';
