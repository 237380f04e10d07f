import { generateToken, Locale } from '@tenant-iam/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractToken, SmtpSink, startSmtpSink } from '../../../../test/support/smtp-sink';
import { createNotificationsTestContext, eventually, NotificationsTestContext } from '../../test/notifications-test.module';
import { QueueHealthIndicator } from '../queue/queue-health.indicator';
import { RELAY_LEASE_MS } from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';

const HOUR = 60 * 60 * 1000;

interface OutboxDbRow {
  id: string;
  recipient: string;
  template: string;
  payload: string | null;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
}

describe('Outbox over SMTP (integration)', () => {
  let sink: SmtpSink;
  let ctx: NotificationsTestContext;
  let mailboxDir: string;
  let seq = 0;

  const address = (label: string) => `${label}-${++seq}-${generateToken(4).toLowerCase()}@example.test`;
  const rowsFor = (to: string): Promise<OutboxDbRow[]> => ctx.dataSource.query(`SELECT * FROM "outbox" WHERE "recipient" = $1`, [to]);
  const rowFor = async (to: string) => (await rowsFor(to))[0];
  const mailsTo = (to: string) => sink.mails.filter((mail) => mail.to.includes(to));
  const add = (
    to: string,
    locale: Locale = 'en',
    data: Record<string, unknown> = { firstName: 'Ann', token: generateToken() },
    template = 'test.verify-email',
  ) => ctx.dataSource.transaction((manager) => ctx.outbox.add(manager, { to, template, locale, data }));

  beforeAll(async () => {
    sink = await startSmtpSink();
    mailboxDir = await mkdtemp(join(tmpdir(), 'notifications-smtp-'));
    ctx = await createNotificationsTestContext({ smtpUrl: sink.url, mailboxDir, maxAttempts: 3, retryBaseDelayMs: 2000 });
  });

  afterAll(async () => {
    await ctx?.close();
    await sink?.close();
    await rm(mailboxDir, { recursive: true, force: true });
  });

  afterEach(() => sink.setFailing(false));

  it.each<[Locale, string, string]>([
    ['en', 'Confirm your email address', 'Hello'],
    ['pl', 'Potwierdź adres e-mail – zażółć gęślą jaźń', 'Cześć'],
    ['uk', 'Підтвердіть адресу електронної пошти', 'Вітаємо'],
  ])('delivers a committed mail in %s with its localized subject and clears the payload', async (locale, subject, greeting) => {
    const to = address(locale);
    const token = generateToken();
    await add(to, locale, { firstName: 'Zoë <script>x</script>', token });

    const before = await rowFor(to);
    expect(before).toMatchObject({ status: 'pending', attempts: 0, template: 'test.verify-email' });
    expect(before.payload).toMatch(/^v1\./);
    expect(before.payload).not.toContain(token);
    expect(before.payload).not.toContain('Zoë');

    ctx.outbox.flush();
    const mail = await sink.waitFor((m) => m.to.includes(to));
    expect(mail.subject).toBe(subject);
    expect(mail.headers.from).toContain('no-reply@app.test');
    expect(mail.text).toContain(`${greeting}`);
    expect(extractToken(mail.text, 'verify-email')).toBe(token);
    expect(extractToken(mail.html, 'verify-email')).toBe(token);
    expect(mail.text).toContain(`https://app.test/verify-email?token=${token}`);
    expect(mail.html).toContain('Zoë &lt;script&gt;x&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');

    const after = await eventually(
      () => rowFor(to),
      (row) => row.status === 'sent',
    );
    expect(after.payload).toBeNull();
    expect(after.attempts).toBe(1);
    expect(after.sent_at).toEqual(ctx.clock.now());
    expect(mailsTo(to)).toHaveLength(1);
  });

  it('never sends a mail whose transaction rolled back', async () => {
    const rolledBack = address('rolled-back');
    const witness = address('witness');
    await expect(
      ctx.dataSource.transaction(async (manager) => {
        await ctx.outbox.add(manager, { to: rolledBack, template: 'test.verify-email', locale: 'en', data: { token: 't' } });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    ctx.outbox.flush();

    // A later mail is delivered, so the relay has run since the rollback.
    await add(witness);
    ctx.outbox.flush();
    await sink.waitFor((m) => m.to.includes(witness));
    await eventually(
      () => rowFor(witness),
      (row) => row.status === 'sent',
    );

    expect(await rowsFor(rolledBack)).toEqual([]);
    expect(mailsTo(rolledBack)).toEqual([]);
  });

  it('keeps a mail pending through an outage and delivers it exactly once after recovery', async () => {
    const to = address('outage');
    sink.setFailing(true);
    await add(to); // the action that wrote the mail succeeds during the outage
    ctx.outbox.flush();

    const failed = await eventually(
      () => rowFor(to),
      (row) => row.attempts === 1 && row.status === 'pending',
    );
    expect(failed.next_attempt_at.getTime()).toBeGreaterThan(ctx.clock.now().getTime());
    expect(failed.last_error).toMatch(/451/);
    expect(failed.last_error).not.toMatch(/\n|\s+at\s/);
    expect(failed.payload).toMatch(/^v1\./);

    // Not due yet: neither the recovered sink nor another relay run sends it early.
    sink.setFailing(false);
    await ctx.relay.relayDue();
    expect(await rowFor(to)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(mailsTo(to)).toHaveLength(0);

    ctx.clock.advance(HOUR + 1);
    ctx.outbox.flush();
    await sink.waitFor((m) => m.to.includes(to));
    const sent = await eventually(
      () => rowFor(to),
      (row) => row.status === 'sent',
    );
    expect(sent).toMatchObject({ attempts: 2, payload: null });

    ctx.clock.advance(2 * HOUR);
    await ctx.relay.relayDue();
    await ctx.relay.relayDue();
    expect(mailsTo(to)).toHaveLength(1);
  });

  it('marks a mail failed after maxAttempts and stops retrying', async () => {
    const to = address('dead');
    sink.setFailing(true);
    await add(to);
    await ctx.relay.relayDue();
    expect(await rowFor(to)).toMatchObject({ status: 'pending', attempts: 1 });
    ctx.clock.advance(HOUR + 1);
    await ctx.relay.relayDue();
    expect(await rowFor(to)).toMatchObject({ status: 'pending', attempts: 2 });
    ctx.clock.advance(HOUR + 1);
    await ctx.relay.relayDue();
    const dead = await rowFor(to);
    expect(dead).toMatchObject({ status: 'failed', attempts: 3 });
    expect(dead.last_error).toMatch(/451/);

    sink.setFailing(false);
    ctx.clock.advance(2 * HOUR);
    await ctx.relay.relayDue();
    expect(await rowFor(to)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(mailsTo(to)).toHaveLength(0);
  });

  it('marks a mail with an unknown template failed at once, without sending', async () => {
    const to = address('unknown-template');
    await add(to, 'pl', { token: 'x' }, 'test.no-such-template');
    const result = await ctx.relay.relayDue();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const row = await rowFor(to);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toContain('Unknown mail template "test.no-such-template"');
    expect(mailsTo(to)).toHaveLength(0);
  });

  it('delivers each row once when two relays race', async () => {
    const recipients = Array.from({ length: 30 }, () => address('race'));
    await ctx.dataSource.transaction(async (manager) => {
      for (const to of recipients) {
        await ctx.outbox.add(manager, { to, template: 'test.verify-email', locale: 'en', data: { token: generateToken() } });
      }
    });

    const results = await Promise.all([ctx.relay.relayDue(), ctx.relay.relayDue()]);
    expect(results[0].sent + results[1].sent).toBe(30);
    for (const to of recipients) {
      expect(mailsTo(to)).toHaveLength(1);
      expect(await rowFor(to)).toMatchObject({ status: 'sent', attempts: 1, payload: null });
    }
  });

  it('skips rows another relay holds instead of waiting for or double-claiming them', async () => {
    const repository = ctx.moduleRef.get(OutboxRepository);
    const recipients = Array.from({ length: 6 }, () => address('claim'));
    await ctx.dataSource.transaction(async (manager) => {
      for (const to of recipients) {
        await ctx.outbox.add(manager, { to, template: 'test.verify-email', locale: 'uk', data: { token: generateToken() } });
      }
    });
    const held = recipients.slice(0, 3);
    const free = recipients.slice(3);
    // Relay A is mid-claim: its transaction holds the row locks of the first three.
    const relayA = ctx.dataSource.createQueryRunner();
    await relayA.connect();
    await relayA.startTransaction();
    try {
      await relayA.query(`SELECT "id" FROM "outbox" WHERE "recipient" = ANY($1) FOR UPDATE`, [held]);
      let timer: NodeJS.Timeout | undefined;
      const claimed = await Promise.race([
        repository.claimDue(ctx.clock.now(), RELAY_LEASE_MS, 100),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('claim blocked on locked rows')), 3000);
        }),
      ]).finally(() => clearTimeout(timer));
      const mine = claimed.map((row) => row.recipient).filter((to) => recipients.includes(to));
      expect(mine.sort()).toEqual([...free].sort());
    } finally {
      await relayA.rollbackTransaction();
      await relayA.release();
    }
    // Claimed rows are leased: nobody takes them again until the lease runs out...
    expect((await repository.claimDue(ctx.clock.now(), RELAY_LEASE_MS, 100)).map((r) => r.recipient).sort()).toEqual([...held].sort());
    expect(await repository.claimDue(ctx.clock.now(), RELAY_LEASE_MS, 100)).toEqual([]);

    // ...then (their relay "died") another relay takes them over and delivers each once.
    ctx.clock.advance(RELAY_LEASE_MS + 1);
    await ctx.relay.relayDue();
    for (const to of recipients) {
      expect(mailsTo(to)).toHaveLength(1);
      expect(await rowFor(to)).toMatchObject({ status: 'sent', attempts: 2 });
    }
  });

  it('a relay whose lease ran out cannot mark the row another relay claimed since', async () => {
    const repository = ctx.moduleRef.get(OutboxRepository);
    const to = address('stale');
    await add(to);
    const claimOf = async () => {
      const claimed = (await repository.claimDue(ctx.clock.now(), RELAY_LEASE_MS, 100)).find((r) => r.recipient === to);
      if (!claimed) throw new Error('row not claimed');
      return claimed;
    };
    const stale = await claimOf();
    expect(stale.attempts).toBe(1);
    // Relay A stalls past its lease; relay B takes the row over.
    ctx.clock.advance(RELAY_LEASE_MS + 1);
    const current = await claimOf();
    expect(current.attempts).toBe(2);

    // A's late marks, each of every kind, land on nothing.
    await repository.markSentMany([stale], ctx.clock.now());
    expect(await rowFor(to)).toMatchObject({ status: 'sending', attempts: 2 });
    await repository.markSent(stale, ctx.clock.now());
    await repository.markRetry(stale, ctx.clock.now(), 'stale relay');
    await repository.markFailed(stale, 'stale relay');
    const row = await rowFor(to);
    expect(row).toMatchObject({ status: 'sending', attempts: 2, last_error: null });
    expect(row.payload).not.toBeNull();

    // B's own mark does.
    await repository.markSentMany([current], ctx.clock.now());
    expect(await rowFor(to)).toMatchObject({ status: 'sent', attempts: 2, payload: null });
  });

  it('reports the queue healthy, with outbox numbers', async () => {
    const result = await ctx.moduleRef.get(QueueHealthIndicator).isHealthy('queue');
    expect(result.queue).toMatchObject({ status: 'up', driver: 'in-process', running: true, workers: true });
    expect(result.queue.outboxFailed).toBeGreaterThanOrEqual(2);
  });
});
