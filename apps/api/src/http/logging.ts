import { RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params, PinoLogger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { AppConfig } from '../config/environment';

/** Anything that can carry a secret is redacted from logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body.password',
  'req.body.currentPassword',
  'req.body.token',
  'req.body.refreshToken',
  '*.password',
  '*.currentPassword',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
];

/** The request id header, read from the caller (a proxy, another service) and always answered. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming request id is kept only when it is short and plain (it lands in logs and headers). */
const REQUEST_ID = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/** The caller's `X-Request-Id` when it is well-formed, else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}

// Nest's request logger (pino-http) sees the raw Node request; the route template and the user
// live on Fastify's request, which the hook below hangs on the raw one.
const FASTIFY_REQUEST = Symbol('fastifyRequest');
/** What the log line needs of Fastify's request (the app's and the tests' Fastify types differ). */
interface FastifyRequest {
  id: string;
  raw: IncomingMessage;
  routeOptions?: { url?: string };
  user?: { userId?: string; sessionId?: string };
}
type RawRequest = IncomingMessage & { id?: string; ip?: string; [FASTIFY_REQUEST]?: FastifyRequest };

interface FastifyReply {
  raw: ServerResponse;
  statusCode: number;
  elapsedTime: number;
  header(name: string, value: string): unknown;
}

/** The Fastify instance methods {@link installRequestContext} uses. */
export interface RequestContextHost {
  setGenReqId(generate: (req: IncomingMessage) => string): unknown;
  addHook(name: 'onRequest' | 'onResponse', hook: (request: FastifyRequest, reply: FastifyReply, done: () => void) => void): unknown;
}

/**
 * Request ids and the one log line per request:
 * - Fastify's `request.id` (which Nest's request logger reuses) comes from {@link requestIdFrom},
 *   and every answer carries it in `X-Request-Id`, whatever the log level;
 * - each finished request is logged here rather than by pino-http, because only Fastify knows the
 *   route template and the user, and Nest's middleware (pino-http) never sees unrouted requests
 *   (404s).
 * Call before the app is ready.
 */
export function installRequestContext(fastify: RequestContextHost): void {
  fastify.setGenReqId((req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]));
  fastify.addHook('onRequest', (request, reply, done) => {
    (request.raw as RawRequest)[FASTIFY_REQUEST] = request;
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const logger = PinoLogger.root;
    const level = reply.statusCode >= 500 ? 'error' : reply.statusCode >= 400 ? 'warn' : 'info';
    // Checked first: when the level is off, nothing is serialised.
    if (logger?.isLevelEnabled(level)) {
      logger[level](
        { req: request.raw, res: reply.raw, responseTime: Math.round(reply.elapsedTime), ...requestContext(request.raw as RawRequest) },
        'request completed',
      );
    }
    done();
  });
}

/** Route template, user and session of a request, for its log line. */
function requestContext(raw: RawRequest): Record<string, string> {
  const request = raw[FASTIFY_REQUEST];
  if (!request) return {};
  const user = request.user;
  const context: Record<string, string> = {};
  // The template, not the URL: ids and tokens in paths stay out, and lines group by route.
  if (request.routeOptions?.url) context.route = request.routeOptions.url;
  if (user?.userId) context.userId = user.userId;
  if (user?.sessionId) context.sessionId = user.sessionId;
  return context;
}

/** A path parameter whose value is a secret (an invitation link's `:token`). */
const SECRET_PARAM = /^:\w*(token|key|secret|password)\w*$/i;
/**
 * A segment shaped like a random secret (a link token, an API key: 32+ base64url characters) that is
 * not a uuid. Redacted wherever no route template says what the segment is: a line logged before
 * routing (the request's child logger binds the path when the request starts), a 404 for a
 * mistyped link (`/invitations/<token>/`).
 */
const SECRET_SHAPED = /^[A-Za-z0-9_-]{32,}$/;
const UUID_SHAPED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const redactShaped = (path: string): string =>
  path
    .split('/')
    .map((segment) => (SECRET_SHAPED.test(segment) && !UUID_SHAPED.test(segment) ? '[redacted]' : segment))
    .join('/');

/**
 * The path of a request as logged: no query string (link tokens), and the value of a secret path
 * parameter replaced by `[redacted]` (`GET /api/v1/invitations/:token` is how a link is previewed).
 */
function loggedPath(url: string, raw?: { [FASTIFY_REQUEST]?: { routeOptions?: { url?: string } } }): string {
  const path = url.split('?')[0];
  const template = raw?.[FASTIFY_REQUEST]?.routeOptions?.url;
  if (!template) return redactShaped(path);
  const names = template.split('/');
  if (!names.some((name) => SECRET_PARAM.test(name))) return path;
  const segments = path.split('/');
  // A template that does not line up with the path (a wildcard): the template, which holds no value.
  if (names.length !== segments.length) return template;
  return segments.map((segment, i) => (SECRET_PARAM.test(names[i]) ? '[redacted]' : segment)).join('/');
}

/** Nest's start-up chatter (one line per module and per route) is debug, so the banner stays visible. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Headers worth a log line; only the ones the request has (a missing one is not "[redacted]"). */
const LOGGED_HEADERS = ['user-agent', 'authorization', 'x-api-key'];

/** nestjs-pino options: JSON logs, request ids, secrets redacted, query strings (which carry link tokens) dropped. */
export function loggerOptions(config: Pick<AppConfig, 'logLevel'>): Params {
  const options: pino.LoggerOptions & Record<string, unknown> = {
    level: config.logLevel,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method, level) {
        const first = args[0] as unknown;
        if (level === 30 && typeof first === 'object' && first && START_UP_CONTEXTS.has((first as { context?: string }).context ?? '')) {
          return this.debug(...(args as [object, string]));
        }
        return method.apply(this, args);
      },
    },
    // Fastify's request.id (see installRequestContext) reaches the raw request as req.id.
    genReqId: (req: RawRequest) => req.id ?? requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    // installRequestContext writes the request lines; pino-http only binds the per-request logger.
    autoLogging: false,
    serializers: {
      req: (req: { id: string; method: string; url: string; headers: Record<string, unknown>; raw?: RawRequest }) => {
        const raw = req.raw;
        const headers: Record<string, unknown> = {};
        for (const name of LOGGED_HEADERS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
        return {
          id: req.id,
          method: req.method,
          url: loggedPath(req.url, raw),
          // Fastify's request.ip: the socket peer, or the client named by a trusted proxy.
          remoteAddress: raw?.ip ?? raw?.socket?.remoteAddress,
          headers,
        };
      },
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return {
    // Nest 11 route syntax; nestjs-pino's default '*' triggers a legacy-route warning at boot.
    // When silent, no request logger at all: pino-http serialises and redacts every request into
    // a child logger up front, whatever the level (~0.3 ms per request, bench/README.md).
    forRoutes: config.logLevel === 'silent' ? [] : [{ path: '{*path}', method: RequestMethod.ALL }],
    // Synchronous writes: log lines and the start banner (console.log) come out in order, and
    // nothing buffered is lost when the process exits.
    pinoHttp: [options, pino.destination({ dest: 1, sync: true })],
  };
}
