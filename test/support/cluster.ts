// A deployment on one machine: N API processes (ROLE=api) and M workers (ROLE=worker), each a
// real `node` process started from apps/api/src/main.ts as production starts it (configuration
// from the environment only, signals, migrations under the advisory lock), on one PostgreSQL and
// one Redis. Used by `npm run test:scale` and `npm run bench:load-mix`.
//
// Why the swc require hook (bench/lib/register.js) and not the tsc build of `npm start`: the
// entry file, the process model and the environment are the ones production runs; only the
// transpiler differs (swc with the repository's .swcrc, as every Jest suite runs the code), and a
// run needs no build step, so CI spends no minute on `tsc -b` and never runs a stale dist/.
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSigningKey } from '../../apps/api/src/database/embedded-database';

const ROOT = resolve(__dirname, '..', '..');
const REGISTER = join(ROOT, 'bench', 'lib', 'register.js');
const MAIN = join(ROOT, 'apps', 'api', 'src', 'main.ts');
/** How long one process may take from spawn to listening (API) or consuming (worker). */
const START_TIMEOUT_MS = 90_000;
/** How long a SIGTERM may take before the process is killed (main.ts allows itself 10 s). */
const STOP_GRACE_MS = 15_000;
/** Lines of each process's output kept in memory for failure messages. */
const TAIL_LINES = 40;

/** What a cluster runs on and with. */
export interface ClusterOptions {
  /** The deployment's database (migrations run at the first start, under the advisory lock). */
  databaseUrl: string;
  /** The Redis every process shares (BullMQ queues, login counters, throttler). */
  redisUrl: string;
  /** QUEUE_PREFIX of this deployment; default unique per cluster. */
  queuePrefix?: string;
  /** SMTP_URL of every process; unset: MAIL_TRANSPORT=file into each process's DATA_DIR. */
  smtpUrl?: string;
  /** API processes (ROLE=api). Default 3. */
  apis?: number;
  /** Worker processes (ROLE=worker). Default 2. */
  workers?: number;
  /** Variables on top of the cluster's defaults (every process), e.g. PLANS_FILE, EXPIRY_SWEEP_INTERVAL. */
  env?: Record<string, string>;
  /** Where each process's output goes (`<name>.log`, created if missing); default a temp folder, removed by `stop()`. */
  logDir?: string;
}

/** One process of the cluster. */
export interface ClusterProcess {
  /** `api-0`, `api-1`, ..., `worker-0`, ... */
  readonly name: string;
  readonly role: 'api' | 'worker';
  /** `http://127.0.0.1:<port>` of an API process (kept across restarts); undefined for a worker. */
  readonly url?: string;
  /** The OS process id, while it runs. */
  readonly pid?: number;
  readonly alive: boolean;
}

/** A running cluster; see {@link startCluster}. */
export interface Cluster {
  /** Base URLs of the API processes, in order (`http://127.0.0.1:<port>`, no `/api/v1`). */
  readonly urls: string[];
  readonly processes: readonly ClusterProcess[];
  /** The environment every process got (secrets included: a test may sign or compare with them). */
  readonly env: Readonly<Record<string, string>>;
  readonly queuePrefix: string;
  /** The process named `name` (`api-1`, `worker-0`). @throws Error for an unknown name. */
  get(name: string): ClusterProcess;
  /** Sends `signal` (default SIGKILL: no shutdown hook runs) and waits for the process to exit. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** SIGSTOP: the process stays, frozen (its sockets open, its timers stopped) until {@link resume}. */
  pause(name: string): void;
  /** SIGCONT after {@link pause}. */
  resume(name: string): void;
  /**
   * Starts a process that exited again, with the same environment (an API on the same port);
   * `env` changes variables of this process from now on (e.g. the sweeps of a worker turned off).
   */
  restart(name: string, env?: Record<string, string>): Promise<void>;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  tail(name: string): string;
  /** SIGTERM to every process, SIGKILL after a grace period; removes the temp folders. Idempotent. */
  stop(): Promise<void>;
}

interface Member {
  name: string;
  role: 'api' | 'worker';
  env: Record<string, string>;
  port?: number;
  child?: ChildProcess;
  exited?: Promise<void>;
  lines: string[];
  log: WriteStream;
}

/** Every child of every cluster of this process: none may outlive it (a crashed test run). */
const LIVE = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of LIVE) child.kill('SIGKILL');
});

/** The variables the children inherit from this process: the system's, never the test runner's. */
function baseEnvironment(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'UV_THREADPOOL_SIZE'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
}

