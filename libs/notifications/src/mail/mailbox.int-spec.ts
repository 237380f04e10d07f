import { generateToken } from '@tenant-iam/common';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractToken } from '../../../../test/support/smtp-sink';
import { createNotificationsTestContext, eventually, NotificationsTestContext } from '../../test/notifications-test.module';
import { QueueDriver } from '../queue/queue-driver';
import { QueueHealthIndicator } from '../queue/queue-health.indicator';
import { MailboxReader } from './mailbox-reader.service';

describe('File mailbox (embedded mode, integration)', () => {
  let ctx: NotificationsTestContext;
  let mailboxDir: string;
  let reader: MailboxReader;

  const send = (to: string, locale: 'en' | 'pl' | 'uk', token: string) =>
    ctx.dataSource.transaction((manager) =>
      ctx.outbox.add(manager, { to, template: 'test.verify-email', locale, data: { firstName: 'Ola & <Ala>', token } }),
    );

  beforeAll(async () => {
    mailboxDir = join(await mkdtemp(join(tmpdir(), 'notifications-mailbox-')), 'mailbox');
    ctx = await createNotificationsTestContext({ mailboxDir });
    reader = ctx.moduleRef.get(MailboxReader);
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(join(mailboxDir, '..'), { recursive: true, force: true });
  });

  it('lists nothing before the first mail (the folder does not exist yet)', async () => {
    expect(await reader.list()).toEqual([]);
  });

  it('writes one JSON file per mail and lists them newest first', async () => {
    const tokens = [generateToken(), generateToken(), generateToken()];
    const sentAt: string[] = [];
    for (const [i, [to, locale]] of (
      [
        ['first@example.test', 'en'],
        ['second@example.test', 'pl'],
        ['third@example.test', 'uk'],
      ] as const
    ).entries()) {
      await send(to, locale, tokens[i]);
      await ctx.relay.relayDue();
      sentAt.push(ctx.clock.now().toISOString());
      ctx.clock.advance(1000);
    }

    const files = (await readdir(mailboxDir)).sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toMatch(/^2030-01-15T09-00-00\.000Z-[0-9a-f-]{36}\.json$/);
    const stored = JSON.parse(await readFile(join(mailboxDir, files[0]), 'utf8'));
    expect(stored).toMatchObject({ to: 'first@example.test', from: 'Tenant IAM <no-reply@app.test>', sentAt: sentAt[0] });
    expect(Object.keys(stored).sort()).toEqual(['from', 'html', 'id', 'sentAt', 'subject', 'text', 'to']);

    const entries = await reader.list();
    expect(entries.map((e) => e.to)).toEqual(['third@example.test', 'second@example.test', 'first@example.test']);
    expect(entries.map((e) => e.sentAt)).toEqual([...sentAt].reverse());
    expect(entries[0].subject).toBe('Підтвердіть адресу електронної пошти');
    expect(entries[1].subject).toBe('Potwierdź adres e-mail – zażółć gęślą jaźń');
    expect(extractToken(entries[1].text, 'verify-email')).toBe(tokens[1]);
    expect(extractToken(entries[2].html, 'verify-email')).toBe(tokens[0]);
    expect(entries[2].html).toContain('Ola &amp; &lt;Ala&gt;');
    expect(Object.keys(entries[0]).sort()).toEqual(['html', 'id', 'sentAt', 'subject', 'text', 'to']);

    expect((await reader.list(2)).map((e) => e.to)).toEqual(['third@example.test', 'second@example.test']);
  });

  it('delivers to the mailbox after flush() without calling the relay', async () => {
    const token = generateToken();
    await send('flushed@example.test', 'en', token);
    ctx.outbox.flush();
    const [newest] = await eventually(
      () => reader.list(1),
      (list) => list[0]?.to === 'flushed@example.test',
    );
    expect(extractToken(newest.text, 'verify-email')).toBe(token);
    const [row] = await ctx.dataSource.query(`SELECT "status", "payload" FROM "outbox" WHERE "recipient" = $1`, ['flushed@example.test']);
    expect(row).toEqual({ status: 'sent', payload: null });
  });
});

describe('API-only process (runWorkers: false, integration)', () => {
  let ctx: NotificationsTestContext;
  let mailboxDir: string;

  beforeAll(async () => {
    mailboxDir = await mkdtemp(join(tmpdir(), 'notifications-api-only-'));
    ctx = await createNotificationsTestContext({ mailboxDir, runWorkers: false, pollIntervalMs: 10 });
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(mailboxDir, { recursive: true, force: true });
  });

  it('only writes the outbox: no worker consumes the nudge, the row waits for a worker process', async () => {
    await ctx.dataSource.transaction((manager) =>
      ctx.outbox.add(manager, { to: 'later@example.test', template: 'test.verify-email', locale: 'en', data: { token: 't' } }),
    );
    ctx.outbox.flush();
    ctx.outbox.flush();
    const driver = ctx.moduleRef.get(QueueDriver);
    await eventually(
      () => driver.health(),
      (health) => health.waiting === 1,
    );
    expect(await driver.health()).toMatchObject({ running: false, active: 0, waiting: 1 });
    const [row] = await ctx.dataSource.query(`SELECT "status", "attempts" FROM "outbox" WHERE "recipient" = 'later@example.test'`);
    expect(row).toEqual({ status: 'pending', attempts: 0 });
    expect(await readdir(mailboxDir)).toEqual([]);

    const health = await ctx.moduleRef.get(QueueHealthIndicator).isHealthy();
    expect(health.queue).toMatchObject({ status: 'up', workers: false, running: false, outboxDue: 1 });
  });
});
