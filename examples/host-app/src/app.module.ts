import { CommonModule } from '@tenant-iam/common';
import { IDENTITY_MESSAGES, IDENTITY_MIGRATIONS, IdentityModule, JwtAuthGuard } from '@tenant-iam/identity';
import { NOTIFICATIONS_MIGRATIONS, NotificationsModule } from '@tenant-iam/notifications';
import { PERMISSIONS_MESSAGES, PermissionsModule } from '@tenant-iam/permissions';
import { TENANCY_MESSAGES, TENANCY_MIGRATIONS, TenancyModule, TenantActivitySink, TenantPasswordPolicies } from '@tenant-iam/tenancy';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { config } from './config';
import { HelloController } from './hello.controller';
import { ProjectsController } from './projects.controller';

const migrations = [...NOTIFICATIONS_MIGRATIONS, ...IDENTITY_MIGRATIONS, ...TENANCY_MIGRATIONS];

@Module({
  imports: [
    CommonModule.forRoot({ messages: [IDENTITY_MESSAGES, PERMISSIONS_MESSAGES, TENANCY_MESSAGES] }),
    TypeOrmModule.forRoot({ type: 'postgres', url: config.databaseUrl, autoLoadEntities: true, migrations, migrationsRun: true }),
    EventEmitterModule.forRoot(),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 30 }]),
    NotificationsModule.forRoot({ ...config.mail, secret: config.secret, runWorkers: true }),
    IdentityModule.forRootAsync({
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => ({
        accessTokenPrivateKey: config.signingKey,
        pwnedPasswordsUrl: config.pwnedPasswordsUrl,
        // Tenancy's ports: stricter password policies per organisation, account events in its log.
        passwordPolicyResolver: new TenantPasswordPolicies(dataSource, {}),
        eventSink: new TenantActivitySink(),
      }),
    }),
    PermissionsModule.forRoot({}),
    PermissionsModule.forFeature([
      {
        subject: 'Project',
        label: { en: 'Projects', pl: 'Projekty', uk: 'Проєкти' },
        actions: [{ action: 'read', label: { en: 'View projects', pl: 'Podgląd projektów', uk: 'Перегляд проєктів' } }],
      },
    ]),
    TenancyModule.forRoot({}),
  ],
  controllers: [HelloController, ProjectsController],
  providers: [{ provide: APP_GUARD, useExisting: JwtAuthGuard }],
})
export class AppModule {}
