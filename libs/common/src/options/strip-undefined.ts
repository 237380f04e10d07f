/**
 * A copy of `value` without the keys whose value is `undefined`, so that spreading it over a
 * module's defaults (`{ ...DEFAULTS, ...stripUndefined(options) }`) lets an option a host left
 * `undefined` (often an unset environment variable) fall back to its default instead of erasing it.
 */
export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
