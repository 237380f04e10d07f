import { NotificationsModule } from '@tenant-iam/notifications';
import { DynamicModule, Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { AccountService } from './account/account.service';
import { MeController } from './account/me.controller';
import { AuthController } from './auth/auth.controller';
import { JwksController } from './auth/jwks.controller';
import { ACCESS_TOKEN_ALGORITHM } from './auth/access-token-keys';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { IdentityEventSink, NoopIdentityEventSink } from './events/identity-event-sink';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IDENTITY_SWEEPS, IdentityJob } from './identity.jobs';
import {
  IDENTITY_ASYNC_OPTIONS_TYPE,
  IDENTITY_MODULE_OPTIONS,
  IDENTITY_OPTIONS,
  IDENTITY_OPTIONS_TYPE,
  IdentityConfigurableModule,
} from './identity.module-definition';
import { IdentityModuleOptions, resolveIdentityOptions, ResolvedIdentityOptions } from './identity.options';
import { IDENTITY_MAIL_TEMPLATES } from './mail/identity.mail-templates';
import { PasswordHasher, PasswordPolicyService } from './passwords';
import { PASSWORD_PROVIDERS } from './policy/password.providers';
import { AccountPasswordPolicyResolver, PasswordPolicyResolver } from './policy/password-policy.resolver';
import { AnySessionsPolicy, SessionPolicyResolver } from './policy/session-policy.resolver';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { SessionsSweeper } from './sessions/sessions.sweeper';
import { LimiterStore, MemoryLimiterStore, RedisLimiterStore } from './throttling/limiter-store';
import { LoginLimiter } from './throttling/login-limiter';
import { ActionTokensRepository } from './tokens/action-tokens.repository';
import { ActionTokensService } from './tokens/action-tokens.service';
import { ActionTokensSweeper } from './tokens/action-tokens.sweeper';
import { IdentityUsers } from './users/identity-users.service';
import { UsersRepository } from './users/users.repository';

/**
 * Accounts, sign-up with email verification, login, sessions, password recovery, email change
 * and password policy, over REST (`/auth/*`, `/me/*`) unless mounted with `routes: false`.
 *
 * Needs from the host: a TypeORM connection with `IDENTITY_ENTITIES` and `IDENTITY_MIGRATIONS`,
 * `NotificationsModule.forRoot*`, `EventEmitterModule.forRoot()`, `ThrottlerModule.forRoot*`, a
 * global `Clock` provider, and `JwtAuthGuard` as `APP_GUARD` for deny-by-default routes.
 *
 * Global by default (`isGlobal: false` to opt out): other modules inject `IdentityUsers`,
 * `JwtAuthGuard`, `PasswordPolicyService` and the rest of the exports without importing it.
 *
 * @example
 * IdentityModule.forRootAsync({
 *   inject: [APP_CONFIG],
 *   useFactory: (c: AppConfig) => ({ accessTokenPrivateKey: c.jwtPrivateKey, accessTokenTtl: c.ttl.accessToken }),
 * })
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    PassportModule,
    NotificationsModule.forFeature(IDENTITY_MAIL_TEMPLATES, { jobs: Object.values(IdentityJob), sweeps: IDENTITY_SWEEPS }),
  ],
  providers: [
    {
      provide: IDENTITY_OPTIONS,
      useFactory: (options: IdentityModuleOptions) => resolveIdentityOptions(options),
      inject: [IDENTITY_MODULE_OPTIONS],
    },
    {
      provide: JwtService,
      useFactory: ({ accessTokenKeys: keys, accessTokenIssuer, accessTokenAudience }: ResolvedIdentityOptions) =>
        new JwtService({
          // KeyObjects, not PEM strings: jsonwebtoken would parse a string key on every sign and verify.
          privateKey: keys.signingKey as unknown as string,
          // iss and aud on every token, pinned on verify (JwtStrategy) like the algorithm.
          signOptions: {
            algorithm: ACCESS_TOKEN_ALGORITHM,
            keyid: keys.signingKid,
            issuer: accessTokenIssuer,
            audience: accessTokenAudience,
          },
        }),
      inject: [IDENTITY_OPTIONS],
    },
    {
      provide: LimiterStore,
      useFactory: (options: ResolvedIdentityOptions) =>
        options.redisUrl
          ? new RedisLimiterStore(new Redis(options.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }))
          : new MemoryLimiterStore(),
      inject: [IDENTITY_OPTIONS],
    },
    ...PASSWORD_PROVIDERS,
    {
      // Port: the host's implementation from the options, else the account-wide policy.
      provide: PasswordPolicyResolver,
      useFactory: (options: ResolvedIdentityOptions) => options.passwordPolicyResolver ?? new AccountPasswordPolicyResolver(options),
      inject: [IDENTITY_OPTIONS],
    },
    {
      // Port: the host's sink from the options, else one that records nothing.
      provide: IdentityEventSink,
      useFactory: (options: ResolvedIdentityOptions) => options.eventSink ?? new NoopIdentityEventSink(),
      inject: [IDENTITY_OPTIONS],
    },
    {
      // Port: the host's session policy from the options, else any number of sessions.
      provide: SessionPolicyResolver,
      useFactory: (options: ResolvedIdentityOptions) => options.sessionPolicyResolver ?? new AnySessionsPolicy(),
      inject: [IDENTITY_OPTIONS],
    },
    UsersRepository,
    SessionsRepository,
    ActionTokensRepository,
    ActionTokensService,
    SessionsService,
    AuthService,
    AccountService,
    LoginLimiter,
    JwtStrategy,
    JwtAuthGuard,
    IdentityUsers,
    SessionsSweeper,
    ActionTokensSweeper,
  ],
  exports: [
    JwtAuthGuard,
    IdentityUsers,
    PasswordHasher,
    PasswordPolicyService,
    PasswordPolicyResolver,
    SessionsService,
    IDENTITY_OPTIONS,
    SessionPolicyResolver,
    SessionsSweeper,
    ActionTokensSweeper,
  ],
})
export class IdentityModule extends IdentityConfigurableModule {
  static forRoot(options: typeof IDENTITY_OPTIONS_TYPE): DynamicModule {
    return withRoutes(super.forRoot(options), options.routes);
  }

  static forRootAsync(options: typeof IDENTITY_ASYNC_OPTIONS_TYPE): DynamicModule {
    return withRoutes(super.forRootAsync(options), options.routes);
  }
}

function withRoutes(module: DynamicModule, routes = true): DynamicModule {
  return { ...module, controllers: routes ? [AuthController, MeController, JwksController] : [] };
}
