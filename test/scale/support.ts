// What the scale-out suite needs around the cluster besides the race helpers: SQL on the
// deployment's database, an SMTP relay that can slow mail down, and a reader of the scheduled
// ticks BullMQ keeps in Redis.
import IORedis from 'ioredis';
import { once } from 'node:events';
import { AddressInfo, connect, createServer, Socket } from 'node:net';
import { Transform } from 'node:stream';
import { Pool } from 'pg';
import type { Response } from 'supertest';

/** `sql(text, params)`: rows of one statement on the deployment's database. */
export type Sql = <T = Record<string, any>>(text: string, params?: unknown[]) => Promise<T[]>;

/** A pool on `databaseUrl` and its `sql` function. */
export function sqlOn(databaseUrl: string): { sql: Sql; end(): Promise<void> } {
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  return {
    sql: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    end: () => pool.end(),
  };
}

/** An answer, or status 0 with the socket error when none came (the process died under it). */
export interface Outcome {
  status: number;
  body: any;
  error?: string;
}

/** Settles a request into an {@link Outcome}: a killed process is an outcome, not a test failure. */
export function outcomeOf(request: PromiseLike<Response>): Promise<Outcome> {
  return Promise.resolve(request).then(
    (res) => ({ status: res.status, body: res.body }),
    (error: { code?: string; message?: string }) => ({ status: 0, body: null, error: error.code ?? error.message ?? String(error) }),
  );
}

/** Polls `read` until `accept` holds; throws with the last value after `timeoutMs`. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A TCP relay in front of the SMTP sink whose every chunk can be held back; see {@link startSlowSmtp}. */
export interface SlowSmtp {
  /** `smtp://127.0.0.1:<port>` of the relay. */
  readonly url: string;
  /** How long each chunk waits, each way; 0 passes them at once. */
  delayMs: number;
  close(): Promise<void>;
}

/**
 * Starts a relay to the SMTP server on `targetPort` that delays every chunk by `delayMs` each way,
 * so one mail takes several round trips of that delay and a relay run lasts long enough to be
 * killed in the middle. Chunks pass one at a time, in order.
 */
export async function startSlowSmtp(targetPort: number): Promise<SlowSmtp> {
  const open = new Set<Socket>();
  const held = () =>
    new Transform({
      transform(chunk, _encoding, pass) {
        if (relay.delayMs) setTimeout(() => pass(null, chunk), relay.delayMs);
        else pass(null, chunk);
      },
    });
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const drop = () => (client.destroy(), upstream.destroy());
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.once('close', () => open.delete(socket)).on('error', drop);
    }
    client.pipe(held()).pipe(upstream).pipe(held()).pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const relay: SlowSmtp = {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    delayMs: 0,
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return relay;
}

/** One scheduled tick's job as BullMQ keeps it in Redis (`<prefix>:<queue>:<queue>@<tick>`). */
export interface TickJob {
  queue: string;
  tick: number;
  /** Times a worker took the job (BullMQ `ats`). */
  started: number;
  /** Attempts that ended (BullMQ `atm`). */
  attempts: number;
  finished: boolean;
  failedReason?: string;
  /** `duplicated` events of this job id: enqueues refused because the tick's job was there already. */
  refusedEnqueues: number;
}

/**
 * Every scheduled tick's job of the deployment `prefix` in Redis, with how often it ran and how
 * many other enqueues of the same tick were refused (each worker enqueues every tick it sees).
 */
export async function readTickJobs(redisUrl: string, prefix: string): Promise<TickJob[]> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*@*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    const jobs: TickJob[] = [];
    const refused = new Map<string, Map<string, number>>();
    const tickKey = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:([^:]+):([^:@]+)@(\\d+)$`);
    for (const key of keys) {
      const match = tickKey.exec(key);
      if (!match || match[1] !== match[2]) continue;
      const queue = match[1];
      if (!refused.has(queue)) {
        const counts = new Map<string, number>();
        for (const [, fields] of await redis.xrange(`${prefix}:${queue}:events`, '-', '+')) {
          const event: Record<string, string> = {};
          for (let i = 0; i < fields.length; i += 2) event[fields[i]] = fields[i + 1];
          if (event.event === 'duplicated') counts.set(event.jobId, (counts.get(event.jobId) ?? 0) + 1);
        }
        refused.set(queue, counts);
      }
      const [ats, atm, finishedOn, failedReason] = await redis.hmget(key, 'ats', 'atm', 'finishedOn', 'failedReason');
      jobs.push({
        queue,
        tick: Number(match[3]),
        started: Number(ats ?? 0),
        attempts: Number(atm ?? 0),
        finished: !!finishedOn,
        ...(failedReason ? { failedReason } : {}),
        refusedEnqueues: refused.get(queue)!.get(`${queue}@${match[3]}`) ?? 0,
      });
    }
    return jobs.sort((a, b) => a.queue.localeCompare(b.queue) || a.tick - b.tick);
  } finally {
    redis.disconnect();
  }
}
