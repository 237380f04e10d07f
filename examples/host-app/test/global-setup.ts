// One embedded PostgreSQL and one mailbox folder for the run, in a throwaway folder; the app reads
// them from the environment, which the Jest workers inherit.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../src/embedded-database';

export default async function globalSetup(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tenant-iam-host-app-'));
  // The server runs as the unprivileged postgres user when we are root.
  await chmod(dir, 0o755);
  const database = await startEmbeddedDatabase(dir, { persistent: false });
  Object.assign(globalThis, { __HOST_APP__: { database, dir } });
  process.env.DATABASE_URL = database.url;
  process.env.MAILBOX_DIR = join(dir, 'mailbox');
  process.env.APP_SECRET = randomBytes(32).toString('base64url');
  process.env.APP_SIGNING_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  process.env.PWNED_PASSWORDS_URL = 'off';
}
