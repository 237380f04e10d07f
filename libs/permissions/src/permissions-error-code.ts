/** Stable codes of the permissions lib: field codes of a permission set's `rules` (see `validateRules`). */
export enum PermissionsErrorCode {
  /** `rules.<i>.subject`: no catalogued subject has this name (`{ subject }`). */
  UnknownSubject = 'UNKNOWN_SUBJECT',
  /** `rules.<i>.action`: the subject has no such action (`{ subject, action }`). */
  UnknownAction = 'UNKNOWN_ACTION',
  /** `rules.<i>.action`: an `ownerOnly` or `superadminOnly` action, which no set may grant (`{ subject, action }`). */
  NotGrantable = 'NOT_GRANTABLE',
  /** `rules.<i>.conditions`: a field outside the subject's `conditionFields`, or an operator or value not allowed (`{ field? }`). */
  InvalidConditions = 'INVALID_CONDITIONS',
}
