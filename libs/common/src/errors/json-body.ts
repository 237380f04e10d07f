import { HttpStatus } from '@nestjs/common';
import { CodedException, FieldError } from './coded.exception';
import { CommonErrorCode } from './common-error-code';

/** How much structure one JSON body may have; checked on the raw text, before it is parsed. */
export interface JsonShapeLimits {
  /** Deepest nesting of objects and arrays (the top-level value is depth 1). Default 32. */
  maxDepth: number;
  /** Object members plus array elements, counted over the whole body. Default 1000. */
  maxValues: number;
}

/** The limits the API applies to every JSON body. */
export const DEFAULT_JSON_SHAPE_LIMITS: Readonly<JsonShapeLimits> = { maxDepth: 32, maxValues: 1000 };

/** The most field errors one problem lists; the rest are only counted (`errorsTotal`). */
export const MAX_FIELD_ERRORS = 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Checks the nesting depth and the number of values of a JSON text in one pass over its
 * characters, without building anything, and stops at the first value over a limit. Parsing,
 * class-transformer and class-validator all recurse and cost per value; bounding both here makes
 * the worst body cost one linear scan. Malformed text is left to the parser.
 *
 * @throws CodedException 400 `BODY_TOO_DEEP` (`{ max }`) or 400 `BODY_TOO_MANY_VALUES` (`{ max }`).
 */
export function assertJsonShape(text: string, limits: JsonShapeLimits = DEFAULT_JSON_SHAPE_LIMITS): void {
  let depth = 0;
  let values = 0;
  // Set right after `{` or `[`: the next non-blank character is the container's first value,
  // unless it closes the container at once.
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (opened && !isWhitespace(c)) {
      opened = false;
      if (c !== CLOSE_BRACE && c !== CLOSE_BRACKET && ++values > limits.maxValues) throw tooManyValues(limits);
    }
    if (c === QUOTE) {
      // Skip the string; only an escaped quote does not end it.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limits.maxDepth) {
        throw new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.BodyTooDeep, { max: limits.maxDepth });
      }
      opened = true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    } else if (c === COMMA && depth > 0 && ++values > limits.maxValues) {
      throw tooManyValues(limits);
    }
  }
}

function tooManyValues(limits: JsonShapeLimits): CodedException {
  return new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.BodyTooManyValues, { max: limits.maxValues });
}

/**
 * Whether PostgreSQL can store the text: no U+0000 (text and jsonb refuse it) and no lone
 * surrogate (not encodable in UTF-8). Either would otherwise surface as a database error.
 */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

// With the `u` flag a surrogate pair is one code point, so \p{Cs} matches only lone halves.
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what we look for
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/**
 * One `UNSUPPORTED_CHARACTER` field error for every string (and object key) in `value` that
 * PostgreSQL cannot store, named by its dotted path (`name`, `items.0.sku`), at most
 * {@link MAX_FIELD_ERRORS}. Iterative, so a deep value cannot overflow the stack; meant for
 * values whose shape {@link assertJsonShape} has already bounded.
 */
export function unstorableTextErrors(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  // A key PostgreSQL cannot store is queued as this marker, so errors stay in document order.
  const badKey = Symbol('bad key');
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length && errors.length < MAX_FIELD_ERRORS) {
    const [current, path] = stack.pop()!;
    if (current === badKey || (typeof current === 'string' && !isStorableText(current))) {
      errors.push({ field: path || '(body)', code: 'UNSUPPORTED_CHARACTER' });
    } else if (current !== null && typeof current === 'object') {
      const entries = Array.isArray(current) ? current.map((item, index) => [String(index), item] as const) : Object.entries(current);
      // Pushed in reverse so they are visited in document order.
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        if (isStorableText(key)) stack.push([item, path ? `${path}.${key}` : key]);
        else stack.push([badKey, path]);
      }
    }
  }
  return errors.slice(0, MAX_FIELD_ERRORS);
}

/**
 * Throws 400 `VALIDATION_FAILED` with a field error per unstorable string of `value`
 * (see {@link unstorableTextErrors}); does nothing for clean input.
 */
export function assertStorableText(value: unknown, root = ''): void {
  const errors = unstorableTextErrors(value, root);
  if (errors.length) throw new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, undefined, errors);
}
