/** Stable codes of the permission-set routes (`/tenants/:tenantId/permission-sets`). */
export enum PermissionSetErrorCode {
  /** No such set in this tenant (unknown id, not a UUID, or another tenant's set): one answer for all. */
  NotFound = 'PERMISSION_SET_NOT_FOUND',
  /** Another set of the tenant has this name, case aside (the unique index decides). */
  NameTaken = 'PERMISSION_SET_NAME_TAKEN',
  /** The tenant already has the most sets allowed (`{ limit }`). */
  LimitReached = 'PERMISSION_SET_LIMIT_REACHED',
  /** The built-in "Full access" set is neither changed nor deleted. */
  Builtin = 'PERMISSION_SET_BUILTIN',
  /** Members still hold the set (`{ members }`): move them to another set first. */
  InUse = 'PERMISSION_SET_IN_USE',
  /** One or more rules name what the catalogue does not hold or no set may grant; one field error per rule. */
  RulesInvalid = 'PERMISSION_RULES_INVALID',
}

/** Field code: `rules` given with `full: true`, which grants everything a set may grant anyway. */
export const RULES_WITH_FULL_ACCESS = 'RULES_WITH_FULL_ACCESS';
