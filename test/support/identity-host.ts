// A host app that mounts identity and notifications by themselves (no tenancy, no reference app),
// the way a product team would: its own global module for the ports, the libs' migrations, the
// problem filter and the validation pipe. For the suites that plug identity's ports.
import { COMMON_MESSAGES, MessageCatalog, ProblemDetailsFilter, validationExceptionFactory } from '@tenant-iam/common';
import { IDENTITY_ENTITIES, IDENTITY_MESSAGES, IDENTITY_MIGRATIONS, IdentityModule, IdentityModuleOptions } from '@tenant-iam/identity';
import {
  NOTIFICATIONS_ENTITIES,
  NOTIFICATIONS_MIGRATIONS,
  NotificationsModule,
  NotificationsModuleOptions,
} from '@tenant-iam/notifications';
import { InjectionToken, Provider, Type, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SIGNING_KEY } from './create-test-app';
import { createTestDatabase } from './database';

/** What a suite plugs into its host. */
export interface IdentityHostOptions {
  /** Database and mailbox name (letters, digits, underscores). */
  label: string;
  /** The host's own global module: the ports it plugs and its clock. */
  host: Type<unknown>;
  /** Notifications options beyond the host's defaults (a mail transport, a poll interval). */
  notifications?: Partial<NotificationsModuleOptions>;
  /** Providers of the host's tokens that `identity` receives, in order. */
  inject?: InjectionToken[];
  /** Identity options beyond the signing key (the ports); gets the `inject` instances. */
  identity?: (...deps: never[]) => Partial<IdentityModuleOptions>;
  /** More root providers (e.g. `APP_GUARD`). */
  providers?: Provider[];
}

/** A running host: the app and how to drop its database. */
export interface IdentityHost {
  app: NestFastifyApplication;
  close(): Promise<void>;
}

/** Boots identity + notifications on a fresh database, as a host without tenancy would. */
export async function startIdentityHost(options: IdentityHostOptions): Promise<IdentityHost> {
  const database = await createTestDatabase(options.label);
  const mailboxDir = await mkdtemp(join(tmpdir(), `tenant-iam-${options.label}-`));
  const identity = options.identity ?? (() => ({}));
  const moduleRef = await Test.createTestingModule({
    imports: [
      options.host,
      EventEmitterModule.forRoot(),
      ThrottlerModule.forRoot([{ ttl: 60_000, limit: 1000 }]),
      TypeOrmModule.forRoot({
        type: 'postgres',
        url: database.url,
        entities: [...NOTIFICATIONS_ENTITIES, ...IDENTITY_ENTITIES],
        migrations: [...NOTIFICATIONS_MIGRATIONS, ...IDENTITY_MIGRATIONS],
        migrationsRun: true,
      }),
      NotificationsModule.forRootAsync({
        useFactory: () => ({
          appUrl: 'http://host.test',
          mailFrom: 'host@host.test',
          mailboxDir,
          secret: `${options.label}-suite-secret-0123456789`,
          runWorkers: true,
          ...options.notifications,
        }),
      }),
      IdentityModule.forRootAsync({
        inject: options.inject ?? [],
        useFactory: (...deps: unknown[]) => ({
          accessTokenPrivateKey: TEST_SIGNING_KEY,
          pwnedPasswordsUrl: null,
          ...identity(...(deps as never[])),
        }),
      }),
    ],
    providers: [
      ...(options.providers ?? []),
      { provide: APP_FILTER, useFactory: () => new ProblemDetailsFilter(new MessageCatalog(COMMON_MESSAGES, IDENTITY_MESSAGES)) },
      {
        provide: APP_PIPE,
        useFactory: () => new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, exceptionFactory: validationExceptionFactory }),
      },
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  return {
    app,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
