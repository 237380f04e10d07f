import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
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

/** nestjs-pino options: JSON logs, request ids, secrets redacted, query strings (which carry link tokens) dropped. */
export function loggerOptions(config: Pick<AppConfig, 'logLevel'>): Params {
  return {
    // Nest 11 route syntax; nestjs-pino's default '*' triggers a legacy-route warning at boot.
    // When silent, no request logger at all: pino-http serialises and redacts every request into
    // a child logger up front, whatever the level (~0.3 ms per request, bench/README.md).
    forRoutes: config.logLevel === 'silent' ? [] : [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      genReqId: (req) => (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) ?? randomUUID(),
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, unknown> }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
          headers: {
            'user-agent': req.headers['user-agent'],
            authorization: req.headers.authorization,
            'x-api-key': req.headers['x-api-key'],
          },
        }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    },
  };
}
