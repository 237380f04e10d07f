import { generateToken } from '@tenant-iam/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createNotificationsTestContext, eventually, NotificationsTestContext } from '../../test/notifications-test.module';
import { MailMessage, MailTransport } from '../mail/mail-transport';
import { OUTBOX_SWEEP_BATCH, OutboxSweep } from './outbox-sweep.service';

const DAY = 86_400_000;
const RETENTION = 7 * DAY;

/** A transport that fails for some recipients with an error echoing secrets, as a careless server might. */
class ScriptedTransport extends MailTransport {
  failFor = new Set<string>();
  sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    if (this.failFor.has(message.to)) {
      throw new Error(`554 rejected at smtp://relay:Pa55word@mail.test for ${message.text.match(/https:\S+/)?.[0] ?? ''}`);
    }
    this.sent.push(message);
  }
}

describe('Outbox retention sweep and delivery status (integration)', () => {
  let ctx: NotificationsTestContext;
  let mailboxDir: string;
  const transport = new ScriptedTransport();

  const add = (to: string, token = generateToken()) =>
    ctx.dataSource.transaction((m) =>
      ctx.outbox.add(m, { to, template: 'test.verify-email', locale: 'en', data: { firstName: 'Ann', token } }),
    );
  const rowsWithStatus = async (status: string): Promise<number> =>
    Number((await ctx.dataSource.query(`SELECT count(*) AS n FROM "outbox" WHERE "status" = $1`, [status]))[0].n);

  /** Inserts `n` sent rows sent at `sentAt`, in SQL (a sweep does not care how they got there). */
  async function insertSent(n: number, sentAt: Date): Promise<string[]> {
    const ids = Array.from({ length: n }, () => uuidv7());
    await ctx.dataSource.query(
      `INSERT INTO "outbox" ("id", "kind", "recipient", "template", "locale", "payload", "status", "attempts", "next_attempt_at", "created_at", "sent_at")
       SELECT unnest($1::uuid[]), 'mail', 'old@example.test', 'test.verify-email', 'en', NULL, 'sent', 1, $2, $2, $2`,
      [ids, sentAt],
    );
    return ids;
  }

  beforeAll(async () => {
    mailboxDir = await mkdtemp(join(tmpdir(), 'notifications-sweep-'));
    ctx = await createNotificationsTestContext({
      mailboxDir,
      mailTransport: transport,
      maxAttempts: 2,
      retryBaseDelayMs: 1000,
      outboxRetention: RETENTION,
      sweepInterval: 60_000,
    });
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(mailboxDir, { recursive: true, force: true });
  });

  it('tells each mail queued, sent or failed, with the failure recorded without its secrets', async () => {
    // The server is down from the start: whichever relay runs first, both fail their first attempt.
    transport.failFor = new Set(['ok@example.test', 'dead@example.test']);
    const okId = await add('ok@example.test');
    const token = generateToken();
    const deadId = await add('dead@example.test', token);
    expect(await ctx.outbox.deliveryStatus([okId, deadId])).toEqual(
      new Map([
        [okId, 'queued'],
        [deadId, 'queued'],
      ]),
    );
    // Both fail once; then ok goes through and dead fails its last attempt.
    await ctx.relay.relayDue();
    expect(await ctx.outbox.deliveryStatus([okId, deadId])).toEqual(
      new Map([
        [okId, 'queued'],
        [deadId, 'queued'],
      ]),
    );
    transport.failFor = new Set(['dead@example.test']);
    ctx.clock.advance(60 * 60 * 1000 + 1);
    await ctx.relay.relayDue();

    const status = await ctx.outbox.deliveryStatus([okId, deadId, uuidv7(), 'not-a-uuid']);
    expect(status).toEqual(
      new Map([
        [okId, 'sent'],
        [deadId, 'failed'],
      ]),
    );
    const [dead] = await ctx.dataSource.query(`SELECT "status", "attempts", "last_error" FROM "outbox" WHERE "id" = $1`, [deadId]);
    expect(dead).toMatchObject({ status: 'failed', attempts: 2 });
    expect(dead.last_error).toContain('554 rejected');
    expect(dead.last_error).not.toContain(token);
    expect(dead.last_error).not.toContain('Pa55word');
    expect(await ctx.outbox.deliveryStatus([])).toEqual(new Map());
  });

  it('deletes sent rows older than the retention in batches, and keeps newer, pending and failed ones', async () => {
    const now = ctx.clock.now().getTime();
    const old = await insertSent(OUTBOX_SWEEP_BATCH * 2 + 37, new Date(now - RETENTION - 1000));
    const recent = await insertSent(5, new Date(now - RETENTION + 60_000));
    const pendingId = await add('pending@example.test');
    const failedBefore = await rowsWithStatus('failed');

    const sweep = ctx.moduleRef.get(OutboxSweep);
    // Two sweeps at once (two workers): each row deleted once, neither waits on the other's rows.
    const results = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect(results[0].deleted + results[1].deleted).toBe(old.length);

    const status = await ctx.outbox.deliveryStatus([...old.slice(0, 3), ...recent, pendingId]);
    expect([...status.keys()].sort()).toEqual([...recent, pendingId].sort());
    expect(await rowsWithStatus('failed')).toBe(failedBefore);
    expect((await sweep.sweep()).deleted).toBe(0);
  });

  it('runs on the sweep schedule: a tick after the clock moved deletes what aged past the retention', async () => {
    const now = ctx.clock.now().getTime();
    const [ageing] = await insertSent(1, new Date(now - RETENTION + 30_000));
    expect(await ctx.outbox.deliveryStatus([ageing])).toEqual(new Map([[ageing, 'sent']]));
    ctx.clock.advance(60_000);
    await eventually(
      () => ctx.outbox.deliveryStatus([ageing]),
      (map) => map.size === 0,
      5000,
    );
  });
});
