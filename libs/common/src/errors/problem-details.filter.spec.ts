import {
  ArgumentsHost,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { MessageCatalog } from '../i18n/messages';
import { CodedException } from './coded.exception';
import { COMMON_MESSAGES } from './common.messages';
import { ProblemDetailsFilter } from './problem-details.filter';

const FEATURE_MESSAGES = {
  en: { SEAT_LIMIT_REACHED: 'The limit of {limit} seats is reached.', 'field.PASSWORD_TOO_SHORT': 'Use at least {min} characters.' },
  pl: { SEAT_LIMIT_REACHED: 'Osiągnięto limit {limit} miejsc.', 'field.PASSWORD_TOO_SHORT': 'Użyj co najmniej {min} znaków.' },
  uk: { SEAT_LIMIT_REACHED: 'Досягнуто ліміту {limit} місць.', 'field.PASSWORD_TOO_SHORT': 'Використайте щонайменше {min} символів.' },
};

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter(new MessageCatalog(COMMON_MESSAGES, FEATURE_MESSAGES));
  let logError: jest.SpyInstance;

  beforeEach(() => {
    logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  describe('a CodedException', () => {
    it('keeps its status and code and translates its message with the params', () => {
      const { problem, headers } = filter.toProblem(new CodedException(HttpStatus.CONFLICT, 'SEAT_LIMIT_REACHED', { limit: 5 }), 'pl');
      expect(problem).toEqual({
        type: 'urn:problem:seat-limit-reached',
        title: 'Osiągnięto limit 5 miejsc.',
        status: 409,
        detail: 'Osiągnięto limit 5 miejsc.',
        code: 'SEAT_LIMIT_REACHED',
      });
      expect(headers).toEqual({});
      expect(logError).not.toHaveBeenCalled();
    });

    it('translates field errors from field.<CODE> keys, keeping params and dropping the fallback', () => {
      const exception = new CodedException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', undefined, [
        { field: 'password', code: 'PASSWORD_TOO_SHORT', params: { min: 12, fallback: 'password must be longer' } },
        { field: 'email', code: 'IS_EMAIL', params: { fallback: 'email must be an email' } },
      ]);
      const { problem } = filter.toProblem(exception, 'uk');
      expect(problem.status).toBe(400);
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.title).toBe('Запит недійсний.');
      expect(problem.errors).toEqual([
        { field: 'password', code: 'PASSWORD_TOO_SHORT', params: { min: 12 }, message: 'Використайте щонайменше 12 символів.' },
        { field: 'email', code: 'IS_EMAIL', message: 'Введіть коректну адресу електронної пошти.' },
      ]);
    });

    it('uses the fallback param for a field code without a translation, else the code itself', () => {
      const exception = new CodedException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', undefined, [
        { field: 'website', code: 'IS_URL', params: { fallback: 'website must be a URL address' } },
        { field: 'seats', code: 'SEAT_LIMIT_REACHED', params: { limit: 3 } },
        { field: 'color', code: 'IS_HEX_COLOR' },
      ]);
      const { problem } = filter.toProblem(exception, 'pl');
      expect(problem.errors).toEqual([
        { field: 'website', code: 'IS_URL', message: 'website must be a URL address' },
        { field: 'seats', code: 'SEAT_LIMIT_REACHED', params: { limit: 3 }, message: 'Osiągnięto limit 3 miejsc.' },
        { field: 'color', code: 'IS_HEX_COLOR', message: 'IS_HEX_COLOR' },
      ]);
    });

    it('renders no errors[] when there are none', () => {
      const { problem } = filter.toProblem(new CodedException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', undefined, []), 'en');
      expect(problem).not.toHaveProperty('errors');
    });

    it('passes its headers through, e.g. retry-after', () => {
      const exception = new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', { retryAfter: 30 }, undefined, {
        'retry-after': '30',
      });
      const { problem, headers } = filter.toProblem(exception, 'en');
      expect(headers).toEqual({ 'retry-after': '30' });
      expect(problem.status).toBe(429);
      expect(problem.title).toBe('Too many requests. Try again in 30 s.');
    });

    it('derives retry-after from the retryAfter param of a 429 without headers', () => {
      const { headers } = filter.toProblem(new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', { retryAfter: 7 }), 'en');
      expect(headers).toEqual({ 'retry-after': '7' });
    });

    it('does not override a Retry-After header given in another case', () => {
      const exception = new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', { retryAfter: 7 }, undefined, {
        'Retry-After': '9',
      });
      expect(filter.toProblem(exception, 'en').headers).toEqual({ 'Retry-After': '9' });
    });
  });

  describe('a plain HttpException', () => {
    it.each([
      [new NotFoundException(), 404, 'NOT_FOUND', 'Not found.'],
      [new UnauthorizedException('jwt malformed'), 401, 'UNAUTHORIZED', 'Authentication is required.'],
      [new ForbiddenException(), 403, 'FORBIDDEN', 'You are not allowed to do this.'],
      [new HttpException('Method Not Allowed', 405), 405, 'METHOD_NOT_ALLOWED', 'This method is not allowed here.'],
    ])('maps %s to a common code', (exception, status, code, title) => {
      const { problem, headers } = filter.toProblem(exception, 'en');
      expect(problem).toEqual({ type: `urn:problem:${code.toLowerCase().replace(/_/g, '-')}`, title, status, detail: title, code });
      expect(headers).toEqual({});
    });

    it('maps a 429 to TOO_MANY_REQUESTS', () => {
      const { problem } = filter.toProblem(new HttpException('ThrottlerException: Too Many Requests', 429), 'en');
      expect(problem.status).toBe(429);
      expect(problem.code).toBe('TOO_MANY_REQUESTS');
      expect(problem.type).toBe('urn:problem:too-many-requests');
      expect(problem.title).not.toContain('ThrottlerException');
    });

    it('translates the common code into the caller language', () => {
      expect(filter.toProblem(new NotFoundException(), 'pl').problem.title).toBe('Nie znaleziono.');
      expect(filter.toProblem(new UnauthorizedException(), 'uk').problem.title).toBe('Потрібна автентифікація.');
    });

    it('never echoes the exception message', () => {
      const { problem } = filter.toProblem(new NotFoundException('User 42 not found in tenant acme'), 'en');
      expect(JSON.stringify(problem)).not.toContain('acme');
    });

    it('maps an unlisted 4xx to BAD_REQUEST and an unlisted 5xx to INTERNAL (logged)', () => {
      expect(filter.toProblem(new HttpException('teapot', 418), 'en').problem).toMatchObject({ status: 418, code: 'BAD_REQUEST' });
      expect(logError).not.toHaveBeenCalled();
      expect(filter.toProblem(new HttpException('upstream', 502), 'en').problem).toMatchObject({ status: 502, code: 'INTERNAL' });
      expect(logError).toHaveBeenCalledWith('upstream', expect.any(String));
    });
  });

  describe('a long errors[]', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ field: `k${i}`, code: 'UNKNOWN_FIELD' }));

    it('shows the first 20 and counts them all in errorsTotal', () => {
      const { problem } = filter.toProblem(new CodedException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', undefined, many(500)), 'en');
      expect(problem.errors).toHaveLength(20);
      expect(problem.errors?.[19].field).toBe('k19');
      expect(problem.errorsTotal).toBe(500);
    });

    it('takes the count from the validation factory, which already cut the list', () => {
      const exception = new CodedException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', { errorsTotal: 999 }, many(20));
      expect(filter.toProblem(exception, 'en').problem).toMatchObject({ errorsTotal: 999, title: 'The request is not valid.' });
    });

    it('has no errorsTotal when everything is shown', () => {
      const { problem } = filter.toProblem(new CodedException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', undefined, many(20)), 'en');
      expect(problem).not.toHaveProperty('errorsTotal');
    });
  });

  describe('a database data exception (SQLSTATE class 22)', () => {
    const driverError = (code: string) =>
      Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code, severity: 'ERROR' });
    // TypeORM's QueryFailedError keeps the driver error and copies its fields.
    const queryFailed = (code: string) =>
      Object.assign(new Error('invalid input syntax for type uuid: "x" in SELECT * FROM users'), {
        name: 'QueryFailedError',
        query: 'SELECT * FROM users WHERE id = $1',
        driverError: driverError(code),
      });

    it.each(['22021', '22P02', '22003', '22001'])('%s is 400 INVALID_VALUE, logged as a warning, without SQL', (code) => {
      const logWarn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      for (const error of [queryFailed(code), driverError(code)]) {
        const { problem } = filter.toProblem(error, 'pl');
        expect(problem).toEqual({
          type: 'urn:problem:invalid-value',
          title: 'Nie można zapisać jednej z wartości żądania.',
          status: 400,
          detail: 'Nie można zapisać jednej z wartości żądania.',
          code: 'INVALID_VALUE',
        });
      }
      expect(logWarn).toHaveBeenCalledWith(expect.stringContaining(code));
      expect(logError).not.toHaveBeenCalled();
    });

    it('other SQLSTATEs and node error codes stay 500', () => {
      expect(filter.toProblem(queryFailed('23505'), 'en').problem.status).toBe(500);
      expect(filter.toProblem(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), 'en').problem.status).toBe(500);
      expect(filter.toProblem(Object.assign(new Error('x'), { code: 22021 }), 'en').problem.status).toBe(500);
    });
  });

  describe('anything else', () => {
    it('becomes 500 INTERNAL with nothing of the original message, which is logged instead', () => {
      const error = new Error('SELECT * FROM users WHERE email = $1 at foo.ts:12');
      const { problem, headers } = filter.toProblem(error, 'en');
      expect(problem).toEqual({
        type: 'urn:problem:internal',
        title: 'Something went wrong on our side.',
        status: 500,
        detail: 'Something went wrong on our side.',
        code: 'INTERNAL',
      });
      expect(headers).toEqual({});
      for (const fragment of ['SELECT', 'users', 'foo.ts', ':12']) expect(JSON.stringify(problem)).not.toContain(fragment);
      expect(logError).toHaveBeenCalledWith(error.message, error.stack);
    });

    it('handles a thrown non-Error', () => {
      const { problem } = filter.toProblem('boom: secret', 'uk');
      expect(problem).toMatchObject({ status: 500, code: 'INTERNAL', title: 'Щось пішло не так на нашому боці.' });
      expect(logError).toHaveBeenCalledWith('boom: secret', undefined);
    });
  });

  describe('catch', () => {
    it('replies problem+json in the negotiated language, with headers and the path as instance', () => {
      const reply = { header: jest.fn(), status: jest.fn(), send: jest.fn() };
      reply.header.mockReturnValue(reply);
      reply.status.mockReturnValue(reply);
      const request = { headers: { 'accept-language': 'uk-UA,uk;q=0.9' }, url: '/v1/seats?token=secret' };
      const host = {
        switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
      } as unknown as ArgumentsHost;

      const exception = new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', { retryAfter: 5 }, undefined, {
        'retry-after': '5',
      });
      filter.catch(exception, host);

      expect(reply.header).toHaveBeenCalledWith('retry-after', '5');
      expect(reply.header).toHaveBeenCalledWith('content-type', 'application/problem+json; charset=utf-8');
      expect(reply.header).toHaveBeenCalledWith('content-language', 'uk');
      expect(reply.status).toHaveBeenCalledWith(429);
      expect(reply.send).toHaveBeenCalledWith(
        expect.objectContaining({
          code: 'TOO_MANY_REQUESTS',
          instance: '/v1/seats',
          title: 'Забагато запитів. Спробуйте знову через 5 с.',
        }),
      );
    });
  });
});

describe('ProblemDetailsFilter 429 without a known delay', () => {
  it('never shows a raw placeholder', () => {
    const filter = new ProblemDetailsFilter(new MessageCatalog(COMMON_MESSAGES));
    for (const locale of ['en', 'pl', 'uk'] as const) {
      const { problem } = filter.toProblem(new HttpException('slow down', 429), locale);
      expect(problem.code).toBe('TOO_MANY_REQUESTS');
      expect(problem.title).not.toContain('{retryAfter}');
    }
    expect(filter.toProblem(new HttpException('slow down', 429), 'en', 17).problem.title).toBe('Too many requests. Try again in 17 s.');
  });
});
