import { Clock } from '@tenant-iam/common';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { HealthIndicatorService } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileMailTransport } from './mail/file-mail.transport';
import { MailTransport } from './mail/mail-transport';
import { MailboxReader } from './mail/mailbox-reader.service';
import { SmtpMailTransport } from './mail/smtp-mail.transport';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';
import { NOTIFICATIONS_MODULE_OPTIONS, NOTIFICATIONS_OPTIONS, NotificationsConfigurableModule } from './notifications.module-definition';
import { NotificationsModuleOptions, resolveNotificationsOptions, ResolvedNotificationsOptions } from './notifications.options';
import { OutboxPayloadCipher } from './outbox/outbox-payload.cipher';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { Outbox } from './outbox/outbox.service';
import { OutboxRepository } from './outbox/outbox.repository';
import { OutboxSweep } from './outbox/outbox-sweep.service';
import { BullMqQueueDriver } from './queue/bullmq-queue.driver';
import { InProcessQueueDriver } from './queue/in-process-queue.driver';
import { JobHandlerExplorer } from './queue/job-handler.explorer';
import { QueueDriver } from './queue/queue-driver';
import { QueueHealthIndicator } from './queue/queue-health.indicator';
import { CategoryMail } from './recipients/category-mail.service';
import { NoNotificationRecipients, NotificationRecipients } from './recipients/notification-recipients';
import type { MailTemplates } from './templates/mail-template';
import { NotificationsFeature } from './templates/notifications-feature';
import { TemplateRegistry } from './templates/template-registry';

/** Options of {@link NotificationsModule.forFeature} besides the templates. */
export interface NotificationsFeatureOptions {
  /** Job names the feature enqueues; the boot fails unless each has exactly one `@JobHandler`. */
  jobs?: readonly string[];
  /**
   * Job names run on the module's sweep schedule (`sweepInterval`): in worker processes, every
   * tick enqueues each once with the job id `<name>@<tick>`, so N replicas run a tick once (see
   * `QueueDriver.schedule`). Each needs exactly one `@JobHandler`, like `jobs`. The handler gets
   * `{ tick, at }` (the tick's number and start, ISO) and should do short, batched statements.
   */
  sweeps?: readonly string[];
}

function createQueueDriver(options: ResolvedNotificationsOptions): QueueDriver {
  if (options.queueDriver) return options.queueDriver;
  if (options.redisUrl) return new BullMqQueueDriver({ redisUrl: options.redisUrl, prefix: options.queuePrefix });
  return new InProcessQueueDriver();
}

function createMailTransport(options: ResolvedNotificationsOptions, clock: Clock): MailTransport {
  if (options.mailTransport) return options.mailTransport;
  return options.smtpUrl ? new SmtpMailTransport(options.smtpUrl) : new FileMailTransport(options.mailboxDir, clock);
}

/** Holds the providers of one `forFeature` call; never imported directly. */
@Module({})
export class NotificationsFeatureModule {}

let featureCount = 0;

/**
 * Mail outbox, queue and templates. Mount once with `forRoot`/`forRootAsync` (global by default);
 * each lib adds its mail templates with `forFeature`. Needs a TypeORM DataSource with
 * `NOTIFICATIONS_ENTITIES` and `NOTIFICATIONS_MIGRATIONS`, and a global `Clock` provider.
 *
 * @example
 * NotificationsModule.forRootAsync({
 *   inject: [APP_CONFIG],
 *   useFactory: (config: AppConfig) => ({
 *     appUrl: config.appUrl, mailFrom: config.mailFrom, smtpUrl: config.smtpUrl,
 *     mailboxDir: join(config.dataDir, 'mailbox'), redisUrl: config.redisUrl,
 *     secret: config.jwtSecret, runWorkers: config.role !== 'api', sweepInterval: config.expirySweepInterval,
 *   }),
 * })
 */
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES)],
  providers: [
    {
      provide: NOTIFICATIONS_OPTIONS,
      useFactory: (options: NotificationsModuleOptions) => resolveNotificationsOptions(options),
      inject: [NOTIFICATIONS_MODULE_OPTIONS],
    },
    { provide: QueueDriver, useFactory: createQueueDriver, inject: [NOTIFICATIONS_OPTIONS] },
    { provide: MailTransport, useFactory: createMailTransport, inject: [NOTIFICATIONS_OPTIONS, Clock] },
    OutboxRepository,
    OutboxPayloadCipher,
    Outbox,
    OutboxRelay,
    OutboxSweep,
    TemplateRegistry,
    MailboxReader,
    JobHandlerExplorer,
    HealthIndicatorService,
    QueueHealthIndicator,
    {
      provide: NotificationRecipients,
      useFactory: (options: ResolvedNotificationsOptions) => options.recipients ?? new NoNotificationRecipients(),
      inject: [NOTIFICATIONS_OPTIONS],
    },
    CategoryMail,
  ],
  exports: [Outbox, MailboxReader, QueueDriver, QueueHealthIndicator, NotificationRecipients, CategoryMail],
})
export class NotificationsModule extends NotificationsConfigurableModule {
  /**
   * Registers a lib's mail templates (and the job names it enqueues). Template names are global:
   * a name registered twice, or a template without every locale, stops the boot.
   *
   * @example
   * imports: [NotificationsModule.forFeature(IDENTITY_MAIL_TEMPLATES)]
   */
  static forFeature(templates: MailTemplates, options: NotificationsFeatureOptions = {}): DynamicModule {
    // A distinct token per call: Nest deduplicates dynamic modules whose metadata hash alike, and
    // two libs registering the same name must collide loudly rather than be merged silently.
    featureCount += 1;
    return {
      module: NotificationsFeatureModule,
      providers: [
        {
          provide: `NotificationsFeature#${featureCount}`,
          useValue: new NotificationsFeature(templates, options.jobs ?? [], options.sweeps ?? []),
        },
      ],
    };
  }
}
