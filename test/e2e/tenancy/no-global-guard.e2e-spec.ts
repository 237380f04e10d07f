// Deny by default must not depend on the host: this suite mounts the libs the way a product team
// might, WITHOUT the app-wide JwtAuthGuard, and checks that every lib route still demands a session
// and that a product route guarded with @Can resolves the tenant (404 for a stranger).
import { CommonModule } from '@tenant-iam/common';
import { IDENTITY_ENTITIES, IDENTITY_MESSAGES, IDENTITY_MIGRATIONS, IdentityModule } from '@tenant-iam/identity';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS, NotificationsModule } from '@tenant-iam/notifications';
import { Can, PERMISSIONS_MESSAGES, PermissionsModule } from '@tenant-iam/permissions';
import {
  CurrentTenant,
  TENANCY_ENTITIES,
  TENANCY_MESSAGES,
  TENANCY_MIGRATIONS,
  TenancyModule,
  TenantActivitySink,
  TenantContext,
} from '@tenant-iam/tenancy';
import { Controller, Get, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TEST_SIGNING_KEY } from '../../support/create-test-app';
import { createTestDatabase } from '../../support/database';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

/** A product module of the host: one subject, one guarded route. */
@Controller('tenants/:tenantId/widgets')
class WidgetsController {
  @Get()
  @Can('read', 'Widget')
  list(@CurrentTenant() tenant: TenantContext): { tenantId: string; role: string | undefined } {
    return { tenantId: tenant.tenantId, role: tenant.membership?.role };
  }
}

@Module({
  imports: [
    PermissionsModule.forFeature([
      {
        subject: 'Widget',
        label: { en: 'Widgets', pl: 'Widżety', uk: 'Віджети' },
        actions: [{ action: 'read', label: { en: 'View widgets', pl: 'Podgląd widżetów', uk: 'Перегляд віджетів' } }],
      },
    ]),
  ],
  controllers: [WidgetsController],
})
class WidgetsModule {}

describe('tenancy: lib routes are guarded without the host guard', () => {
  let app: NestFastifyApplication;
  let drop: () => Promise<void>;
  const http = () => request(app.getHttpServer());

  async function account(): Promise<{ userId: string; token: string }> {
    const email = uniqueEmail('noguard');
    await http().post('/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);
    const db = app.get(DataSource);
    // The verification mail is not what this suite checks: mark the address verified directly.
    await db.query(`UPDATE users SET email_verified_at = now(), status = 'active' WHERE email = $1`, [email]);
    const login = await http().post('/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200);
    const [{ id }] = await db.query('SELECT id FROM users WHERE email = $1', [email]);
    return { userId: id, token: login.body.accessToken };
  }

  beforeAll(async () => {
    const database = await createTestDatabase('noguard');
    drop = database.drop;
    const mailboxDir = await mkdtemp(join(tmpdir(), 'tenant-iam-noguard-'));
    const moduleRef = await Test.createTestingModule({
      imports: [
        CommonModule.forRoot({ messages: [IDENTITY_MESSAGES, PERMISSIONS_MESSAGES, TENANCY_MESSAGES] }),
        EventEmitterModule.forRoot(),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: 1000 }]),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: database.url,
          entities: [...NOTIFICATIONS_ENTITIES, ...IDENTITY_ENTITIES, ...TENANCY_ENTITIES],
          migrations: [...NOTIFICATIONS_MIGRATIONS, ...IDENTITY_MIGRATIONS, ...TENANCY_MIGRATIONS],
          migrationsRun: true,
        }),
        NotificationsModule.forRoot({
          appUrl: 'http://host.test',
          mailFrom: 'host@host.test',
          mailboxDir,
          secret: 'noguard-suite-secret-0123456789',
          runWorkers: true,
        }),
        IdentityModule.forRoot({ accessTokenPrivateKey: TEST_SIGNING_KEY, pwnedPasswordsUrl: null, eventSink: new TenantActivitySink() }),
        PermissionsModule.forRoot({}),
        TenancyModule.forRoot({}),
        WidgetsModule,
      ],
      // No APP_GUARD on purpose.
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it.each([
    ['GET', '/me'],
    ['GET', '/me/sessions'],
    ['GET', '/me/tenants'],
    ['POST', '/tenants'],
    ['GET', `/tenants/${randomUUID()}/widgets`],
  ])('%s %s answers 401 without a token', async (method, path) => {
    const res = method === 'GET' ? await http().get(path) : await http().post(path).send({ name: 'X' });
    expectProblem(res, 401, 'UNAUTHORIZED');
  });

  it('resolves the tenant for a product route: the owner in, a stranger 404 like an unknown tenant', async () => {
    const owner = await account();
    const stranger = await account();
    const created = await http().post('/tenants').set('Authorization', `Bearer ${owner.token}`).send({ name: 'Widgets Inc' }).expect(201);
    const tenantId = created.body.id as string;

    const own = await http().get(`/tenants/${tenantId}/widgets`).set('Authorization', `Bearer ${owner.token}`).expect(200);
    expect(own.body).toEqual({ tenantId, role: 'owner' });

    const foreign = expectProblem(
      await http().get(`/tenants/${tenantId}/widgets`).set('Authorization', `Bearer ${stranger.token}`),
      404,
      'TENANT_NOT_FOUND',
    );
    const unknown = expectProblem(
      await http().get(`/tenants/${randomUUID()}/widgets`).set('Authorization', `Bearer ${stranger.token}`),
      404,
      'TENANT_NOT_FOUND',
    );
    const malformed = expectProblem(
      await http().get('/tenants/not-a-uuid/widgets').set('Authorization', `Bearer ${stranger.token}`),
      404,
      'TENANT_NOT_FOUND',
    );
    const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined, requestId: undefined });
    expect(strip(foreign)).toEqual(strip(unknown));
    expect(strip(unknown)).toEqual(strip(malformed));
  });
});
