import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { formatFindings, noteDatabase, scanSuiteDatabase } from './secrets';

/** The admin URL of the run's PostgreSQL server, set by the global setup. */
export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run the e2e project through jest (global setup)');
  return url;
}

/**
 * A fresh, empty database for one suite; returns its URL and a function that drops it. The drop
 * first scans it for the raw secrets the suite recorded (see `./secrets`) and, when it finds
 * any, drops it all the same, then throws them: the suite fails, and so does the run.
 */
export async function createTestDatabase(label = 'suite'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  noteDatabase(name);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const findings = await scanSuiteDatabase(url.toString());
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      if (findings.length) throw new Error(formatFindings(findings));
    },
  };
}
