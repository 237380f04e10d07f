import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/app.module';
import { runMigrationsLocked } from '../../../apps/api/src/database/migrate';
import { createTestDatabase } from '../../support/database';

// Every lib ships its own migrations; the host runs them in one list. This checks the list as a
// whole: it applies in order on an empty database, every `down` undoes its `up`, and it applies
// again afterwards, so a deploy can be rolled back.
describe('migrations of all libs', () => {
  let db: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  const tables = async (): Promise<string[]> =>
    (
      await dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      )
    ).map((r) => r.table_name);

  beforeAll(async () => {
    db = await createTestDatabase('migrations');
    dataSource = new DataSource({ type: 'postgres', url: db.url, entities: ENTITIES, migrations: MIGRATIONS });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('apply in timestamp order, revert one by one to an empty schema, and apply again', async () => {
    await runMigrationsLocked(dataSource);
    const applied = await tables();
    expect(applied).toEqual(
      expect.arrayContaining(['outbox', 'users', 'sessions', 'refresh_tokens', 'action_tokens', 'tenants', 'memberships', 'companies']),
    );
    expect(await dataSource.showMigrations()).toBe(false);

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);

    await runMigrationsLocked(dataSource);
    expect(await tables()).toEqual(applied);
  });
});
