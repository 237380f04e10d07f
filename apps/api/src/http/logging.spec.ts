import { RequestMethod } from '@nestjs/common';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loggerOptions, requestIdFrom } from './logging';

const pinoOptions = () =>
  (loggerOptions({ logLevel: 'info' }).pinoHttp as [pino.LoggerOptions & { serializers: Record<string, (v: any) => unknown> }])[0];

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('request logging', () => {
  it('redacts passwords, tokens, Authorization and X-Api-Key, and drops query strings', () => {
    const options = pinoOptions();
    const { lines, stream } = capture();
    const logger = pino({ level: 'info', redact: options.redact }, stream);
    const req = options.serializers.req({
      id: 'r1',
      method: 'POST',
      url: '/api/v1/auth/password/reset?token=secret-link-token',
      headers: { authorization: 'Bearer eyJ.secret.jwt', 'x-api-key': 'key_secret', 'user-agent': 'curl' },
    });
    logger.info({ req, body: { password: 'hunter2-hunter2', token: 'secret-link-token', refreshToken: 'rt-secret' } }, 'request');
    const line = lines.join('');
    for (const secret of ['eyJ.secret.jwt', 'key_secret', 'hunter2-hunter2', 'secret-link-token', 'rt-secret'])
      expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      req: { url: '/api/v1/auth/password/reset', headers: { authorization: '[redacted]', 'user-agent': 'curl' } },
    });
  });

  it('binds the request logger to every route, except when the level is silent', () => {
    expect(loggerOptions({ logLevel: 'info' }).forRoutes).toEqual([{ path: '{*path}', method: RequestMethod.ALL }]);
    expect(loggerOptions({ logLevel: 'silent' }).forRoutes).toEqual([]);
  });
});

describe('request ids', () => {
  it('keeps a short, plain X-Request-Id and replaces anything else with a UUID', () => {
    expect(requestIdFrom('4bf92f3577b34da6a3ce929d0e0e4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(requestIdFrom('trace-1.a:b/c')).toBe('trace-1.a:b/c');
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [undefined, '', 'a b', 'x'.repeat(129), 'line\nbreak', '<script>', 'é']) expect(requestIdFrom(bad)).toMatch(uuid);
  });
});

describe('request log serializer', () => {
  it('logs only the headers the request had, the client address, and ISO times', () => {
    const options = pinoOptions();
    const { lines, stream } = capture();
    const logger = pino({ level: 'info', redact: options.redact, timestamp: options.timestamp }, stream);
    const req = options.serializers.req({
      id: 'r2',
      method: 'GET',
      url: '/health/live',
      headers: { 'user-agent': 'curl' },
      raw: { ip: '203.0.113.9' },
    });
    logger.info({ req }, 'request completed');
    const line = JSON.parse(lines.join(''));
    expect(line.req).toEqual({
      id: 'r2',
      method: 'GET',
      url: '/health/live',
      remoteAddress: '203.0.113.9',
      headers: { 'user-agent': 'curl' },
    });
    expect(lines.join('')).not.toContain('[redacted]');
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
