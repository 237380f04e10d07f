/** Codes of the organisation routes (`/tenants/:tenantId`, its settings and ownership). */
export enum TenantErrorCode {
  /**
   * 422: `settings` of `PATCH /tenants/:tenantId` that cannot be stored; `errors[]` names each
   * problem as `settings.<key>...` (`UNKNOWN_SETTING`, `POLICY_NOT_STRICTER`, `IS_BOOLEAN`, ...).
   */
  InvalidSettings = 'INVALID_SETTINGS',
  /** 422: the ownership target is the owner, blocked, or has no panel access (a contact). */
  TransferTargetInvalid = 'TRANSFER_TARGET_INVALID',
}
