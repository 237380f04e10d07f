import { RequestMethod } from '@nestjs/common';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loggerOptions } from './logging';

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
    const options = loggerOptions({ logLevel: 'info' }).pinoHttp as pino.LoggerOptions & {
      serializers: Record<string, (v: any) => unknown>;
    };
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
