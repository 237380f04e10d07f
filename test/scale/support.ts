// What the scale-out suite needs around the cluster: an HTTP client that plays the load balancer
// (round-robin over the API processes, one X-Forwarded-For client address per call), sign-up over
// HTTP with the mail the workers deliver, an SMTP relay that can slow mail down, and a reader of
// the scheduled ticks BullMQ keeps in Redis.
import IORedis from 'ioredis';
import { createServer, Server, Socket } from 'node:net';
import { Pool } from 'pg';
import { GOOD_PASSWORD, uniqueEmail } from '../support/identity';
import { extractToken, SmtpSink } from '../support/smtp-sink';

/** An HTTP answer; `status` 0 when none came (connection refused or reset: the process died). */
export interface Answer {
  status: number;
  body: any;
  headers: Headers;
  /** Which API process was asked (index into the cluster's urls). */
  target: number;
  /** Why there was no answer (status 0). */
  error?: string;
}

export interface CallOptions {
  body?: unknown;
  token?: string;
  apiKey?: string;
  /** Index of the API process to ask; default the next one in turn. */
  target?: number;
}

let clientAddress = 0;

/**
 * Requests spread over the API processes as a load balancer would: each call goes to the next
 * URL in turn and carries `X-Forwarded-For` with an address of its own (the processes trust
 * 127.0.0.1 as their proxy), so per-client limits count per simulated client.
 */
export class ClusterHttp {
  private turn = 0;

  constructor(private readonly urls: () => string[]) {}

  /** Index of the process the next call without `target` goes to. */
  nextTarget(): number {
    return this.turn++ % this.urls().length;
  }

  /** One request; never throws for a missing answer (see {@link Answer.status}). */
  async call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const target = options.target ?? this.nextTarget();
    clientAddress += 1;
    const headers: Record<string, string> = {
      'x-forwarded-for': `10.${(clientAddress >> 16) & 255}.${(clientAddress >> 8) & 255}.${clientAddress & 255}`,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    try {
      const res = await fetch(`${this.urls()[target]}/api/v1${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: kept as text for the failure message.
      }
      return { status: res.status, body, headers: res.headers, target };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { status: 0, body: null, headers: new Headers(), target, error: cause?.code ?? cause?.message ?? String(error) };
    }
  }

  /** Like {@link call}, and throws unless the answer has `status`. */
  async expect(status: number, method: string, path: string, options: CallOptions = {}): Promise<any> {
    const res = await this.call(method, path, options);
    if (res.status !== status) {
      throw new Error(`${method} ${path} on API ${res.target}: expected ${status}, got ${res.status} ${res.error ?? JSON.stringify(res.body)}`);
    }
    return res.body;
  }
}

/** A verified, logged-in account made over HTTP: register, the verification mail, verify, login. */
export interface Account {
  email: string;
  password: string;
  userId: string;
  accessToken: string;
}

/** Registers an account on the cluster and signs it in; the workers deliver the verification mail. */
export async function signUp(http: ClusterHttp, sink: SmtpSink, label = 'scale'): Promise<Account> {
  const email = uniqueEmail(label).toLowerCase();
  await http.expect(202, 'POST', '/auth/register', { body: { email, password: GOOD_PASSWORD, firstName: 'Anna', lastName: 'Nowak' } });
  const mail = await sink.waitFor((m) => m.to.includes(email) && m.text.includes('/verify-email?token='), 20_000);
  await http.expect(200, 'POST', '/auth/verify-email', { body: { token: extractToken(mail.text, 'verify-email') } });
  const login = await http.expect(200, 'POST', '/auth/login', { body: { email, password: GOOD_PASSWORD } });
  const me = await http.expect(200, 'GET', '/me', { token: login.accessToken });
  return { email, password: GOOD_PASSWORD, userId: me.id, accessToken: login.accessToken };
}

/** An organisation made over HTTP by a new account, who owns it. */
export async function newOrganisation(http: ClusterHttp, sink: SmtpSink, name = 'Scale Sp. z o.o.') {
  const owner = await signUp(http, sink, 'owner');
  const tenant = await http.expect(201, 'POST', '/tenants', { token: owner.accessToken, body: { name } });
  return { owner, tenantId: tenant.id as string };
}

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

/** Polls `read` until `accept` holds; throws with the last value after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A TCP relay in front of the SMTP sink that delays every chunk by `delayMs` each way (0: none),
 * so a mail takes several round trips of that delay: a relay run lasts long enough to be killed
 * in the middle. Equal delays keep the bytes in order (timers of one duration fire in order).
 */
export class SlowSmtp {
  delayMs = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {}

  /** Listens on a free loopback port; returns its `smtp://` URL. */
  async start(): Promise<string> {
    const server = createServer((client) => {
      const upstream = new Socket();
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      const forward = (from: Socket, to: Socket) => {
        from.on('data', (chunk) => (this.delayMs ? setTimeout(() => to.write(chunk), this.delayMs) : to.write(chunk)));
        from.on('end', () => (this.delayMs ? setTimeout(() => to.end(), this.delayMs) : to.end()));
      };
      upstream.connect(this.targetPort, '127.0.0.1');
      forward(client, upstream);
      forward(upstream, client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return `smtp://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
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
    for (const key of keys) {
      const match = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:([^:]+):([^:@]+)@(\\d+)$`).exec(key);
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
