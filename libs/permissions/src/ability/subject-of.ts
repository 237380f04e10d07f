import { subject } from '@casl/ability';

/**
 * Tags a row with its subject type, so an ability checks its conditions:
 * `ability.can('read', subjectOf('Order', order))`. Wraps CASL's `subject`, which marks the
 * object itself (a non-enumerable property) and returns it.
 *
 * @throws Error (from CASL) when the object was already tagged with another type.
 */
export function subjectOf<T extends Record<string, unknown>>(type: string, object: T): T {
  return subject(type, object);
}
