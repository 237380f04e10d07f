import { CommonModule } from '@tenant-iam/common';
import { IDENTITY_MESSAGES, IDENTITY_MIGRATIONS, IdentityModule, JwtAuthGuard } from '@tenant-iam/identity';
import { NOTIFICATIONS_MIGRATIONS, NotificationsModule } from '@tenant-iam/notifications';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { config } from './config';
import { HelloController } from './hello.controller';

const migrations = [...NOTIFICATIONS_MIGRATIONS, ...IDENTITY_MIGRATIONS];

@Module({
  imports: [
    CommonModule.forRoot({ messages: [IDENTITY_MESSAGES] }),
    TypeOrmModule.forRoot({ type: 'postgres', url: config.databaseUrl, autoLoadEntities: true, migrations, migrationsRun: true }),
    EventEmitterModule.forRoot(),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 30 }]),
    NotificationsModule.forRoot({ ...config.mail, secret: config.secret, runWorkers: true }),
    IdentityModule.forRoot({ accessTokenPrivateKey: config.signingKey, pwnedPasswordsUrl: config.pwnedPasswordsUrl }),
  ],
  controllers: [HelloController],
  providers: [{ provide: APP_GUARD, useExisting: JwtAuthGuard }],
})
export class AppModule {}
