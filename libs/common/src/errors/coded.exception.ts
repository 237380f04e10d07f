import { HttpException, HttpStatus } from '@nestjs/common';

/** One problem with one input field, as rendered in a problem document's `errors[]`. */
export interface FieldError {
  /** Dotted path of the field (`password`, `settings.minLength`). */
  field: string;
  /** Stable machine code (`PASSWORD_TOO_SHORT`, `IS_EMAIL`). */
  code: string;
  /** Values for the translated message (`{ min: 12 }`). */
  params?: Record<string, unknown>;
  /** Filled in by the problem filter, in the caller's language. */
  message?: string;
}

/** What a {@link CodedException} carries to the problem filter. */
export interface CodedErrorBody {
  code: string;
  params?: Record<string, unknown>;
  errors?: FieldError[];
}

/**
 * The one exception type the libs throw. It carries an HTTP status and a stable `code` that the
 * problem filter turns into an RFC 9457 document with a message in the caller's language. Messages
 * are keys, never sentences, so translation happens once, at the edge.
 *
 * @example
 * throw new CodedException(HttpStatus.CONFLICT, 'SEAT_LIMIT_REACHED', { limit: 5 });
 */
export class CodedException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    readonly params?: Record<string, unknown>,
    readonly errors?: FieldError[],
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers?: Record<string, string>,
  ) {
    super({ code, params, errors } satisfies CodedErrorBody, status);
  }
}
