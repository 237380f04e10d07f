/**
 * The contract snapshot: `docs/openapi.json` (the OpenAPI document of the app) and
 * `test/support/api-client/schema.d.ts` (the typed client's types, generated from it).
 *
 *   npm run openapi:snapshot          regenerate both on purpose, after a contract change
 *   npm run lint:openapi              (--check) fail when either is stale, then redocly lint
 *
 * The document is built without a database: the app module is created in Nest's preview mode
 * (providers are not instantiated, so nothing connects), which is all the document needs: the
 * controllers' metadata. `contract-snapshot.e2e-spec.ts` compares the snapshot with the live
 * document of the real app, so this shortcut cannot drift from what the app serves.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppModule, RuntimeConfig } from '../../../apps/api/src/app.module';
import { createAdapter, UNPREFIXED } from '../../../apps/api/src/bootstrap';
import { loadConfig } from '../../../apps/api/src/config/environment';
import { buildOpenApiDocument } from '../../../apps/api/src/openapi';

const ROOT = join(__dirname, '..', '..', '..');
export const SNAPSHOT_FILE = join(ROOT, 'docs', 'openapi.json');
export const CLIENT_SCHEMA_FILE = join(__dirname, 'schema.d.ts');

/**
 * The document of the app as the embedded mode serves it (dev mailbox included), built from an
 * application in preview mode. The URL below is never connected to.
 */
export async function generateDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://preview@127.0.0.1:9/never-connected',
    JWT_SECRET: 'preview-mode-never-signs-anything-0123456789',
    LOG_LEVEL: 'silent',
    PWNED_PASSWORDS_URL: 'off',
  });
  const runtime: RuntimeConfig = {
    ...config,
    databaseUrl: config.databaseUrl!,
    jwtSecret: config.jwtSecret!,
    // Never used: preview mode builds no provider.
    jwtPrivateKey: '',
    embedded: true,
  };
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(runtime), createAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
    bodyParser: false,
  });
  try {
    // The same prefix as configureApp (which preview mode cannot run: it initialises the app).
    app.setGlobalPrefix('api/v1', { exclude: UNPREFIXED });
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** `docs/openapi.json` as committed: JSON, formatted by the repository's Prettier settings. */
export async function renderSnapshot(document: unknown): Promise<string> {
  return formatted(JSON.stringify(document), SNAPSHOT_FILE);
}

/** `schema.d.ts`: the `paths`, `components` and `operations` types of `openapi-typescript`. */
export async function renderClientSchema(document: unknown): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const banner = '// Generated from docs/openapi.json by `npm run openapi:snapshot`. Do not edit.\n';
  return formatted(banner + astToString(ast), CLIENT_SCHEMA_FILE);
}

async function formatted(source: string, filepath: string): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(source, { ...options, filepath });
}

async function main(check: boolean): Promise<void> {
  const document = await generateDocument();
  const files: [string, string][] = [
    [SNAPSHOT_FILE, await renderSnapshot(document)],
    [CLIENT_SCHEMA_FILE, await renderClientSchema(document)],
  ];
  const stale: string[] = [];
  for (const [file, content] of files) {
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === content) continue;
    if (check) stale.push(file.slice(ROOT.length + 1));
    else await writeFile(file, content);
  }
  if (stale.length) {
    console.error(`The contract snapshot is stale: ${stale.join(', ')}. Run \`npm run openapi:snapshot\` and commit the result.`);
    process.exit(1);
  }
  console.log(check ? 'Contract snapshot is current.' : `Wrote ${files.map(([file]) => file.slice(ROOT.length + 1)).join(', ')}.`);
}

if (require.main === module) {
  main(process.argv.includes('--check')).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
