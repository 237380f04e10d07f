import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same in every replica of this product.
const MIGRATION_LOCK = 72_616_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that start together do
 * not race: the first one migrates, the others wait and then find nothing to do.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
