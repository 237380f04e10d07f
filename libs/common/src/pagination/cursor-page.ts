import { HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CodedException } from '../errors/coded.exception';
import { CommonErrorCode } from '../errors/common-error-code';
import { isStorableText } from '../errors/json-body';

/** `?limit=&cursor=` of every list route. */
export class CursorQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'Page size' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor: the `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

/** One page of a list: `{ items, nextCursor }`. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Encodes an opaque cursor from the sort key of the last item. */
export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; `undefined` for a malformed one. */
export function decodeCursor<T extends Record<string, string | number>>(cursor: string | undefined): T | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes the `cursor` of a list request and checks its shape with `isKey`; without a cursor,
 * `undefined` (the first page). A cursor that is malformed, or made by another list, answers
 * 400 `VALIDATION_FAILED` on the `cursor` field rather than a silent first page.
 */
export function parseCursor<T extends Record<string, string | number>>(
  cursor: string | undefined,
  isKey: (value: Record<string, string | number>) => value is T,
): T | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const value = decodeCursor(cursor);
  // A decoded cursor is input too: text PostgreSQL cannot store must not reach a query.
  const storable = value !== undefined && Object.values(value).every((v) => typeof v !== 'string' || isStorableText(v));
  if (value && storable && isKey(value)) return value;
  throw new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, undefined, [
    { field: 'cursor', code: 'INVALID_CURSOR' },
  ]);
}

/**
 * True when `value` is an ISO timestamp PostgreSQL's `timestamptz` can hold (years 1 to 9999): a
 * cursor's date that passes this never becomes a "timestamp out of range" error.
 */
export function isCursorTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const time = Date.parse(value);
  // 0001-01-01T00:00:00Z <= time < 10000-01-01T00:00:00Z
  return !Number.isNaN(time) && time >= -62135596800000 && time < 253402300800000;
}

/** Swagger helper: a response class for `{ items, nextCursor }`. */
export class CursorPageMeta {
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; `null` on the last page' })
  nextCursor: string | null;
}
