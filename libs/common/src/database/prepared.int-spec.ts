import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/database';
import { prepared, runPrepared } from './prepared';

describe('runPrepared (integration, real PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  const insert = prepared('common_spec_insert', 'INSERT INTO notes (body) VALUES ($1) RETURNING id, body');
  const count = prepared('common_spec_count', 'SELECT count(*)::int AS n FROM notes');
  const statementsOnThisConnection = prepared(
    'common_spec_statements',
    `SELECT name FROM pg_prepared_statements WHERE name LIKE 'common_spec_%' ORDER BY name`,
  );

  beforeAll(async () => {
    db = await createTestDatabase('prepared');
    // One pooled connection, so every call below lands on the same server session.
    dataSource = new DataSource({ type: 'postgres', url: db.url, extra: { max: 1 } });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL UNIQUE)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('returns the rows and prepares each statement once per connection', async () => {
    expect(await runPrepared(dataSource.manager, insert, ['a'])).toEqual([{ id: 1, body: 'a' }]);
    expect(await runPrepared(dataSource.manager, insert, ['b'])).toEqual([{ id: 2, body: 'b' }]);
    expect(await runPrepared(dataSource.manager, count, [])).toEqual([{ n: 2 }]);
    const names = await runPrepared<{ name: string }>(dataSource.manager, statementsOnThisConnection, []);
    expect(names.map((r) => r.name)).toEqual(['common_spec_count', 'common_spec_insert', 'common_spec_statements']);
  });

  it("runs inside the manager's transaction: a rollback undoes it", async () => {
    await expect(
      dataSource.transaction(async (m) => {
        await runPrepared(m, insert, ['in-tx']);
        expect(await runPrepared(m, count, [])).toEqual([{ n: 3 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await runPrepared(dataSource.manager, count, [])).toEqual([{ n: 2 }]);
  });

  it("wraps a database error in TypeORM's QueryFailedError and releases the connection", async () => {
    const failure = await runPrepared(dataSource.manager, insert, ['a']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { code?: string }).driverError).toMatchObject({ code: '23505' });
    // With a pool of one, a leaked connection would make this wait forever.
    expect(await runPrepared(dataSource.manager, count, [])).toEqual([{ n: 2 }]);
  });
});
