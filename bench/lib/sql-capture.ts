import { Client } from 'pg';

/** One statement as a pg client sent it: whitespace-collapsed text, and its name when prepared. */
export interface CapturedStatement {
  text: string;
  name?: string;
}

/**
 * Runs `fn` and returns, with its result, every statement any pg client in this process sent
 * meanwhile (the app's TypeORM pool and the raw server's Pool alike: both use `pg.Client#query`).
 * Run one request at a time under it, nothing else.
 */
export async function captureSql<T>(fn: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const statements: CapturedStatement[] = [];
  proto.query = function (this: Client, ...args: unknown[]) {
    const q = args[0] as string | { text: string; name?: string };
    const text = (typeof q === 'string' ? q : q.text).replace(/\s+/g, ' ').trim();
    const name = typeof q === 'string' ? undefined : q.name;
    statements.push(name ? { text, name } : { text });
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    proto.query = original;
  }
}
