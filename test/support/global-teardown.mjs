// Stops the run's PostgreSQL, after the secrets scan (test/support/secrets): every suite's log
// lines against every secret the workers recorded, the findings of the per-suite database scans,
// and the databases never dropped. A finding fails the run (the folder is then kept to look at).
import { createRequire } from 'node:module';

export default async function globalTeardown() {
  const pg = globalThis.__EMBEDDED_PG__;
  try {
    const dir = process.env.TEST_SECRETS_DIR;
    if (!dir) return;
    // Required here, not imported: while a global hook runs, Jest's require hook compiles
    // TypeScript with the project's transform (an ES module import of .ts would not be).
    const { teardownScan } = createRequire(import.meta.url)('./secrets/run-scan.ts');
    console.log(`\n${await teardownScan(dir, process.env.TEST_PG_ADMIN_URL)}`);
  } finally {
    if (pg) await pg.stop();
  }
}
