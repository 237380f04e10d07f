import type { AppAbility } from '../ability/ability.factory';

/** A SQL condition and its parameters, numbered from the `firstParam` given. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The rows of `subject` the ability allows `action` on, as a SQL condition over the given columns
 * (`{ role: 'm.role' }`): `TRUE` when unrestricted, `FALSE` when nothing is allowed. STUB.
 */
export function accessibleSql(
  _ability: AppAbility,
  _action: string,
  _subject: string,
  _columns: Record<string, string>,
  _firstParam: number,
): SqlCondition {
  throw new Error('not implemented');
}
