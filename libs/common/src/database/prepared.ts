import type { PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

/**
 * A statement that PostgreSQL parses and plans once per connection, then only binds and runs.
 * For the statements on the hot paths (login, refresh, the per-request session and tenant checks).
 *
 * Name the columns a statement returns: a prepared `SELECT *` fails once a migration adds a
 * column while the app runs ("cached plan must not change result type").
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Declares a prepared statement. `name` must be unique in the process and name one text only:
 * prefix it with the lib (`identity_user_by_id`, `tenancy_member_context`).
 */
export function prepared(name: string, text: string): PreparedStatement {
  return { name, text };
}

/**
 * Runs `statement` on the manager's connection (inside its transaction, if it has one) and returns
 * the rows. TypeORM's `query()` always sends unnamed statements, which PostgreSQL re-parses and
 * re-plans on every call: on login that doubled the server's CPU per request (bench/README.md).
 * Errors are wrapped in TypeORM's `QueryFailedError`, as `query()` would; TypeORM's query logger
 * does not see these statements.
 *
 * Behind PgBouncer in transaction mode, named statements need PgBouncer ≥ 1.21 with
 * `max_prepared_statements` set.
 */
export async function runPrepared<T>(manager: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    const result = await client.query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
  } catch (error) {
    throw error instanceof Error && !(error instanceof QueryFailedError) ? new QueryFailedError(statement.text, values, error) : error;
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
