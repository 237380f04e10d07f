// The per-suite half of the scan: a suite's database is dropped when its app closes, so it is
// scanned just before, against the secrets that suite recorded (a fresh database per suite:
// another suite's secrets cannot be in it).
import { appendFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordedSecrets, recordLinkTokens, workerFile } from './record';
import { Finding, scanDatabase, SecretIndex } from './scan';

/**
 * Scans the database at `url` for the secrets this suite recorded and for raw-token shapes;
 * the findings are also appended to this worker's findings file, which the global teardown
 * reports again. Returns them (empty when clean).
 */
export async function scanSuiteDatabase(url: string): Promise<Finding[]> {
  const findings = await scanDatabase(url, new SecretIndex(recordedSecrets()));
  const file = workerFile('findings');
  if (findings.length && file) appendFileSync(file, findings.map((f) => `${JSON.stringify(f)}\n`).join(''), { mode: 0o600 });
  return findings;
}

/** Notes a database this worker created, so the teardown scans it if it is still there (never dropped). */
export function noteDatabase(name: string): void {
  const file = workerFile('databases');
  if (file) appendFileSync(file, `${JSON.stringify({ name })}\n`, { mode: 0o600 });
}

/** Records the link tokens of the mails in an embedded-mode mailbox folder (a suite may read them without `/dev/mailbox`). */
export async function recordMailboxTokens(mailboxDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(mailboxDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith('.json')) recordLinkTokens(await readFile(join(mailboxDir, name), 'utf8'), 'mailbox file');
  }
}
