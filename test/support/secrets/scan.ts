// The scanner: looks for recorded raw secrets, and for the shapes of raw ones, in database rows
// and log lines. Only Node and `pg`: the global teardown loads it outside the Jest registry.
import { Client } from 'pg';
import { MIN_PASSWORD_LENGTH, type RecordedSecret } from './record';

/** One raw secret (or what looks like one) where it must not be. */
export interface Finding {
  /** `database <name>: <table>.<column>` or `log <file>:<line>`. */
  where: string;
  /** A recorded secret's kind, or the shape found (`API key shape`...). */
  what: string;
  /** The secret, masked: its first few characters and its length. */
  secret: string;
  /** Where the suites saw the recorded secret. */
  seenIn?: string;
}

/** The first characters of a secret (a fifth of it, at most 6) and its length: enough to find it, not to use it. */
export function maskSecret(value: string): string {
  return `${value.slice(0, Math.min(6, Math.floor(value.length / 5)))}… (${value.length} chars)`;
}

/** A full API key (`tiam_` and 43 base62 characters), anywhere in a text. */
export const API_KEY_SHAPE = /tiam_[0-9A-Za-z]{43}(?![0-9A-Za-z])/g;
/** A link with its token (query strings are never logged, and mails are stored sealed). */
export const LINK_SHAPE = /[?&]token=[A-Za-z0-9_-]{20,}/g;
/** A whole value that is 32 random bytes in base64url, the form of every link and refresh token. */
const RAW_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Columns that may only hold hashes (or sealed copies): a raw token's shape there is a finding. */
export const HASH_COLUMN = /hash|digest|token|secret|key/i;

/** Whether a whole value has the shape of a raw token (random: upper and lower case and a digit). */
export function looksLikeRawToken(value: string): boolean {
  return RAW_TOKEN.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value);
}

/** Every secret is at least this long (see `record.ts`): the length of the index's prefixes. */
const PREFIX = MIN_PASSWORD_LENGTH;
const TOKEN_CHARS = /^[A-Za-z0-9_-]+$/;
const TOKEN_RUN = new RegExp(`[A-Za-z0-9_-]{${PREFIX},}`, 'g');

/**
 * The recorded secrets, indexed for scanning large texts: a secret made of base64url characters
 * (tokens, keys, most passwords) can only occur inside a run of such characters, so a text is
 * read once with a regular expression and each run is looked up by prefix; the few others
 * (passwords with spaces or symbols) are searched for one by one.
 */
export class SecretIndex {
  private readonly byPrefix = new Map<string, RecordedSecret[]>();
  private readonly others: RecordedSecret[] = [];
  readonly size: number;

  constructor(secrets: Iterable<RecordedSecret>) {
    let size = 0;
    for (const secret of secrets) {
      if (secret.value.length < PREFIX) continue;
      size += 1;
      if (!TOKEN_CHARS.test(secret.value)) this.others.push(secret);
      else {
        const prefix = secret.value.slice(0, PREFIX);
        const list = this.byPrefix.get(prefix);
        if (list) list.push(secret);
        else this.byPrefix.set(prefix, [secret]);
      }
    }
    this.size = size;
  }

  /** The recorded secrets in `text`, each with the offset of its first occurrence. */
  find(text: string): { secret: RecordedSecret; index: number }[] {
    const found = new Map<RecordedSecret, number>();
    if (this.byPrefix.size) {
      for (const match of text.matchAll(TOKEN_RUN)) {
        const run = match[0];
        for (let at = 0; at + PREFIX <= run.length; at++) {
          const candidates = this.byPrefix.get(run.slice(at, at + PREFIX));
          if (!candidates) continue;
          for (const secret of candidates) if (!found.has(secret) && run.startsWith(secret.value, at)) found.set(secret, match.index! + at);
        }
      }
    }
    for (const secret of this.others) {
      const at = text.indexOf(secret.value);
      if (at >= 0) found.set(secret, at);
    }
    return [...found].map(([secret, index]) => ({ secret, index }));
  }
}

/** The shapes looked for everywhere (whatever was recorded): full API keys and links with a token. */
function shapeFindings(text: string, where: (index: number) => string): Finding[] {
  const findings: Finding[] = [];
  for (const [what, shape] of [
    ['API key shape', API_KEY_SHAPE],
    ['link token shape', LINK_SHAPE],
  ] as const) {
    if (what === 'API key shape' ? !text.includes('tiam_') : !text.includes('token=')) continue;
    for (const match of text.matchAll(shape)) findings.push({ where: where(match.index!), what, secret: maskSecret(match[0]) });
  }
  return findings;
}

function recordedFindings(text: string, index: SecretIndex, where: (index: number) => string): Finding[] {
  return index.find(text).map(({ secret, index: at }) => ({
    where: where(at),
    what: `recorded ${secret.kind}`,
    secret: maskSecret(secret.value),
    seenIn: secret.source,
  }));
}

/** The findings of one text (a log file's content): recorded secrets and shapes, by line. */
export function scanText(text: string, name: string, index: SecretIndex): Finding[] {
  const line = (at: number) => {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) count += 1;
    return `log ${name}:${count}`;
  };
  return [...recordedFindings(text, index, line), ...shapeFindings(text, line)];
}

