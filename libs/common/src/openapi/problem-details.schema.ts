import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError } from '../errors/coded.exception';
import type { ProblemDocument } from '../errors/problem-details.filter';

/**
 * OpenAPI schema of one `errors[]` entry exactly as {@link ProblemDetailsFilter} renders it: the
 * translated `message` is always there, `params` only when the rule has values to show.
 * Documentation only: the filter builds plain objects.
 */
export class ProblemFieldError implements FieldError {
  @ApiProperty({ description: 'Dotted path of the input field', example: 'password' })
  field: string;

  @ApiProperty({ description: 'Stable machine code of the broken rule', example: 'PASSWORD_TOO_SHORT' })
  code: string;

  @ApiProperty({ description: "The rule's message in the caller's language (`Accept-Language`)", example: 'Use at least 10 characters.' })
  message: string;

  @ApiPropertyOptional({
    description: 'Values of the rule, e.g. `{ "min": 10 }`',
    type: 'object',
    additionalProperties: true,
    example: { min: 10 },
  })
  params?: Record<string, unknown>;
}

/**
 * OpenAPI schema of the RFC 9457 `application/problem+json` body of every error answer, as
 * {@link ProblemDetailsFilter} renders it. Clients branch on `code`; `title` and `detail` are for
 * people and follow `Accept-Language` (en, pl, uk).
 */
export class ProblemDetails implements ProblemDocument {
  @ApiProperty({ description: 'URN derived from `code`', example: 'urn:problem:validation-failed' })
  type: string;

  @ApiProperty({ description: "Short message in the caller's language", example: 'The request is not valid.' })
  title: string;

  @ApiProperty({ type: 'integer', description: 'The HTTP status, repeated', example: 400 })
  status: number;

  @ApiProperty({ description: "Message in the caller's language", example: 'The request is not valid.' })
  detail: string;

  @ApiProperty({ description: 'Stable machine code; each response lists the codes it can carry', example: 'VALIDATION_FAILED' })
  code: string;

  @ApiPropertyOptional({ description: 'Path of the request, without the query', example: '/api/v1/auth/register' })
  instance?: string;

  @ApiPropertyOptional({ type: [ProblemFieldError], description: 'One entry per broken field rule (validation and policy problems)' })
  errors?: ProblemFieldError[];
}
