// A small Nest testing module around NotificationsModule: TypeORM on a fresh database of the run's
// embedded PostgreSQL (migrations, never synchronize), a ManualClock, and test mail templates.
import { Clock, ManualClock } from '@tenant-iam/common';
import { Global, Logger, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/database';
import {
  html,
  MailTemplates,
  NOTIFICATIONS_ENTITIES,
  NOTIFICATIONS_MIGRATIONS,
  NotificationsModule,
  NotificationsModuleOptions,
  Outbox,
  QueueDriver,
} from '../src';
import { OutboxRelay } from '../src/outbox/outbox-relay.service';

/** A template per locale with non-ASCII subjects and a tokenised link. */
export const TEST_TEMPLATES: MailTemplates = {
  'test.verify-email': {
    en: ({ firstName, token }, ctx) => ({
      subject: 'Confirm your email address',
      text: `Hello ${firstName}, confirm your address: ${ctx.link('verify-email', token)}`,
      html: html`<p>Hello ${firstName},</p>
        <p><a href="${ctx.link('verify-email', token)}">Confirm</a></p>`,
    }),
    pl: ({ firstName, token }, ctx) => ({
      subject: 'Potwierdź adres e-mail – zażółć gęślą jaźń',
      text: `Cześć ${firstName}, potwierdź adres: ${ctx.link('verify-email', token)}`,
      html: html`<p>Cześć ${firstName},</p>
        <p><a href="${ctx.link('verify-email', token)}">Potwierdź</a></p>`,
    }),
    uk: ({ firstName, token }, ctx) => ({
      subject: 'Підтвердіть адресу електронної пошти',
      text: `Вітаємо, ${firstName}! Підтвердіть адресу: ${ctx.link('verify-email', token)}`,
      html: html`<p>Вітаємо, ${firstName}!</p>
        <p><a href="${ctx.link('verify-email', token)}">Підтвердити</a></p>`,
    }),
  },
};

export interface NotificationsTestContext {
  moduleRef: TestingModule;
  clock: ManualClock;
  dataSource: DataSource;
  outbox: Outbox;
  relay: OutboxRelay;
  close(): Promise<void>;
}

/** Boots NotificationsModule on a fresh database; `overrides` replace the test defaults. */
export async function createNotificationsTestContext(
  overrides: Partial<NotificationsModuleOptions> & Pick<NotificationsModuleOptions, 'mailboxDir'>,
): Promise<NotificationsTestContext> {
  Logger.overrideLogger(false);
  const database = await createTestDatabase('notifications');
  const clock = new ManualClock(new Date('2030-01-15T09:00:00.000Z'));

  @Global()
  @Module({ providers: [{ provide: Clock, useValue: clock }], exports: [Clock] })
  class TestClockModule {}

  let moduleRef: TestingModule | undefined;
  try {
    moduleRef = await Test.createTestingModule({
      imports: [
        TestClockModule,
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: database.url,
          entities: NOTIFICATIONS_ENTITIES,
          migrations: NOTIFICATIONS_MIGRATIONS,
          migrationsRun: true,
          synchronize: false,
          logging: false,
        }),
        NotificationsModule.forRoot({
          appUrl: 'https://app.test',
          mailFrom: 'Tenant IAM <no-reply@app.test>',
          secret: 'integration-test-secret-0123456789',
          runWorkers: true,
          // The poll is the safety net; tests nudge or call the relay themselves.
          pollIntervalMs: 24 * 60 * 60 * 1000,
          ...overrides,
        }),
        NotificationsModule.forFeature(TEST_TEMPLATES),
      ],
    }).compile();
    await moduleRef.init();
    // The relay's first poll fires at start: let it finish, so tests begin with an idle queue.
    const driver = moduleRef.get(QueueDriver);
    for (let i = 0; i < 250; i++) {
      const health = await driver.health();
      if (health.waiting + health.active === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } catch (error) {
    await moduleRef?.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const ref = moduleRef;
  return {
    moduleRef: ref,
    clock,
    dataSource: ref.get(DataSource),
    outbox: ref.get(Outbox),
    relay: ref.get(OutboxRelay),
    close: async () => {
      await ref.close();
      await database.drop();
    },
  };
}

/** Polls `read` until `accept` holds; for asynchronous delivery, never for time-based rules. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
