import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { MailboxReader } from '@tenant-iam/notifications';
import { HttpStatus, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, RuntimeConfig } from './app.module';
import { installRequestContext } from './http/logging';

/** Routes outside `/api/v1`: probes and metrics stay where operators expect them. */
const UNPREFIXED = [
  { path: 'health/live', method: RequestMethod.GET },
  { path: 'health/ready', method: RequestMethod.GET },
  { path: 'metrics', method: RequestMethod.GET },
];

/** The Fastify adapter with the limits the API relies on. */
export function createAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: 1024 * 1024, trustProxy: false });
}

/** Builds the Nest application (not yet listening). */
export async function createApp(config: RuntimeConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), createAdapter(), {
    bufferLogs: true,
    bodyParser: false,
  });
  await configureApp(app, config);
  return app;
}

/**
 * Everything that is not a module: prefix, OpenAPI, logger, framework-level errors, the root
 * mailbox alias. Shared by `main.ts` and the e2e tests, so tests run the app as it ships.
 */
export async function configureApp(app: NestFastifyApplication, config: RuntimeConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', { exclude: UNPREFIXED });

  const fastify = app.getHttpAdapter().getInstance();
  // We own the JSON parser (Nest's is off: bodyParser false). Malformed JSON gets its own code. The default parser (with its prototype-poisoning guard) does
  // the parsing; we only give its error a stable code, which the problem filter then renders.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error: Error | null, value?: unknown) =>
      error ? done(new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.MalformedBody), undefined) : done(null, value),
    );
  });

  installRequestContext(fastify);

  if (config.embedded) {
    const mailbox = app.get(MailboxReader);
    fastify.get('/dev/mailbox', async () => ({ items: await mailbox.list() }));
  }

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tenant-aware identity and access API')
      .setDescription(
        'Identity, tenancy and permissions for B2B SaaS. Errors are RFC 9457 `application/problem+json` with a stable `code`; messages follow `Accept-Language` (en, pl, uk).',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  // DOCS_ENABLED=false: neither Swagger UI nor the JSON is served (404), e.g. on a public production API.
  if (config.docsEnabled) SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  await fastify.ready();
}
