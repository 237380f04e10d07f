import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { RuntimeConfig } from './app.module';
import { createApp } from './bootstrap';
import { AppConfig, ConfigurationError, loadConfig } from './config/environment';
import { checkDatabase } from './database/check-database';
import { EmbeddedDatabase, loadLocalSecrets, startEmbeddedDatabase } from './database/embedded-database';

// Failures are one JSON line in the app's log format (pino, ISO time), written synchronously so
// they are out before process.exit.
const fatalLog = pino({ timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 2, sync: true }));

/** How long a shutdown may take before the process exits anyway (a hung connection, a stuck job). */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const say = (message: string) => config.logLevel !== 'silent' && console.log(message);

  // Signals are handled from the first moment, so a TERM during the start (migrations, the
  // embedded server starting) still stops PostgreSQL.
  let app: NestFastifyApplication | undefined;
  let database: EmbeddedDatabase | undefined;
  let stopping = false;
  // The start step in progress: a stop waits for it, so what it started is stopped too. (main's
  // own await on the same promise runs first and assigns `database` / `app`.)
  let phase: Promise<unknown> = Promise.resolve();
  const step = <T>(promise: Promise<T>): Promise<T> => ((phase = promise), promise);
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    setTimeout(() => {
      fatalLog.fatal({ signal }, `shutdown did not finish within ${SHUTDOWN_GRACE_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await phase.catch(() => undefined);
    await app?.close().catch((error: unknown) => fatalLog.error({ err: error }, 'closing the app failed'));
    await database?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const embedded = !config.databaseUrl;
  if (embedded) {
    say(`No DATABASE_URL: starting the embedded PostgreSQL under ${config.dataDir} ...`);
    database = await step(startEmbeddedDatabase(config.dataDir, { log: say }));
    if (stopping) return;
  } else {
    // TypeORM would retry for ~25 s and print a stack per attempt; one short probe says it at once.
    await checkDatabase(config.databaseUrl!);
  }
  // Outside production, secrets not given are generated once and kept under DATA_DIR.
  const local = config.jwtSecret && config.jwtPrivateKey ? undefined : await loadLocalSecrets(config.dataDir);
  const runtime: RuntimeConfig = {
    ...config,
    databaseUrl: config.databaseUrl ?? database!.url,
    jwtSecret: config.jwtSecret ?? local!.jwtSecret,
    jwtPrivateKey: config.jwtPrivateKey ?? local!.jwtPrivateKey,
    embedded: embedded && !config.smtpUrl && config.env !== 'production',
  };

  try {
    app = await step(createApp(runtime));
    if (stopping) return;
    if (config.role === 'worker') {
      say('ROLE=worker: queue consumers and scheduler running, no HTTP');
      return;
    }
    await app.listen(config.port, config.host);
  } catch (error) {
    // Do not leave the embedded server behind a failed start (migrations, a boot check, a busy port).
    await app?.close().catch(() => undefined);
    await database?.stop();
    throw error;
  }
  // Last, so it does not scroll away, and from the address actually bound (PORT=0, HOST).
  for (const line of banner(app.getHttpServer().address() as AddressInfo, runtime)) say(line);
}

/** The start banner: where the API, its docs, the dev mailbox and the probes are. */
function banner(address: AddressInfo, config: RuntimeConfig): string[] {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  // A wildcard address is not a URL one can open; loopback reaches it from this machine.
  const base = `http://${wildcard ? '127.0.0.1' : host}:${address.port}`;
  const loopback = address.address.startsWith('127.') || address.address === '::1';
  const reach = wildcard ? ' (all interfaces)' : loopback ? ' (this machine only; set HOST to change)' : '';
  const lines = [`Listening on ${host}:${address.port}${reach}`];
  lines.push(`API:          ${base}/api/v1`);
  if (config.docsEnabled) lines.push(`Swagger UI:   ${base}/api/docs   (OpenAPI JSON: ${base}/api/docs-json)`);
  if (config.embedded) lines.push(`Dev mailbox:  ${base}/dev/mailbox   (mails are written to ${config.dataDir}/mailbox)`);
  if (config.embedded && !loopback) {
    // The mailbox lists live reset links: whoever reaches it can take over any account.
    lines.push('WARNING: the dev mailbox, with live reset links, is reachable from the network: set HOST=127.0.0.1 or SMTP_URL');
  }
  lines.push(`Health:       ${base}/health/ready   Metrics: ${base}/metrics${config.metricsToken ? ' (Bearer METRICS_TOKEN)' : ''}`);
  lines.push(`Links in mails start with APP_URL=${config.appUrl}`);
  return lines;
}

main().catch((error: unknown) => {
  // Never "undefined": a value that is not an Error is named for what it is.
  const message = error instanceof Error ? error.message : `non-error value thrown: ${String(error)}`;
  const fields = error instanceof Error && 'fields' in error ? (error as { fields: object }).fields : {};
  fatalLog.fatal(fields, `Failed to start: ${message}`);
  process.exit(1);
});
