import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import { EmbeddedDatabase, startEmbeddedDatabase } from './embedded-database';

async function main(): Promise<void> {
  let database: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    // Try-out mode: a local PostgreSQL under .data/ (mails land in .data/mailbox unless SMTP_URL is set).
    database = await startEmbeddedDatabase(join(process.cwd(), '.data'));
    process.env.DATABASE_URL = database.url;
  }
  // After DATABASE_URL is known: the module reads its configuration when it is loaded.
  const { AppModule } = await import('./app.module.js');
  const app = await NestFactory.create(AppModule);
  const stop = async () => {
    await app.close();
    await database?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  console.log(`host app on http://localhost:${port} (POST /auth/register, /auth/login; GET /hello)`);
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
