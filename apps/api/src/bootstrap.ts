import {
  assertJsonShape,
  assertStorableText,
  CodedException,
  COMMON_MESSAGES,
  CommonErrorCode,
  MessageCatalog,
  ProblemDetailsFilter,
} from '@tenant-iam/common';
import { MailboxReader } from '@tenant-iam/notifications';
import { ArgumentsHost, HttpStatus, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import helmet, { HelmetOptions } from 'helmet';
import { Logger } from 'nestjs-pino';
import { IncomingMessage, ServerResponse, STATUS_CODES } from 'node:http';
import { Duplex } from 'node:stream';
import { AppModule, RuntimeConfig } from './app.module';
import { buildOpenApiDocument } from './openapi';
import { installRequestContext } from './http/logging';

/** Strict UTF-8 (a byte sequence that is not UTF-8 throws); a byte order mark stays in the text, as before. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
 * How long a request may take to arrive, head and body, in ms. Fastify turns Node's limit off
 * (0), which leaves a body trickled a byte at a time holding its connection for ever; the head
 * alone has Node's own limit. {@link REQUEST_HEADERS_TIMEOUT} must not exceed it: Node then
 * checks neither.
 */
export const REQUEST_TIMEOUT = 30_000;
/** How long the request line and headers may take to arrive, in ms (Node's default is 60 s). */
export const REQUEST_HEADERS_TIMEOUT = 20_000;

/** Options of {@link createAdapter}. */
export interface AdapterOptions {
  /** TRUSTED_PROXIES: the peers whose `X-Forwarded-For` is believed. */
  trustedProxies?: string[];
  /** Overrides of the time limits (tests): a request's, its head's, and how often Node checks them. */
  timeouts?: { request: number; headers: number; checkEvery?: number };
}

/**
 * The Fastify adapter with the limits the API relies on. `trustedProxies` (TRUSTED_PROXIES)
 * are the only peers whose `X-Forwarded-For` is believed: `request.ip`, which the login limits
 * and sessions record, is then the client's address; with none, it is the peer's own.
 */
export function createAdapter(options: AdapterOptions = {}): FastifyAdapter {
  const proxies = options.trustedProxies ?? [];
  const timeouts = options.timeouts ?? { request: REQUEST_TIMEOUT, headers: REQUEST_HEADERS_TIMEOUT };
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: proxies.length ? proxies : false,
    requestTimeout: timeouts.request,
    // Handed to `http.createServer`.
    http: {
      headersTimeout: timeouts.headers,
      ...(timeouts.checkEvery ? { connectionsCheckingInterval: timeouts.checkEvery } : {}),
    },
    frameworkErrors: renderRouterError,
    clientErrorHandler: renderClientError,
  });
}

/**
 * What Node's HTTP parser refuses before there is a request (a head over its 16 KiB limit, bytes
 * that are not HTTP, a request that did not arrive in time): Fastify wrote its own JSON, or
 * nothing. A problem like any other answer, in English (the headers were not read), and the
 * connection is closed as Node does.
 */
function renderClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // 431 Request Header Fields Too Large: Nest's HttpStatus has no name for it.
  const [status, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431 as HttpStatus, CommonErrorCode.RequestHeadersTooLarge]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [HttpStatus.REQUEST_TIMEOUT, CommonErrorCode.RequestTimeout]
        : [HttpStatus.BAD_REQUEST, CommonErrorCode.BadRequest];
  const { problem } = routerErrors.toProblem(new CodedException(status, code), 'en');
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Language: en\r\n` +
        `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** The answers of Fastify's router: `BAD_REQUEST` only, a common code, so the common messages suffice. */
const routerErrors = new ProblemDetailsFilter(new MessageCatalog(COMMON_MESSAGES));

/**
 * A path the router cannot read (percent-encoding that is not UTF-8, such as `%zz` or a lone
 * surrogate's `%ED%A0%80`, or a segment longer than Fastify's 100-character parameter limit) is
 * refused before any route or Nest filter exists for it, with Fastify's own JSON. It is a
 * 400 `BAD_REQUEST` problem like any other, in the caller's language.
 */
function renderRouterError(_error: Error, request: unknown, reply: unknown): void {
  // Fastify answers these before routing, so no hook runs (helmet's, the request id's, no-store): the essentials by hand.
  interface Headers {
    header(name: string, value: string): Headers;
  }
  (reply as Headers)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ArgumentsHost;
  routerErrors.catch(new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.BadRequest), host);
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
  registerSecurityHeaders(app);
  // We own the JSON parser (Nest's is off: bodyParser false). Malformed JSON gets its own code. The default parser (with its prototype-poisoning guard) does
  // the parsing; we only give its error a stable code, which the problem filter then renders.
  // Before it, one linear scan bounds depth and value count (an unauthenticated body must not
  // buy seconds of parsing and validation, nor overflow the validator's stack); after it, one
  // walk refuses text PostgreSQL cannot store, as a field error instead of a database error.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  // Bytes, decoded here: JSON is UTF-8, and bytes that are not (a Latin-1 "é") are a malformed
  // body. Read as a string, Fastify decoded them to U+FFFD and then refused the body as shorter
  // than its Content-Length, with a bare 400 BAD_REQUEST.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, bytes, done) => {
    let body: string;
    try {
      body = UTF8.decode(bytes as Buffer);
      assertJsonShape(body);
    } catch (error) {
      return done(
        error instanceof CodedException ? error : new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.MalformedBody),
        undefined,
      );
    }
    parseJson(request, body, (error: Error | null, value?: unknown) => {
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
 * helmet's options: its set (nosniff, Referrer-Policy `no-referrer`, HSTS, COOP/CORP) with a CSP
 * that forbids framing (`frame-ancestors 'none'`) and lets Swagger UI run.
 */
const HELMET_OPTIONS: HelmetOptions = {
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
};

/**
 * The headers helmet sets with `options`, computed once by running its middleware on a recording
 * response. They hold nothing per request (no CSP nonce), and `@fastify/helmet` rebuilt the whole
 * middleware, options parsing and CSP string included, on every request: a few per cent of a
 * short request's CPU in `bench:metered-call`.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/**
 * Security headers on every answer, errors included: {@link securityHeaders}, and
 * `Cache-Control: no-store` unless the route sets its own (it replaces this default). The API
 * answers with tokens (login, refresh), live links (dev mailbox) and personal data; "no-store
 * unless a route opts in" is the one rule that cannot miss such a route.
 */
function registerSecurityHeaders(app: NestFastifyApplication): void {
  const headers = { ...securityHeaders(), 'cache-control': 'no-store' };
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
}
