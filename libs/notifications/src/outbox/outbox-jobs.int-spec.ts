import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNotificationsTestContext, NotificationsTestContext } from '../../test/notifications-test.module';
import { QueueDriver } from '../queue/queue-driver';

interface JobRow {
  status: string;
  attempts: number;
  last_error: string | null;
  payload: string | null;
  recipient: string;
}

describe('Outbox jobs (integration)', () => {
  let ctx: NotificationsTestContext;
  let mailboxDir: string;
  const calls: unknown[] = [];
  let failuresLeft = 0;

  const rowOf = async (marker: string): Promise<JobRow> =>
    (await ctx.dataSource.query(`SELECT * FROM "outbox" WHERE "kind" = 'job' AND "template" = $1`, [marker]))[0];

  beforeAll(async () => {
    mailboxDir = await mkdtemp(join(tmpdir(), 'notifications-jobs-'));
    ctx = await createNotificationsTestContext({ mailboxDir, maxAttempts: 2, retryBaseDelayMs: 1000 });
    const queue = ctx.moduleRef.get(QueueDriver);
    for (const name of ['test.ok', 'test.flaky', 'test.broken']) {
      queue.register(name, async (data: unknown) => {
        calls.push({ name, data });
        if (name === 'test.broken' || (name === 'test.flaky' && failuresLeft-- > 0)) throw new Error(`${name} failed`);
      });
    }
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(mailboxDir, { recursive: true, force: true });
  });

  it('runs a job written in a transaction once the relay runs, sealed at rest, done when the handler resolved', async () => {
    await ctx.dataSource.transaction((m) => ctx.outbox.addJob('test.ok', { email: 'ann@example.test' }, m));
    const stored = await rowOf('test.ok');
    expect(stored).toMatchObject({ status: 'pending', recipient: '' });
    expect(JSON.stringify(stored.payload)).not.toContain('ann@example.test');
    await ctx.relay.relayDue();
    expect(calls).toContainEqual({ name: 'test.ok', data: { email: 'ann@example.test' } });
    expect(await rowOf('test.ok')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('never runs a job whose transaction rolled back', async () => {
    await expect(
      ctx.dataSource.transaction(async (m) => {
        await ctx.outbox.addJob('test.ok', { rolledBack: true }, m);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await ctx.relay.relayDue();
    expect(calls).not.toContainEqual({ name: 'test.ok', data: { rolledBack: true } });
  });

  it('retries a failing handler with backoff, then marks the job failed after maxAttempts', async () => {
    failuresLeft = 1;
    await ctx.outbox.addJob('test.flaky', { n: 1 });
    await ctx.relay.relayDue();
    expect(await rowOf('test.flaky')).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: test.flaky failed' });
    ctx.clock.advance(60_000);
    await ctx.relay.relayDue();
    expect(await rowOf('test.flaky')).toMatchObject({ status: 'sent', attempts: 2 });

    await ctx.outbox.addJob('test.broken', {});
    await ctx.relay.relayDue();
    ctx.clock.advance(60_000);
    await ctx.relay.relayDue();
    expect(await rowOf('test.broken')).toMatchObject({ status: 'failed', attempts: 2, last_error: 'Error: test.broken failed' });
  });

  it('fails a job nobody handles instead of losing it silently', async () => {
    await ctx.outbox.addJob('test.nobody', {});
    await ctx.relay.relayDue();
    ctx.clock.advance(60_000);
    await ctx.relay.relayDue();
    expect(await rowOf('test.nobody')).toMatchObject({ status: 'failed', last_error: expect.stringContaining('no handler') });
  });
});
