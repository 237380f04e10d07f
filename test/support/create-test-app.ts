import { Clock, ManualClock } from '@tenant-iam/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PARAMS_PROVIDER_TOKEN, Params } from 'nestjs-pino';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule, RuntimeConfig } from '../../apps/api/src/app.module';
import { AdapterOptions, configureApp, createAdapter } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/environment';
import { generateSigningKey } from '../../apps/api/src/database/embedded-database';
import { loggerOptions } from '../../apps/api/src/http/logging';
import { createTestDatabase } from './database';
import { installSecretTap, recordMailboxTokens, suiteLogDestination, TEST_LOG_LEVEL, TapHost } from './secrets';
import { SmtpSink, startSmtpSink } from './smtp-sink';

/** The access-token signing key of every test app of this Jest worker (ES256, PEM). */
export const TEST_SIGNING_KEY = generateSigningKey();

/** The whole API over HTTP on a fresh database, with a real SMTP sink and a clock the test moves. */
export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  clock: ManualClock;
  mail: SmtpSink;
  config: RuntimeConfig;
  /** The file this suite's apps log to (see `test/support/secrets`); undefined outside a Jest e2e run. */
  logFile?: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  /** Runtime settings that are not environment variables. */
  runtime?: Partial<RuntimeConfig>;
  label?: string;
  /** Embedded-mode mail: no SMTP, mails go to the mailbox folder and /dev/mailbox is mounted. */
  mailbox?: boolean;
  /** The database of another test app: this one is another replica of the same deployment. Not dropped on close. */
  databaseUrl?: string;
  /** Time limits of the HTTP server instead of the production ones (a suite that waits for them). */
  timeouts?: AdapterOptions['timeouts'];
}

/**
 * Builds the app exactly as `main.ts` does (same module, same `configureApp`), on a database of
 * its own, with mail going to a real SMTP server in the test process and `Clock` replaced by a
 * {@link ManualClock}. Only external systems are swapped.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase(options.label ?? 'app');
  const mail = await startSmtpSink();
  const dataDir = await mkdtemp(join(tmpdir(), 'tenant-iam-app-'));
  const log = suiteLogDestination();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    ...(options.mailbox ? {} : { SMTP_URL: mail.url }),
    APP_URL: 'http://app.test',
    DATA_DIR: dataDir,
    // Logged as in production (request lines at info), to the suite's log file: scanned for secrets.
    LOG_LEVEL: log ? TEST_LOG_LEVEL : 'silent',
    PWNED_PASSWORDS_URL: 'off',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    JWT_PRIVATE_KEY: TEST_SIGNING_KEY,
    // A suite that moves its clock by days must not have the sweeps fire behind its back and take
    // what it is about to count: no schedule unless a suite sets its own period.
    EXPIRY_SWEEP_INTERVAL: 'off',
    ...options.env,
  });
  const runtime: RuntimeConfig = {
    ...config,
    databaseUrl: database.url,
    jwtSecret: config.jwtSecret!,
    jwtPrivateKey: config.jwtPrivateKey!,
    embedded: options.mailbox ?? false,
    // Suites register many accounts from 127.0.0.1; the limits themselves have their own tests.
    authRateLimitPerMinute: 10_000,
    ...options.runtime,
  };
  const clock = new ManualClock(new Date());
  let builder = Test.createTestingModule({ imports: [AppModule.register(runtime)] })
    .overrideProvider(Clock)
    .useValue(clock);
  if (log) builder = builder.overrideProvider(PARAMS_PROVIDER_TOKEN).useValue(loggingTo(runtime, log.stream));
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter({ ...runtime, timeouts: options.timeouts }), {
    logger: process.env.TEST_LOG ? undefined : false,
    abortOnError: false,
    bodyParser: false,
  });
  installSecretTap(app.getHttpAdapter().getInstance() as unknown as TapHost);
  await configureApp(app, runtime);
  return {
    app,
    http: request(app.getHttpServer()),
    clock,
    mail,
    config: runtime,
    logFile: log?.file,
    close: async () => {
      await app.close();
      await mail.close();
      if (!runtime.smtpUrl) await recordMailboxTokens(join(dataDir, 'mailbox'));
      // The database is scanned for raw secrets before it is dropped (see ./database.ts).
      await database.drop();
    },
  };
}

/** The app's own logger options (levels, redaction, serializers), writing to `stream` instead of stdout. */
function loggingTo(config: RuntimeConfig, stream: { write(line: string): void }): Params {
  const params = loggerOptions(config);
  const [options] = params.pinoHttp as unknown as [object, unknown];
  return { ...params, pinoHttp: [options, stream] } as Params;
}
