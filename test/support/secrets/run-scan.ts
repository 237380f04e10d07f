// The run's half of the scan, for the global teardown: every log line of every suite against
// every secret any worker recorded, the database findings the workers wrote, and any suite
// database that was never dropped (so never scanned by its suite).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { RUN_FOLDERS, type RecordedSecret } from './record';
import { Finding, formatFindings, scanDatabase, scanText, SecretIndex } from './scan';

/** What a run's scan read, and what it found. */
export interface RunScan {
  secrets: number;
  logFiles: number;
  logBytes: number;
  leftoverDatabases: number;
  findings: Finding[];
  ms: number;
}

function ndjson<T>(dir: string, folder: keyof typeof RUN_FOLDERS): T[] {
  const path = join(dir, RUN_FOLDERS[folder]);
  if (!existsSync(path)) return [];
  return readdirSync(path).flatMap((name) =>
    readFileSync(join(path, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as T),
  );
}

/**
 * Scans a run's folder (see `record.ts`); with `adminUrl`, also the databases the workers
 * created that still exist on that server.
 */
export async function scanRun(dir: string, adminUrl?: string): Promise<RunScan> {
  const started = Date.now();
  const unique = new Map<string, RecordedSecret>();
  // In file order: a value a suite later sent as a name is retracted (see `notePublicValue`).
  for (const line of ndjson<RecordedSecret & { retracted?: string }>(dir, 'secrets')) {
    if (line.retracted !== undefined) unique.delete(line.retracted);
    else if (!unique.has(line.value)) unique.set(line.value, line);
  }
  const index = new SecretIndex(unique.values());
  const findings = ndjson<Finding>(dir, 'findings');

  const logs = join(dir, RUN_FOLDERS.logs);
  const logFiles = existsSync(logs) ? readdirSync(logs) : [];
  let logBytes = 0;
  for (const name of logFiles) {
    const text = readFileSync(join(logs, name), 'utf8');
    logBytes += text.length;
    findings.push(...scanText(text, join(RUN_FOLDERS.logs, name), index));
  }

  let leftoverDatabases = 0;
  const created = ndjson<{ name: string }>(dir, 'databases').map((d) => d.name);
  if (adminUrl && created.length) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const left = (await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [created])).rows;
    await admin.end();
    leftoverDatabases = left.length;
    for (const { datname } of left) {
      const url = new URL(adminUrl);
      url.pathname = `/${datname}`;
      findings.push(...(await scanDatabase(url.toString(), index)));
    }
  }
  return { secrets: index.size, logFiles: logFiles.length, logBytes, leftoverDatabases, findings, ms: Date.now() - started };
}

/**
 * The global teardown's scan of the run's folder: with findings, throws them (the run fails) and
 * keeps the folder to look at; else removes it and returns a one-line summary.
 */
export async function teardownScan(dir: string, adminUrl?: string): Promise<string> {
  const scan = await scanRun(dir, adminUrl);
  const summary =
    `secrets scan: ${scan.secrets} secrets, ${scan.logFiles} log files (${(scan.logBytes / 1e6).toFixed(1)} MB), ` +
    `${scan.leftoverDatabases} undropped databases, ${scan.ms} ms`;
  if (scan.findings.length) throw new Error(`${formatFindings(scan.findings)}\n${summary}; the run's folder is kept: ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  return `${summary}: clean`;
}
