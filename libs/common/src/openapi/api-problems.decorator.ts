import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, ApiResponseOptions, getSchemaPath } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { CommonErrorCode } from '../errors/common-error-code';
import { ProblemDetails } from './problem-details.schema';

/** Statuses a route answers with a problem document and declares in the contract. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

/** Per status, the stable `code`s a route can answer with it: `{ 401: ['INVALID_CREDENTIALS'] }`. */
export type ProblemCodes = Partial<Record<ProblemStatus, readonly string[]>>;

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * Problem sets the HTTP layer itself produces, to spread into {@link ApiProblems}:
 * - `body`: a route with a JSON body (`VALIDATION_FAILED` per field, `MALFORMED_BODY`);
 * - `query`: a route with validated query or path parameters (`VALIDATION_FAILED`);
 * - `throttled`: a route behind the per-IP throttler (`TOO_MANY_REQUESTS`, with `Retry-After`).
 */
export const COMMON_PROBLEMS = {
  body: { 400: [CommonErrorCode.ValidationFailed, CommonErrorCode.MalformedBody] },
  query: { 400: [CommonErrorCode.ValidationFailed] },
  throttled: { 429: [CommonErrorCode.TooManyRequests] },
} as const satisfies Record<string, ProblemCodes>;

/** Merges problem sets status by status; codes come out de-duplicated and sorted, so the document is stable. */
export function mergeProblemCodes(...sets: ProblemCodes[]): Map<ProblemStatus, string[]> {
  const merged = new Map<ProblemStatus, Set<string>>();
  for (const set of sets) {
    for (const [status, codes] of Object.entries(set) as [string, readonly string[]][]) {
      const key = Number(status) as ProblemStatus;
      const into = merged.get(key) ?? new Set<string>();
      codes.forEach((code) => into.add(code));
      merged.set(key, into);
    }
  }
  return new Map([...merged.entries()].sort(([a], [b]) => a - b).map(([status, codes]) => [status, [...codes].sort()]));
}

/**
 * Declares the error answers of a route: one `application/problem+json` response per status,
 * its schema the shared {@link ProblemDetails} with `status` and `code` narrowed to what the route
 * can really answer, so a generated client gets the codes as a union type. Give it every set that
 * applies; sets are merged status by status.
 *
 * Applied twice to the same route, the later (outer) decorator wins per status: give one call all
 * the sets instead.
 *
 * @example
 * \@ApiProblems(COMMON_PROBLEMS.body, { 401: ['INVALID_CREDENTIALS'], 429: ['TOO_MANY_LOGIN_ATTEMPTS'] })
 * login(@Body() dto: LoginDto) { ... }
 */
export function ApiProblems(...sets: ProblemCodes[]): MethodDecorator & ClassDecorator {
  const responses = [...mergeProblemCodes(...sets)].map(([status, codes]) => ApiResponse(problemResponse(status, codes)));
  return applyDecorators(ApiExtraModels(ProblemDetails), ...responses) as MethodDecorator & ClassDecorator;
}

/**
 * One problem+json response object: {@link ProblemDetails} with `status` and `code` narrowed to
 * the given ones. For `DocumentBuilder.addGlobalResponse` (the 500 every route can answer) and
 * for {@link ApiProblems}.
 */
export function problemResponse(status: number, codes: readonly string[]): ApiResponseOptions {
  return {
    status,
    description: `${STATUS_CODES[status]}: ${codes.map((code) => `\`${code}\``).join(', ')}`,
    ...(status === 429
      ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } } }
      : {}),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ProblemDetails) },
            {
              type: 'object',
              required: ['status', 'code'],
              properties: { status: { type: 'integer', enum: [status] }, code: { type: 'string', enum: [...codes] } },
            },
          ],
        },
      },
    },
  };
}
