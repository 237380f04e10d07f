import { Client } from 'pg';

/** PostgreSQL at `DATABASE_URL` does not answer; `fields` name the host and the cause, never the password. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
  constructor(
    message: string,
    readonly fields: { host: string; port: number; database: string; cause: string },
  ) {
    super(message);
  }
}

/**
 * Connects once to `url` and runs `SELECT 1`, within `timeoutMs`. The app's pool (TypeORM) retries
 * nine times over ~25 s and prints a stack trace per attempt; this probe fails fast with one
 * message naming the host and the cause.
 * @throws DatabaseUnreachableError when the server cannot be reached or refuses the login.
 */
export async function checkDatabase(url: string, timeoutMs = 5_000): Promise<void> {
  const parsed = new URL(url);
  const host = decodeURIComponent(parsed.hostname) || 'localhost';
  const port = Number(parsed.port || 5432);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  const password = decodeURIComponent(parsed.password);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A connection that dies after the probe must not crash the process with an unhandled 'error'.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const err = error as Error & { code?: string };
    const text = err.message || String(error);
    let cause = err.code && !text.includes(err.code) ? `${err.code}: ${text}` : text;
    // Drivers do not put the password in messages today; make sure it stays that way.
    if (password) cause = cause.split(password).join('***');
    throw new DatabaseUnreachableError(`cannot connect to PostgreSQL at ${host}:${port} (DATABASE_URL): ${cause}`, {
      host,
      port,
      database,
      cause,
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}
