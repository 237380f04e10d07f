/** The operators a stored rule's conditions may use besides plain equality. */
export const CONDITION_OPERATORS: ReadonlySet<string> = new Set(['$eq', '$ne', '$in', '$nin']);

type Scalar = string | number | boolean | null;

const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** A plain `{}` object (not an array, a date, a class instance or `Object.create(null)` trickery with a prototype). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Checks a rule's conditions against the fields a subject allows: each key a listed field; each
 * value a scalar (equality) or an object of `$eq`/`$ne` (scalar) and `$in`/`$nin` (array of
 * scalars). Nothing nested, no other operator: what the SQL translation and the matcher agree on.
 *
 * @returns the first offending field (or `''` for a conditions value that is not an object), or
 *   `undefined` when the conditions are valid.
 */
export function invalidConditionField(conditions: unknown, allowedFields: readonly string[]): string | undefined {
  if (!isPlainObject(conditions)) return '';
  for (const [field, value] of Object.entries(conditions)) {
    if (!allowedFields.includes(field)) return field;
    if (isScalar(value)) continue;
    if (!isPlainObject(value)) return field;
    const operators = Object.entries(value);
    if (!operators.length) return field;
    for (const [operator, operand] of operators) {
      if (!CONDITION_OPERATORS.has(operator)) return field;
      const ok = operator === '$in' || operator === '$nin' ? Array.isArray(operand) && operand.every(isScalar) : isScalar(operand);
      if (!ok) return field;
    }
  }
  return undefined;
}
