import { assertJsonShape, assertStorableText, CodedException, CommonErrorCode } from '@tenant-iam/common';
import helmet from '@fastify/helmet';
import { MailboxReader } from '@tenant-iam/notifications';
import { HttpStatus, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, RuntimeConfig } from './app.module';
import { buildOpenApiDocument } from './openapi';
import { installRequestContext } from './http/logging';

/** Routes outside `/api/v1`: probes and metrics stay where operators expect them. */
export const UNPREFIXED = [
  { path: 'health/live', method: RequestMethod.GET },
  { path: 'health/ready', method: RequestMethod.GET },
  { path: 'metrics', method: RequestMethod.GET },
  { path: '.well-known/jwks.json', method: RequestMethod.GET },
];

/**
 * Largest request body, in bytes. The biggest body a route takes today is a few KB; with the
 * shape limits of {@link assertJsonShape} a body at this limit costs a few ms to reject.
 */
export const BODY_LIMIT = 256 * 1024;

/**
 * The Fastify adapter with the limits the API relies on. `trustedProxies` (TRUSTED_PROXIES)
 * are the only peers whose `X-Forwarded-For` is believed: `request.ip`, which the login limits
 * and sessions record, is then the client's address; with none, it is the peer's own.
 */
export function createAdapter(options: { trustedProxies?: string[] } = {}): FastifyAdapter {
  const proxies = options.trustedProxies ?? [];
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT, trustProxy: proxies.length ? proxies : false });
}

/** Builds the Nest application (not yet listening). */
export async function createApp(config: RuntimeConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), createAdapter(config), {
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
  await registerSecurityHeaders(app);
  // We own the JSON parser (Nest's is off: bodyParser false). Malformed JSON gets its own code. The default parser (with its prototype-poisoning guard) does
  // the parsing; we only give its error a stable code, which the problem filter then renders.
  // Before it, one linear scan bounds depth and value count (an unauthenticated body must not
  // buy seconds of parsing and validation, nor overflow the validator's stack); after it, one
  // walk refuses text PostgreSQL cannot store, as a field error instead of a database error.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    try {
      assertJsonShape(body as string);
    } catch (error) {
      return done(error as Error, undefined);
    }
    parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.MalformedBody), undefined);
      try {
        assertStorableText(value);
      } catch (unstorable) {
        return done(unstorable as Error, undefined);
      }
      done(null, value);
    });
  });
  // Query strings and path parameters reach the database too (cursors, ids).
  fastify.addHook('preValidation', async (request) => {
    assertStorableText(request.query);
    assertStorableText(request.params);
  });

  installRequestContext(fastify);

  if (config.embedded) {
    const mailbox = app.get(MailboxReader);
    fastify.get('/dev/mailbox', async () => ({ items: await mailbox.list() }));
  }

  const document = buildOpenApiDocument(app);
  // DOCS_ENABLED=false: neither Swagger UI nor the JSON is served (404), e.g. on a public production API.
  if (config.docsEnabled) SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  await fastify.ready();
}

/**
 * Security headers on every answer, errors included: helmet's set (nosniff, Referrer-Policy
 * `no-referrer`, HSTS, COOP/CORP) with a CSP that forbids framing (`frame-ancestors 'none'`)
 * and lets Swagger UI run, and `Cache-Control: no-store` on every answer that does not set
 * its own. The API answers with tokens (login, refresh), live links (dev mailbox) and personal
 * data; "no-store unless a route opts in" is the one rule that cannot miss such a route.
 */
async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  // The cast bridges two copies of Fastify's types (Nest's adapter pins its own minor version).
  await app.register(helmet as unknown as Parameters<NestFastifyApplication['register']>[0], {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Swagger UI (/api/docs) loads its scripts from 'self', sets inline styles and draws
        // data: images; nothing else the API serves is HTML.
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
    // The legacy twin of frame-ancestors 'none', for browsers without CSP level 2.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
