// The raw secrets a suite saw (link tokens in mails, refresh tokens and API keys in answers, the
// passwords it sent), kept for the scans: in memory for this suite (Jest gives every test file a
// fresh module registry, so this module's state is the suite's), and appended to this worker's
// file under the run's folder, which the global teardown reads.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a recorded secret is. */
export type SecretKind = 'link-token' | 'refresh-token' | 'api-key' | 'password';

/** One raw secret and where the suites saw it first. */
export interface RecordedSecret {
  kind: SecretKind;
  value: string;
  /** Where it was seen (`mail`, `POST /api/v1/auth/login answer`...), with the suite's file. */
  source: string;
}

/** The run's folder the global setup made (`TEST_SECRETS_DIR`); undefined outside a Jest e2e run. */
export function secretsDir(): string | undefined {
  return process.env.TEST_SECRETS_DIR || undefined;
}

/** Sub-folders of the run's folder: secrets and database findings per worker, logs per suite. */
export const RUN_FOLDERS = { secrets: 'secrets', findings: 'findings', logs: 'logs', databases: 'databases' } as const;

/** The file of this worker in one sub-folder of the run's folder (created on first use, 0700). */
export function workerFile(folder: keyof typeof RUN_FOLDERS): string | undefined {
  const dir = secretsDir();
  if (!dir) return undefined;
  const path = join(dir, RUN_FOLDERS[folder]);
  if (!made.has(path)) {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    made.add(path);
  }
  return join(path, `worker-${process.env.JEST_WORKER_ID ?? '0'}-${process.pid}.ndjson`);
}
const made = new Set<string>();

/** The test file running now, relative to the checkout (`unknown` outside a test). */
export function currentSuite(): string {
  const path = typeof expect === 'function' ? expect.getState().testPath : undefined;
  return path ? relative(process.cwd(), path) : 'unknown';
}

const seen = new Map<string, RecordedSecret>();

/**
 * Passwords shorter than this, or without both a letter and a digit or symbol, are not recorded:
 * suites send `x`, `short` or `password` to see them refused, and such words occur in ordinary
 * text (a route, a template name), where finding them would mean nothing.
 */
export const MIN_PASSWORD_LENGTH = 10;
/** Shorter "tokens", or ones of few distinct characters, are a suite's made-up wrong values (`nope`, `'a'.repeat(300)`). */
export const MIN_TOKEN_LENGTH = 20;

/** Longer values are a suite's oversized inputs, which every route refuses before storing anything. */
const MAX_SECRET_LENGTH = 1024;

/** Whether a value is worth recording as a secret of this kind (see the two minimums). */
export function isRecordable(kind: SecretKind, value: string): boolean {
  if (value.length > MAX_SECRET_LENGTH) return false;
  if (kind !== 'password') return value.length >= MIN_TOKEN_LENGTH && /^[A-Za-z0-9_-]+$/.test(value) && new Set(value).size >= 8;
  return value.length >= MIN_PASSWORD_LENGTH && /\p{L}/u.test(value) && /[^\p{L}]/u.test(value);
}

/** Strings this suite sent in fields that are not secret (names, emails, attribute values). */
const publicValues = new Set<string>();

/** Records one raw secret (once per suite); values not worth recording are ignored, and nothing is recorded outside a Jest e2e run. */
export function recordSecret(kind: SecretKind, value: string, source: string): void {
  if (!secretsDir() || seen.has(value) || !isRecordable(kind, value) || publicValues.has(value)) return;
  const secret = { kind, value, source: `${source} (${currentSuite()})` };
  seen.set(value, secret);
  append({ ...secret });
}

/**
 * Notes a string the suite sent in a field that is not a secret. A value a suite also sends as a
 * name (a list of hostile strings tried in every field, a fuzzer) is stored as that name by design:
 * it is no secret the product leaked, and is forgotten, here and, through a `retracted` line, in
 * the worker's file.
 */
export function notePublicValue(value: string): void {
  if (value.length < MIN_PASSWORD_LENGTH || publicValues.has(value)) return;
  publicValues.add(value);
  if (!seen.has(value)) return;
  seen.delete(value);
  append({ retracted: value });
}

function append(line: object): void {
  const file = workerFile('secrets');
  if (file) appendFileSync(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
}

/** Every secret this suite recorded so far. */
export function recordedSecrets(): RecordedSecret[] {
  return [...seen.values()];
}

/** The `token` parameter of every link in a text (a mail, a mailbox file, a JSON answer). */
const LINK_TOKEN = /[?&;]token=([A-Za-z0-9\-_.~%]+)/g;

/** Records the token of every link in `text` as a link token. */
export function recordLinkTokens(text: string, source: string): void {
  if (!secretsDir() || !text.includes('token=')) return;
  for (const match of text.matchAll(LINK_TOKEN)) {
    let token = match[1];
    try {
      token = decodeURIComponent(token);
    } catch {
      // A malformed escape: keep it as it is.
    }
    recordSecret('link-token', token, source);
  }
}
