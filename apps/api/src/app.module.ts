import { CommonModule } from '@tenant-iam/common';
import { IDENTITY_ENTITIES, IDENTITY_MESSAGES, IDENTITY_MIGRATIONS, IdentityModule, JwtAuthGuard } from '@tenant-iam/identity';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS, NotificationsModule } from '@tenant-iam/notifications';
import { PERMISSIONS_MESSAGES, PermissionsModule } from '@tenant-iam/permissions';
import {
  TENANCY_ENTITIES,
  TENANCY_MESSAGES,
  TENANCY_MIGRATIONS,
  TenancyModule,
  TenantActivitySink,
  TenantNotificationRecipients,
  TenantPasswordPolicies,
  TenantSessionPolicies,
} from '@tenant-iam/tenancy';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { APP_CONFIG, AppConfigModule } from './config/app-config.module';
import { AppConfig } from './config/environment';
import { runMigrationsLocked } from './database/migrate';
import { DevModule } from './dev/dev.module';
import { MarketplaceModule } from './examples/marketplace/marketplace.module';
import { TELEPHONY_MESSAGES } from './examples/telephony-crm/telephony.messages';
import { TELEPHONY_MIGRATIONS } from './examples/telephony-crm/telephony.migrations';
import { TelephonyCrmModule } from './examples/telephony-crm/telephony.module';
import { InsolvencySearchModule } from './examples/insolvency-search/insolvency-search.module';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './http/logging';
import { MetricsModule } from './metrics/metrics.module';

/** What the composition root needs beyond the environment: resolved secrets and the database. */
export interface RuntimeConfig extends AppConfig {
  databaseUrl: string;
  /** Seals outbox payloads (and, later, stored API keys). */
  jwtSecret: string;
  /** PEM of the access-token signing key. */
  jwtPrivateKey: string;
  /** True when the database, queue and mail are the embedded, try-out ones. */
  embedded: boolean;
  /** Per-IP limit of the public auth routes other than login, per minute. */
  authRateLimitPerMinute?: number;
}

/** Every entity and migration of the mounted libs, in one list for the data source and the CLI. */
export const ENTITIES = [...NOTIFICATIONS_ENTITIES, ...IDENTITY_ENTITIES, ...TENANCY_ENTITIES];
// The examples' tables are created in every deployment (empty where their routes are not mounted),
// so one database never has two schema histories.
export const MIGRATIONS = [...NOTIFICATIONS_MIGRATIONS, ...IDENTITY_MIGRATIONS, ...TENANCY_MIGRATIONS, ...TELEPHONY_MIGRATIONS];

/** The data source options of the app; also used by `database/data-source.ts` for the TypeORM CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20 },
  };
}

/** The composition root: mounts every lib with typed options from the validated configuration. */
@Module({})
export class AppModule {
  static register(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.register(config),
        // The clock, the problem+json filter and the validation pipe, as every host mounts them.
        CommonModule.forRoot({ messages: [IDENTITY_MESSAGES, PERMISSIONS_MESSAGES, TENANCY_MESSAGES, TELEPHONY_MESSAGES] }),
        LoggerModule.forRoot(loggerOptions(config)),
        EventEmitterModule.forRoot({ wildcard: false }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.databaseUrl),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrationsLocked(dataSource);
            return dataSource;
          },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.authRateLimitPerMinute ?? 30 }],
          storage: config.redisUrl ? new ThrottlerStorageRedisService(config.redisUrl) : undefined,
        }),
        NotificationsModule.forRootAsync({
          inject: [APP_CONFIG, DataSource],
          useFactory: (c: RuntimeConfig, dataSource: DataSource) => ({
            appUrl: c.appUrl,
            mailFrom: c.mailFrom,
            smtpUrl: c.smtpUrl,
            mailboxDir: join(c.dataDir, 'mailbox'),
            redisUrl: c.redisUrl,
            queuePrefix: c.queuePrefix,
            secret: c.jwtSecret,
            runWorkers: c.role !== 'api',
            // Category mails (payments, support...) go to the tenant's subscribed contacts.
            recipients: new TenantNotificationRecipients(dataSource),
            sweepInterval: c.expirySweepInterval,
            outboxRetention: c.outboxRetention,
          }),
        }),
        IdentityModule.forRootAsync({
          inject: [APP_CONFIG, DataSource],
          useFactory: (c: RuntimeConfig, dataSource: DataSource) => ({
            accessTokenPrivateKey: c.jwtPrivateKey,
            accessTokenPreviousPublicKeys: c.jwtPreviousPublicKeys,
            accessTokenIssuer: c.jwtIssuer,
            accessTokenAudience: c.jwtAudience,
            accessTokenTtl: c.ttl.accessToken,
            refreshTokenTtl: c.ttl.refreshToken,
            emailVerifyTtl: c.ttl.emailVerify,
            passwordResetTtl: c.ttl.passwordReset,
            passwordSetupTtl: c.ttl.passwordSetup,
            emailChangeTtl: c.ttl.emailChange,
            pwnedPasswordsUrl: c.pwnedPasswordsUrl,
            pwnedPasswordsFailure: c.pwnedPasswordsFailure,
            passwordPolicy: c.passwordPolicy,
            loginMaxFailuresPerAccount: c.login.maxFailuresPerAccount,
            loginMaxAttemptsPerIp: c.login.maxAttemptsPerIp,
            loginWindow: c.login.window,
            redisUrl: c.redisUrl,
            loginMaxFailuresPerAccountTotal: c.login.maxFailuresPerAccountTotal,
            sessionMaxLifetime: c.sessionMaxLifetime,
            passwordHashing: c.passwordHashing,
            // Account events of members land in their tenants' activity logs, in the same transaction.
            eventSink: new TenantActivitySink(),
            // A member's password meets the strictest policy of their tenants, wherever they choose it.
            passwordPolicyResolver: new TenantPasswordPolicies(dataSource, c.passwordPolicy),
            // One session at a time for members of an organisation with `singleSession` on.
            sessionPolicyResolver: new TenantSessionPolicies(),
          }),
        }),
        PermissionsModule.forRoot({}),
        TenancyModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: RuntimeConfig) => ({
            plans: c.plans,
            platformAdmins: c.platformAdmins,
            invitationTtl: c.ttl.invitation,
            // Seals the stored API keys (under a key derived apart from the outbox's).
            secret: c.jwtSecret,
            apiKeyRotationGrace: c.ttl.apiKeyRotationGrace,
          }),
        }),
        // Demos of the extension points: never served in production.
        ...(config.env === 'production' ? [] : [MarketplaceModule, TelephonyCrmModule, InsolvencySearchModule]),
        HealthModule,
        MetricsModule,
        ...(config.embedded ? [DevModule] : []),
      ],
      providers: [{ provide: APP_GUARD, useExisting: JwtAuthGuard }],
    };
  }
}