/**
 * Every column of every table whose type can hold a secret as text. The system catalogue rather
 * than `information_schema`, whose views cost tens of milliseconds per database.
 */
const COLUMNS_SQL = `
  SELECT n.nspname AS schema, c.relname AS table, a.attname AS column, a.atttypid::regtype::text AS type
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
     AND a.atttypid = ANY ('{text,varchar,bpchar,json,jsonb,bytea,_text,_varchar,_bpchar,_json,_jsonb}'::regtype[])
   ORDER BY n.nspname, c.relname, a.attnum`;

interface Column {
  schema: string;
  table: string;
  column: string;
  type: string;
}

/** `json_build_array` takes at most 100 arguments. */
const COLUMNS_PER_SELECT = 90;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Scans every `text`, `varchar`, `char`, `json`, `jsonb` and `bytea` column (and arrays of them)
 * of every table of a database: recorded secrets anywhere (also a token's 32 bytes in `bytea`),
 * the shapes of full API keys and of links with a token anywhere, and a raw token's shape as the
 * whole value of a column that should hold only hashes ({@link HASH_COLUMN}) or of a JSON string.
 * Two statements: the catalogue, then every row of every table as JSON arrays in one `UNION ALL`.
 */
export async function scanDatabase(url: string, index: SecretIndex): Promise<Finding[]> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    // Already dropped (a suite's second drop): nothing left to scan.
    if ((error as { code?: string }).code === '3D000') return [];
    throw error;
  }
  try {
    const database = new URL(url).pathname.slice(1);
    const columns = (await client.query<Column>(COLUMNS_SQL)).rows;
    const groups: Column[][] = [];
    for (const column of columns) {
      const last = groups[groups.length - 1];
      if (last && last[0].schema === column.schema && last[0].table === column.table && last.length < COLUMNS_PER_SELECT) last.push(column);
      else groups.push([column]);
    }
    if (!groups.length) return [];
    const sql = groups
      .map(
        (group, i) =>
          `SELECT ${i} AS g, json_build_array(${group.map((c) => ident(c.column)).join(', ')})::text AS r FROM ${ident(group[0].schema)}.${ident(group[0].table)}`,
      )
      .join('\nUNION ALL\n');
    const rows = (await client.query<{ g: number; r: string }>(sql)).rows;
    const findings = new Map<string, Finding>();
    for (const row of rows) {
      const group = groups[row.g];
      const values = JSON.parse(row.r) as unknown[];
      group.forEach((column, i) => {
        if (values[i] === null) return;
        const where = `database ${database}: ${column.table}.${column.column}`;
        for (const finding of scanValue(values[i], column, index, where))
          findings.set(`${finding.where} ${finding.what} ${finding.secret}`, finding);
      });
    }
    return [...findings.values()];
  } finally {
    await client.end();
  }
}

/** The findings of one column value (as `json_build_array` renders it). */
function scanValue(value: unknown, column: Column, index: SecretIndex, where: string): Finding[] {
  const texts: string[] = [];
  const wholes: string[] = [];
  if (column.type === 'bytea' && typeof value === 'string') {
    const bytes = Buffer.from(value.replace(/^\\x/, ''), 'hex');
    texts.push(bytes.toString('utf8'));
    // A token kept as its 32 decoded bytes is still the token.
    if (bytes.length === 32) wholes.push(bytes.toString('base64url'));
  } else if (typeof value === 'string') {
    texts.push(value);
    if (HASH_COLUMN.test(column.column)) wholes.push(value);
  } else {
    // json, jsonb and arrays: every string and key; a string under a hash-like key also as a whole value.
    collectStrings(value, HASH_COLUMN.test(column.column), texts, wholes);
  }
  const at = () => where;
  const findings: Finding[] = [];
  for (const text of texts) findings.push(...recordedFindings(text, index, at), ...shapeFindings(text, at));
  for (const whole of wholes) {
    if (column.type === 'bytea') findings.push(...recordedFindings(whole, index, at));
    if (looksLikeRawToken(whole)) findings.push({ where, what: 'raw token shape', secret: maskSecret(whole) });
  }
  return findings;
}

function collectStrings(value: unknown, hashLike: boolean, texts: string[], wholes: string[]): void {
  if (typeof value === 'string') {
    texts.push(value);
    if (hashLike) wholes.push(value);
  } else if (Array.isArray(value)) for (const item of value) collectStrings(item, hashLike, texts, wholes);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      texts.push(key);
      collectStrings(item, hashLike || HASH_COLUMN.test(key), texts, wholes);
    }
  }
}

/** The findings as a report: one line each, grouped under a title. */
export function formatFindings(findings: readonly Finding[]): string {
  const lines = findings.map((f) => `  - ${f.where}: ${f.what} ${f.secret}${f.seenIn ? `, seen in ${f.seenIn}` : ''}`);
  return `Secrets at rest and in logs: ${findings.length} raw secret(s) found\n${lines.join('\n')}`;
}
