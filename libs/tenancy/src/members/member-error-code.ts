/**
 * Codes of the members routes. `EMAIL_TAKEN` (the address is already a member here) and
 * `PASSWORD_POLICY` are identity's codes and texts; the field codes go into a problem's `errors[]`.
 */
export enum MemberErrorCode {
  /** 404: no such member in this tenant, a member the caller may not read, or an id that is not a UUID. */
  MemberNotFound = 'MEMBER_NOT_FOUND',
  /** 409, params `{ limit }`: the plan's seats are all taken (owner, active and blocked members). */
  SeatLimitReached = 'SEAT_LIMIT_REACHED',
  /** 409: another member of this tenant has that phone (the tenant's `profilePolicy.uniquePhone`). */
  PhoneTaken = 'PHONE_TAKEN',
  /** 422: the profile breaks the tenant's `profilePolicy`; `errors[]` names each field. */
  ProfilePolicy = 'PROFILE_POLICY',
  /** 403: nobody changes or removes their own membership. */
  CannotModifySelf = 'CANNOT_MODIFY_SELF',
  /** 403: nobody blocks themselves. */
  CannotBlockSelf = 'CANNOT_BLOCK_SELF',
  /** 403: nobody acts on the owner's membership (only a transfer changes the owner). */
  CannotModifyOwner = 'CANNOT_MODIFY_OWNER',
  /** 409: the account was not created by this tenant, so its profile belongs to its owner. */
  ProfileNotManaged = 'PROFILE_NOT_MANAGED',
  /**
   * 409: the address has an account whose owner never proved they read it (another organisation
   * created it with a password, or a sign-up never confirmed): linking it could hand this
   * organisation's access to whoever chose that password. The person confirms the address first
   * (a password reset from it does), or is invited.
   */
  AccountNotConfirmed = 'ACCOUNT_NOT_CONFIRMED',
}

/** Field codes of the members routes, in `errors[]` of a 422 `VALIDATION_FAILED` (or 400 for `attributes`). */
export enum MemberFieldCode {
  /** A company id that is not a company of this tenant. */
  UnknownCompany = 'UNKNOWN_COMPANY',
  /** A permission set id that is not a set of this tenant. */
  UnknownPermissionSet = 'UNKNOWN_PERMISSION_SET',
  /** Owners, superadmins and contacts hold no permission set. */
  NotApplicable = 'NOT_APPLICABLE',
  /** Members and clients hold exactly one set: it cannot be removed. */
  PermissionSetRequired = 'PERMISSION_SET_REQUIRED',
  /** `attributes`: not an object of at most 50 keys (each up to 64 characters) with scalar values, at most 8 KiB as JSON. */
  InvalidAttributes = 'MEMBER_ATTRIBUTES',
}