/**
 * Starts `apis` API processes and `workers` worker processes, all at once (the migrations'
 * advisory lock is what keeps simultaneous first starts apart, as in a rolling deployment), and
 * resolves when every API listens and every worker consumes. Each process gets:
 * `NODE_ENV=test` (the only difference from production: the example product modules, among them
 * the metered route, are mounted), `HOST=127.0.0.1`, one shared `JWT_SECRET` / `JWT_PRIVATE_KEY`,
 * `TRUSTED_PROXIES=127.0.0.1` (the test is the load balancer: `X-Forwarded-For` names the
 * client, so per-IP limits apply per simulated client), `LOG_LEVEL=warn`,
 * `PWNED_PASSWORDS_URL=off`, and its own `DATA_DIR`.
 * @throws Error with the process's last output when one exits or does not get ready in time.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const queuePrefix = options.queuePrefix ?? `scale-${process.pid}-${Date.now().toString(36)}`;
  const ownLogs = !options.logDir;
  const logDir = options.logDir ?? mkdtempSync(join(tmpdir(), 'tenant-iam-cluster-'));
  mkdirSync(logDir, { recursive: true });
  const dataRoot = mkdtempSync(join(tmpdir(), 'tenant-iam-cluster-data-'));
  const env: Record<string, string> = {
    ...baseEnvironment(),
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    APP_URL: 'http://app.test',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: queuePrefix,
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : { MAIL_TRANSPORT: 'file' }),
    JWT_SECRET: `cluster-${Math.random().toString(36).slice(2)}-secret-0123456789-abcdefghij`,
    JWT_PRIVATE_KEY: generateSigningKey(),
    PWNED_PASSWORDS_URL: 'off',
    TRUSTED_PROXIES: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const members: Member[] = [];
  const add = (role: 'api' | 'worker', index: number) => {
    const name = `${role}-${index}`;
    members.push({
      name,
      role,
      env: { ...env, ROLE: role, PORT: '0', DATA_DIR: join(dataRoot, name) },
      lines: [],
      log: createWriteStream(join(logDir, `${name}.log`), { flags: 'a' }),
    });
  };
  for (let i = 0; i < (options.apis ?? 3); i++) add('api', i);
  for (let i = 0; i < (options.workers ?? 2); i++) add('worker', i);

  const find = (name: string): Member => {
    const member = members.find((m) => m.name === name);
    if (!member) throw new Error(`cluster: no process named ${name} (have ${members.map((m) => m.name).join(', ')})`);
    return member;
  };
  const tail = (name: string) => find(name).lines.join('\n');
  const isAlive = (m: Member) => !!m.child && m.child.exitCode === null && m.child.signalCode === null;

  const launch = (member: Member): Promise<void> => {
    const child = spawn(process.execPath, ['-r', REGISTER, MAIN], {
      cwd: ROOT,
      env: member.port ? { ...member.env, PORT: String(member.port) } : member.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    LIVE.add(child);
    member.child = child;
    member.exited = new Promise((done) => child.once('exit', () => (LIVE.delete(child), done())));
    return new Promise<void>((ready, fail) => {
      let settled = false;
      const settle = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) fail(error);
        else ready();
      };
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        settle(new Error(`cluster: ${member.name} was not ready within ${START_TIMEOUT_MS / 1000} s:\n${tail(member.name)}`));
      }, START_TIMEOUT_MS);
      const onLine = (line: string) => {
        member.lines.push(line);
        if (member.lines.length > TAIL_LINES) member.lines.shift();
        // The banner of main.ts names the address actually bound (PORT=0 on the first start).
        const listening = /^Listening on 127\.0\.0\.1:(\d+)/.exec(line);
        if (listening) {
          member.port = Number(listening[1]);
          settle();
        }
        if (/^ROLE=worker: queue consumers and scheduler running/.test(line)) settle();
      };
      for (const stream of [child.stdout!, child.stderr!]) {
        let buffered = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          member.log.write(chunk);
          buffered += chunk;
          const parts = buffered.split('\n');
          buffered = parts.pop()!;
          for (const line of parts) onLine(line);
        });
      }
      child.once('exit', (code, signal) =>
        settle(new Error(`cluster: ${member.name} exited during its start (${signal ?? `code ${code}`}):\n${tail(member.name)}`)),
      );
    });
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(
      members.map(async (m) => {
        if (!isAlive(m)) return;
        m.child!.kill('SIGCONT');
        m.child!.kill('SIGTERM');
        const timer = setTimeout(() => m.child!.kill('SIGKILL'), STOP_GRACE_MS);
        await m.exited;
        clearTimeout(timer);
      }),
    );
    await Promise.all(members.map((m) => new Promise((done) => m.log.end(done))));
    rmSync(dataRoot, { recursive: true, force: true });
    if (ownLogs) rmSync(logDir, { recursive: true, force: true });
  };

  try {
    await Promise.all(members.map(launch));
  } catch (error) {
    await stop();
    throw error;
  }

  const view = (m: Member): ClusterProcess => ({
    name: m.name,
    role: m.role,
    url: m.port ? `http://127.0.0.1:${m.port}` : undefined,
    pid: isAlive(m) ? m.child!.pid : undefined,
    alive: isAlive(m),
  });
  return {
    get urls() {
      return members.filter((m) => m.role === 'api').map((m) => `http://127.0.0.1:${m.port}`);
    },
    get processes() {
      return members.map(view);
    },
    env,
    queuePrefix,
    get: (name) => view(find(name)),
    async kill(name, signal = 'SIGKILL') {
      const member = find(name);
      if (!isAlive(member)) return;
      member.child!.kill(signal);
      await member.exited;
    },
    pause: (name) => void find(name).child?.kill('SIGSTOP'),
    resume: (name) => void find(name).child?.kill('SIGCONT'),
    async restart(name, changes = {}) {
      const member = find(name);
      if (isAlive(member)) throw new Error(`cluster: ${name} is still running`);
      Object.assign(member.env, changes);
      await launch(member);
    },
    tail,
    stop,
  };
}
