import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { negotiateLocale, Locale } from '../i18n/locale';
import { MessageCatalog } from '../i18n/messages';
import { CodedErrorBody, CodedException, FieldError } from './coded.exception';
import { CommonErrorCode } from './common-error-code';
import { MAX_FIELD_ERRORS } from './json-body';

/** The RFC 9457 document every error answer carries. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  /** Set when `errors[]` was cut to its first {@link MAX_FIELD_ERRORS}: how many there were. */
  errorsTotal?: number;
}

const STATUS_CODES: Partial<Record<number, CommonErrorCode>> = {
  400: CommonErrorCode.BadRequest,
  401: CommonErrorCode.Unauthorized,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  409: CommonErrorCode.Conflict,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.TooManyRequests,
  503: CommonErrorCode.ServiceUnavailable,
};

interface ReplyLike {
  getHeader?(name: string): unknown;
  header(name: string, value: string): ReplyLike;
  status(code: number): ReplyLike;
  send(body: unknown): void;
}

/**
 * Renders every error as `application/problem+json` (RFC 9457) with a stable `code`, per-field
 * `errors[]`, and title/detail in the caller's language (`Accept-Language`: en, pl, uk).
 * Anything that is not an HTTP error becomes `500 INTERNAL`: logged here, never echoed, so no
 * stack trace or SQL leaves the server.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(private readonly messages: MessageCatalog) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ headers: Record<string, string | string[] | undefined>; url?: string }>();
    const reply = http.getResponse<ReplyLike>();
    const locale = negotiateLocale(request.headers['accept-language']);
    // A guard that already set Retry-After (the throttler) has said how long; reuse its figure.
    const retryAfter = reply.getHeader?.('retry-after');
    const { problem, headers } = this.toProblem(exception, locale, retryAfter === undefined ? undefined : Number(retryAfter));
    problem.instance = request.url?.split('?')[0];
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    reply
      .header('content-type', 'application/problem+json; charset=utf-8')
      .header('content-language', locale)
      .status(problem.status)
      .send(problem);
  }

  /** Builds the problem document for an exception; exposed for non-HTTP transports and tests. */
  toProblem(exception: unknown, locale: Locale, retryAfter?: number): { problem: ProblemDocument; headers: Record<string, string> } {
    let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
    let body: CodedErrorBody = { code: CommonErrorCode.Internal };
    let headers: Record<string, string> = {};

    if (exception instanceof CodedException) {
      status = exception.getStatus();
      body = { code: exception.code, params: exception.params, errors: exception.errors };
      headers = exception.headers ?? {};
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      body = { code: STATUS_CODES[status] ?? (status >= 500 ? CommonErrorCode.Internal : CommonErrorCode.BadRequest) };
      if (status === HttpStatus.TOO_MANY_REQUESTS && retryAfter !== undefined && Number.isFinite(retryAfter)) body.params = { retryAfter };
      if (status >= 500) this.logger.error(exception.message, exception.stack);
    } else if (isDataException(exception)) {
      // SQLSTATE class 22 (data exception): the input, not the server, is wrong. The driver's text
      // names columns and values, so it is logged, never sent.
      status = HttpStatus.BAD_REQUEST;
      body = { code: CommonErrorCode.InvalidValue };
      this.logger.warn(`Data exception ${sqlState(exception)}: ${exception.message}`);
    } else {
      this.logger.error(
        exception instanceof Error ? exception.message : String(exception),
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (status === HttpStatus.TOO_MANY_REQUESTS && !headers['retry-after'] && !headers['Retry-After']) {
      const retry = body.params?.retryAfter;
      if (retry !== undefined) headers['retry-after'] = String(retry);
    }

    // Without a known delay, a 429 says "later" rather than show a placeholder.
    const key = status === HttpStatus.TOO_MANY_REQUESTS && body.params?.retryAfter === undefined ? `${body.code}.later` : body.code;
    const message = this.messages.translate(this.messages.has(key) ? key : body.code, locale, body.params ?? {});
    const problem: ProblemDocument = {
      type: `urn:problem:${body.code.toLowerCase().replace(/_/g, '-')}`,
      title: message,
      status,
      detail: message,
      code: body.code,
    };
    if (body.errors?.length) {
      // A bounded answer whatever the input: thousands of bad fields cost thousands of messages.
      problem.errors = body.errors.slice(0, MAX_FIELD_ERRORS).map((error) => this.translateField(error, locale));
      // The validation factory already cut the list and says how long it was.
      const counted = Number(body.params?.errorsTotal);
      const total = Math.max(body.errors.length, Number.isInteger(counted) ? counted : 0);
      if (total > problem.errors.length) problem.errorsTotal = total;
    }
    return { problem, headers };
  }

  private translateField(error: FieldError, locale: Locale): FieldError {
    const key = `field.${error.code}`;
    const { fallback, ...params } = error.params ?? {};
    const message = this.messages.has(key)
      ? this.messages.translate(key, locale, params)
      : typeof fallback === 'string'
        ? fallback
        : this.messages.translate(error.code, locale, params);
    return { field: error.field, code: error.code, ...(Object.keys(params).length ? { params } : {}), message };
  }
}

/** The SQLSTATE of a database driver error (pg's `code`, also on TypeORM's `driverError`). */
function sqlState(exception: unknown): string | undefined {
  if (!(exception instanceof Error)) return undefined;
  const error = exception as Error & { code?: unknown; driverError?: { code?: unknown } };
  const code = error.driverError?.code ?? error.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** A database "data exception" (class 22: invalid text, out of range, bad format ...). */
function isDataException(exception: unknown): exception is Error {
  return sqlState(exception)?.startsWith('22') ?? false;
}
