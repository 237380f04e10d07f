import { MailboxEntry, MailboxReader } from '@tenant-iam/notifications';
import { Global, Module, ValidationPipe } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DevModule, isDevMailboxEnabled } from './dev.module';

const entry = (n: number): MailboxEntry => ({
  id: `0190000${n}`,
  to: `user${n}@example.test`,
  subject: `Mail ${n}`,
  text: `text ${n}`,
  html: `<p>${n}</p>`,
  sentAt: new Date(Date.UTC(2030, 0, n)).toISOString(),
});

describe('GET /dev/mailbox', () => {
  let app: NestFastifyApplication;
  const list = jest.fn(async (limit = 50) => [entry(2), entry(1)].slice(0, limit));

  beforeAll(async () => {
    // DevModule relies on the global NotificationsModule for MailboxReader; stand in for it.
    @Global()
    @Module({ providers: [{ provide: MailboxReader, useValue: { list } }], exports: [MailboxReader] })
    class FakeNotificationsModule {}
    const moduleRef = await Test.createTestingModule({ imports: [FakeNotificationsModule, DevModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app?.close());
  beforeEach(() => list.mockClear());

  it('returns the mailbox newest first under items', async () => {
    const res = await app.inject({ method: 'GET', url: '/dev/mailbox' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [entry(2), entry(1)] });
    expect(list).toHaveBeenCalledWith(50);
  });

  it('passes a validated limit', async () => {
    const res = await app.inject({ method: 'GET', url: '/dev/mailbox?limit=1' });
    expect(res.json().items).toHaveLength(1);
    expect(list).toHaveBeenCalledWith(1);
    expect((await app.inject({ method: 'GET', url: '/dev/mailbox?limit=0' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/dev/mailbox?limit=abc' })).statusCode).toBe(400);
  });
});

describe('isDevMailboxEnabled', () => {
  it('is on only without SMTP and outside production', () => {
    expect(isDevMailboxEnabled({ env: 'development' })).toBe(true);
    expect(isDevMailboxEnabled({ env: 'test' })).toBe(true);
    expect(isDevMailboxEnabled({ env: 'development', smtpUrl: 'smtp://mail:25' })).toBe(false);
    expect(isDevMailboxEnabled({ env: 'production' })).toBe(false);
  });
});
