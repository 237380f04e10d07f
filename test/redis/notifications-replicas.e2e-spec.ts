import { NotificationsJob, OutboxSweep, tickJobId } from '@tenant-iam/notifications';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { createServer, Server, Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { GOOD_PASSWORD, uniqueEmail } from '../support/identity';

// Runs when TEST_REDIS_URL is set (CI installs Redis); see jest.config.js. Replicas of one
// deployment: one database, one Redis, the BullMQ queue driver. Each suite has its own prefix.
const redisUrl = process.env.TEST_REDIS_URL!;
const prefix = `replicas-${process.pid}-${Date.now()}`;
const env = (extra: Record<string, string> = {}) => ({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, EXPIRY_SWEEP_INTERVAL: '1m', ...extra });

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const register = (t: TestApp, email: string) =>
  t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD, firstName: 'Anna', lastName: 'Nowak' }).expect(202);

describe('redis: notifications across replicas (BullMQ)', () => {
  // Counts sweep runs in every app of this process: set before the apps discover the handler, and
  // carrying the handler's @JobHandler metadata as the original method does.
  const original = OutboxSweep.prototype.sweep;
  const sweepRuns = jest.spyOn(OutboxSweep.prototype, 'sweep');
  for (const key of Reflect.getMetadataKeys(original))
    Reflect.defineMetadata(key, Reflect.getMetadata(key, original), OutboxSweep.prototype.sweep);
  let api: TestApp;
  let worker: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ label: 'replicas', env: env({ ROLE: 'api' }) });
    worker = await createTestApp({ label: 'replicas', databaseUrl: api.config.databaseUrl, env: env({ ROLE: 'worker' }) });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    sweepRuns.mockRestore();
  });

  it('an API replica only enqueues: its mail is delivered by the worker replica', async () => {
    const ready = await api.http.get('/health/ready').expect(200);
    expect(JSON.stringify(ready.body)).toContain('"driver":"bullmq"');
    const email = uniqueEmail('api-only');
    await register(api, email);
    const mail = await worker.mail.waitFor((m) => m.to.includes(email), 10_000);
    expect(mail.text).toContain('/verify-email?token=');
    expect(api.mail.mails.filter((m) => m.to.includes(email))).toHaveLength(0);
  });

  it('two replicas scheduling the sweeps run each tick once', async () => {
    // A second worker on the same database and Redis: both schedule the outbox sweep.
    const second = await createTestApp({ label: 'replicas', databaseUrl: api.config.databaseUrl, env: env({ ROLE: 'all' }) });
    try {
      // Both clocks on one minute, far from the boot ticks; both processes check every second.
      const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 10 * 60_000);
      const tick = start.getTime() / 60_000;
      // Runs of one tick, whichever replica ran them (the boot ticks are other ticks).
      const runsOf = (t: number) => sweepRuns.mock.calls.filter(([data]) => data?.tick === t).length;
      worker.clock.set(start);
      second.clock.set(start);
      await eventually(
        async () => runsOf(tick),
        (n) => n >= 1,
      );
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(runsOf(tick)).toBe(1);
      worker.clock.advance(60_000);
      second.clock.advance(60_000);
      await eventually(
        async () => runsOf(tick + 1),
        (n) => n >= 1,
      );
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(runsOf(tick + 1)).toBe(1);

      // In Redis: one job per tick, run once.
      const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
      const queue = new Queue(NotificationsJob.SweepOutbox, { connection, prefix });
      try {
        for (const t of [tick, tick + 1]) {
          const job = await queue.getJob(tickJobId(NotificationsJob.SweepOutbox, t));
          expect(job).toBeDefined();
          expect(job!.attemptsMade).toBe(1);
          expect(await job!.getState()).toBe('completed');
        }
      } finally {
        await queue.close();
        await connection.quit();
      }
    } finally {
      await second.close();
    }
  });
});

/** A TCP relay in front of the SMTP sink that the test can stop and start again on the same port. */
class SwitchableSmtp {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;
  targetPort = 0;

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new Socket();
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      upstream.connect(this.targetPort, '127.0.0.1');
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

describe('redis: a stopped SMTP server delays mail but loses none', () => {
  const smtp = new SwitchableSmtp();
  let app: TestApp;

  beforeAll(async () => {
    await smtp.start();
    app = await createTestApp({ label: 'smtp_outage', env: env({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }) });
    smtp.targetPort = app.mail.port;
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('keeps the mails pending while the server is down and delivers each once after it is back', async () => {
    const emails = Array.from({ length: 8 }, () => uniqueEmail('outage'));
    // Delivery works, then the server goes away.
    const warmUp = uniqueEmail('before-outage');
    await register(app, warmUp);
    await app.mail.waitFor((m) => m.to.includes(warmUp), 10_000);
    await smtp.stop();

    await Promise.all(emails.map((email) => register(app, email)));
    const db = app.app.get(DataSource);
    const rows = () =>
      db.query(`SELECT "status", "attempts", "last_error" FROM "outbox" WHERE "recipient" = ANY($1)`, [emails]) as Promise<
        Array<{ status: string; attempts: number; last_error: string | null }>
      >;
    const failed = await eventually(
      rows,
      (r) => r.length === emails.length && r.every((row) => row.attempts >= 1 && row.status === 'pending'),
    );
    expect(failed.every((row) => /ECONNREFUSED|connect/i.test(row.last_error ?? ''))).toBe(true);
    expect(app.mail.mails.filter((m) => emails.some((e) => m.to.includes(e)))).toHaveLength(0);

    // Back on the same address; the retries come due as time passes and the poll delivers them.
    await smtp.start();
    app.clock.advance(60 * 60 * 1000 + 1);
    await eventually(rows, (r) => r.every((row) => row.status === 'sent'), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const email of emails) expect(app.mail.mails.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});
