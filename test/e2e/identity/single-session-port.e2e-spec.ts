// The session policy is a port of identity: a host without tenancy plugs its own resolver through
// the module options, and identity applies it at login, in the login's transaction.
import { Clock, COMMON_MESSAGES, ManualClock, MessageCatalog, ProblemDetailsFilter, validationExceptionFactory } from '@tenant-iam/common';
import {
  IDENTITY_ENTITIES,
  IDENTITY_MESSAGES,
  IDENTITY_MIGRATIONS,
  IdentityModule,
  IdentityUsers,
  SessionPolicyResolver,
} from '@tenant-iam/identity';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS, NotificationsModule } from '@tenant-iam/notifications';
import { Global, Module, ValidationPipe } from '@nestjs/common';
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
import { DataSource, EntityManager } from 'typeorm';
import { TEST_SIGNING_KEY } from '../../support/create-test-app';
import { createTestDatabase } from '../../support/database';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

/** A host's rule: one device for the accounts it lists; it notes whether it was asked inside a transaction. */
class ListedAccountsOneDevice extends SessionPolicyResolver {
  readonly single = new Set<string>();
  readonly asked: { userId: string; inTransaction: boolean }[] = [];
  async singleSession(userId: string, manager: EntityManager): Promise<boolean> {
    this.asked.push({ userId, inTransaction: manager.queryRunner?.isTransactionActive === true });
    return this.single.has(userId);
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useValue: new ManualClock(new Date()) }], exports: [Clock] })
class HostClockModule {}

describe('identity: the session policy port, plugged by a host without tenancy', () => {
  let app: NestFastifyApplication;
  let drop: () => Promise<void>;
  const policy = new ListedAccountsOneDevice();
  const http = () => request(app.getHttpServer());

  async function account(): Promise<{ id: string; email: string }> {
    const users = app.get(IdentityUsers);
    const email = uniqueEmail('port');
    const passwordHash = await users.hashPassword(GOOD_PASSWORD);
    const created = await app.get(DataSource).transaction((m) => users.createVouched({ email, passwordHash, verified: true }, m));
    return { id: created.id, email };
  }
  const login = async (email: string) => (await http().post('/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200)).body;
  const me = (accessToken: string) => http().get('/me').set('authorization', `Bearer ${accessToken}`);

  beforeAll(async () => {
    const database = await createTestDatabase('sessionport');
    drop = database.drop;
    const mailboxDir = await mkdtemp(join(tmpdir(), 'tenant-iam-sessionport-'));
    const moduleRef = await Test.createTestingModule({
      imports: [
        HostClockModule,
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
            secret: 'sessionport-secret-0123456789',
            runWorkers: true,
          }),
        }),
        // No eventSink: the default records nothing, and the plugged policy alone makes login transactional.
        IdentityModule.forRootAsync({
          useFactory: () => ({ accessTokenPrivateKey: TEST_SIGNING_KEY, pwnedPasswordsUrl: null, sessionPolicyResolver: policy }),
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

  it('asks the plugged resolver at login, inside the login transaction, and applies its answer', async () => {
    const one = await account();
    policy.single.add(one.id);
    const first = await login(one.email);
    const second = await login(one.email);
    expectProblem(await me(first.accessToken), 401, 'SESSION_REPLACED');
    await me(second.accessToken).expect(200);
    expect(policy.asked.filter((a) => a.userId === one.id)).toEqual([
      { userId: one.id, inTransaction: true },
      { userId: one.id, inTransaction: true },
    ]);
  });

  it('leaves the sessions of accounts it does not limit alone', async () => {
    const many = await account();
    const first = await login(many.email);
    const second = await login(many.email);
    await me(first.accessToken).expect(200);
    expect((await me(second.accessToken).expect(200)).body.email).toBe(many.email);
    expect((await http().get('/me/sessions').set('authorization', `Bearer ${second.accessToken}`).expect(200)).body.items).toHaveLength(2);
  });
});
