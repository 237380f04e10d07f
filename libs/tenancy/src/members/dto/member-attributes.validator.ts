import { registerDecorator, ValidationOptions } from 'class-validator';

/** Most keys of a member's `attributes`. */
export const MEMBER_ATTRIBUTES_MAX_KEYS = 50;
/** Longest key of a member's `attributes`. */
export const MEMBER_ATTRIBUTE_KEY_MAX_LENGTH = 64;
/** Largest `attributes` as JSON (UTF-8 bytes): product values, not documents. */
export const MEMBER_ATTRIBUTES_MAX_BYTES = 8 * 1024;

/**
 * True for what `attributes` may hold: a plain object of at most {@link MEMBER_ATTRIBUTES_MAX_KEYS}
 * non-empty keys, each value a string, finite number, boolean or null, at most
 * {@link MEMBER_ATTRIBUTES_MAX_BYTES} as JSON. Scalars only, so a list can show and filter them.
 * This is the shape only, checked at the edge (400): the names and values are then checked against
 * the declared member attributes by the members service (`MemberAttributes.check`, 422 per field).
 */
export function isMemberAttributes(value: unknown): value is Record<string, string | number | boolean | null> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  if (entries.length > MEMBER_ATTRIBUTES_MAX_KEYS) return false;
  for (const [key, v] of entries) {
    if (key.length === 0 || key.length > MEMBER_ATTRIBUTE_KEY_MAX_LENGTH) return false;
    const scalar = v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
    if (!scalar) return false;
  }
  return Buffer.byteLength(JSON.stringify(value), 'utf8') <= MEMBER_ATTRIBUTES_MAX_BYTES;
}

/** Class-validator decorator for {@link isMemberAttributes}; its field code is `MEMBER_ATTRIBUTES`. */
export function IsMemberAttributes(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'memberAttributes',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `attributes must be an object of at most ${MEMBER_ATTRIBUTES_MAX_KEYS} keys with scalar values, at most ${MEMBER_ATTRIBUTES_MAX_BYTES} bytes`,
        ...options,
      },
      validator: { validate: (value: unknown) => isMemberAttributes(value) },
    });
}

/** Class-validator decorator: `value` is required for `mode: "set"` and refused otherwise (`PASSWORD_VALUE`). */
export function IsPasswordValue(maxLength: number): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'passwordValue',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `value is required with mode "set" (1 to ${maxLength} characters) and not allowed with the other modes` },
      validator: {
        validate: (value: unknown, args) => {
          const mode = (args?.object as { mode?: unknown }).mode;
          if (mode !== 'set') return value === undefined;
          return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
        },
      },
    });
}
