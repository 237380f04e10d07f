// Ports are plugged through the module options: a host builds its implementation in the
// `forRootAsync` factory (injecting whatever it needs) and hands the instance in. This suite mounts
// identity and notifications the way a host would, plugs a stricter password policy and a mail
// transport of its own, and checks that the libs use them instead of their defaults.
import { Clock, ManualClock, ProblemDetailsFilter, MessageCatalog, COMMON_MESSAGES, validationExceptionFactory } from '@tenant-iam/common';
import {
  DEFAULT_PASSWORD_POLICY,
  IDENTITY_ENTITIES,
  IDENTITY_MESSAGES,
  IDENTITY_MIGRATIONS,
  IdentityModule,
  PasswordPolicy,
  PasswordPolicyResolver,
} from '@tenant-iam/identity';
import {
  MailMessage,
  MailTransport,
  NOTIFICATIONS_ENTITIES,
  NOTIFICATIONS_MIGRATIONS,
  NotificationsModule,
} from '@tenant-iam/notifications';
import { Global, Injectable, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { TEST_SIGNING_KEY } from '../../support/create-test-app';
import { createTestDatabase } from '../../support/database';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

/** A host's policy: 30 characters for addresses at strict.test, the account-wide policy elsewhere. */
@Injectable()
class StrictDomainPolicy extends PasswordPolicyResolver {
  readonly asked: (string | null)[] = [];
  async forUser(userId: string | null): Promise<PasswordPolicy> {
    this.asked.push(userId);
    return { ...DEFAULT_PASSWORD_POLICY, minLength: 30 };
  }
}

/** A host's mail transport: keeps what it is given. */
class CapturingTransport extends MailTransport {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

@Global()
@Module({
  providers: [StrictDomainPolicy, { provide: Clock, useValue: new ManualClock(new Date()) }],
  exports: [StrictDomainPolicy, Clock],
})
class HostModule {}

describe('ports plugged by a host', () => {
  let app: NestFastifyApplication;
  let drop: () => Promise<void>;
  const transport = new CapturingTransport();

  beforeAll(async () => {
    const database = await createTestDatabase('ports');
    drop = database.drop;
    const mailboxDir = await mkdtemp(join(tmpdir(), 'tenant-iam-ports-'));
    const moduleRef = await Test.createTestingModule({
      imports: [
        HostModule,
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
            secret: 'ports-suite-secret-0123456789',
            runWorkers: true,
            mailTransport: transport,
          }),
        }),
        IdentityModule.forRootAsync({
          inject: [StrictDomainPolicy],
          useFactory: (policy: StrictDomainPolicy) => ({
            accessTokenPrivateKey: TEST_SIGNING_KEY,
            pwnedPasswordsUrl: null,
            passwordPolicyResolver: policy,
          }),
        }),
      ],
      providers: [
        { provide: APP_FILTER, useFactory: () => new ProblemDetailsFilter(new MessageCatalog(COMMON_MESSAGES, IDENTITY_MESSAGES)) },
        {
          provide: APP_PIPE,
          useFactory: () =>
            new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, exceptionFactory: validationExceptionFactory }),
        },
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('applies the plugged password policy instead of the account-wide one', async () => {
    const res = await request(app.getHttpServer())
      .post('/auth/register')
      .send({ email: uniqueEmail('ports'), password: GOOD_PASSWORD });
    const body = expectProblem(res, 422, 'PASSWORD_POLICY');
    expect(fieldErrors(body)).toContain('password:PASSWORD_TOO_SHORT');
    expect(app.get(StrictDomainPolicy).asked).toContain(null);
  });

  it('delivers mail through the plugged transport', async () => {
    const email = uniqueEmail('ports');
    await request(app.getHttpServer())
      .post('/auth/register')
      .send({ email, password: `${GOOD_PASSWORD}-long-enough-now` })
      .expect(202);
    const deadline = Date.now() + 10_000;
    while (!transport.sent.some((m) => m.to === email) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const mail = transport.sent.find((m) => m.to === email);
    expect(mail?.from).toBe('host@host.test');
    expect(mail?.text).toMatch(/http:\/\/host\.test\/verify-email\?token=/);
  });
});
