import 'reflect-metadata';
import { RuntimeConfig } from './app.module';
import { createApp } from './bootstrap';
import { ConfigurationError, loadConfig } from './config/environment';
import { EmbeddedDatabase, loadLocalSecrets, startEmbeddedDatabase } from './database/embedded-database';

async function main(): Promise<void> {
  let config;
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
  const embedded = !config.databaseUrl;
  let database: EmbeddedDatabase | undefined;
  if (embedded) {
    say(`No DATABASE_URL: starting the embedded PostgreSQL under ${config.dataDir} ...`);
    database = await startEmbeddedDatabase(config.dataDir, { log: say });
  }
  // In the embedded mode the JWT secret is generated once and kept under DATA_DIR.
  const jwtSecret = config.jwtSecret ?? (await loadLocalSecrets(config.dataDir)).jwtSecret;
  const runtime: RuntimeConfig = {
    ...config,
    databaseUrl: config.databaseUrl ?? database!.url,
    jwtSecret,
    embedded: embedded && !config.smtpUrl && config.env !== 'production',
  };

  const app = await createApp(runtime);
  const stop = async (signal: string) => {
    say(`${signal}: shutting down`);
    await app.close();
    await database?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.role === 'worker') {
    say('ROLE=worker: queue consumers and scheduler running, no HTTP');
    return;
  }
  await app.listen(config.port, config.host);
  const base = `http://localhost:${config.port}`;
  say(`API:          ${base}/api/v1`);
  say(`Swagger UI:   ${base}/api/docs   (OpenAPI JSON: ${base}/api/docs-json)`);
  if (runtime.embedded) say(`Dev mailbox:  ${base}/dev/mailbox   (mails are written to ${config.dataDir}/mailbox)`);
  say(`Health:       ${base}/health/ready   Metrics: ${base}/metrics`);
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
