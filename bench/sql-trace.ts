// Prints the SQL the app sends for one login and one refresh, so the raw baseline
// (lib/raw-server.ts) can be kept running the same statements.
// Run: node -r ./bench/lib/register.js bench/sql-trace.ts
import './lib/threadpool';
import 'reflect-metadata';
import { Client } from 'pg';
import { startApp } from './lib/app';
import { startPostgres } from './lib/postgres';
import { BENCH_PASSWORD, seedUsers } from './lib/seed';

async function main(): Promise<void> {
  const pg = await startPostgres();
  try {
    const url = await pg.createDatabase('bench_sql_trace');
    const app = await startApp(url);
    try {
      const { emails } = await seedUsers(url, 1);
      const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
      const original = proto.query;
      let tracing = false;
      proto.query = function (this: Client, ...args: unknown[]) {
        const q = args[0] as string | { text: string; name?: string };
        const text = (typeof q === 'string' ? q : q.text).replace(/\s+/g, ' ');
        const name = typeof q === 'string' ? undefined : q.name;
        if (tracing) console.log(`  ${name ? `[prepared ${name}] ` : ''}${text}`);
        return original.apply(this, args);
      };
      const post = (path: string, body: object) =>
        fetch(app.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      tracing = true;
      console.log('POST /api/v1/auth/login');
      const login = await post('/api/v1/auth/login', { email: emails[0], password: BENCH_PASSWORD });
      const { refreshToken } = (await login.json()) as { refreshToken: string };
      console.log(`  -> ${login.status}\nPOST /api/v1/auth/refresh`);
      const refresh = await post('/api/v1/auth/refresh', { refreshToken });
      console.log(`  -> ${refresh.status}`);
      tracing = false;
      proto.query = original;
    } finally {
      await app.close();
    }
  } finally {
    await pg.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
