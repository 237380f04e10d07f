import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuntimeConfig } from '../../apps/api/src/app.module';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/environment';
import { generateSigningKey } from '../../apps/api/src/database/embedded-database';

export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

/** The environment the app runs with in the benchmarks (printed by the scripts). */
export const BENCH_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  JWT_SECRET: BENCH_JWT_SECRET,
  JWT_PRIVATE_KEY: generateSigningKey(),
  PWNED_PASSWORDS_URL: 'off',
  // No mail is sent in the benchmarks; production otherwise requires SMTP_URL.
  MAIL_TRANSPORT: 'file',
  LOG_LEVEL: 'silent',
  LOGIN_MAX_ATTEMPTS_PER_IP: '100000000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '100000000',
};

export interface BenchApp {
  app: NestFastifyApplication;
  runtime: RuntimeConfig;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real app as `main.ts` builds it (`createApp(runtime)`: same module, same `configureApp`),
 * on `databaseUrl`, listening on a free 127.0.0.1 port. Differences from a default start:
 * the env above, and the per-IP limit of the `@nestjs/throttler` guard on the auth controller
 * (30/min by default, a `RuntimeConfig` field, not an env variable) raised, since all load comes
 * from one IP. `extraEnv` adds variables for one script (members-list: `PLANS_FILE`).
 */
export async function startApp(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<BenchApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tenant-iam-bench-app-'));
  const config = loadConfig({ ...BENCH_ENV, ...extraEnv, DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
  const runtime: RuntimeConfig = {
    ...config,
    databaseUrl,
    jwtSecret: config.jwtSecret!,
    jwtPrivateKey: config.jwtPrivateKey!,
    embedded: false,
    authRateLimitPerMinute: 100_000_000,
  };
  const app = await createApp(runtime);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  let closed = false;
  return {
    app,
    runtime,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
