/** Codes of the tenant context every tenant route shares. Features add their own next to them. */
export enum TenancyErrorCode {
  /** The tenant does not exist or the caller is not a member: one answer for both. */
  TenantNotFound = 'TENANT_NOT_FOUND',
  /** The caller's membership in this tenant is blocked. */
  MembershipBlocked = 'MEMBERSHIP_BLOCKED',
  /** The role `contact` receives mail but has no panel access. */
  NoPanelAccess = 'NO_PANEL_ACCESS',
}
