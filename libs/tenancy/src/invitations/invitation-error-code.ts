/** Codes of the invitation routes. `SEAT_LIMIT_REACHED` and `EMAIL_TAKEN` are the members' and identity's codes. */
export enum InvitationErrorCode {
  /** 404: no such invitation in this tenant, one the caller may not see, an unknown link token, or an id that is not a UUID. */
  InvitationNotFound = 'INVITATION_NOT_FOUND',
  /** 410: the invitation's 7 days (`invitationTtl`) are over; the inviter can resend it. */
  InvitationExpired = 'INVITATION_EXPIRED',
  /** 410: the invitation was already accepted (its link works once). */
  InvitationUsed = 'INVITATION_USED',
  /** 410: the invitation was revoked by the organisation. */
  InvitationRevoked = 'INVITATION_REVOKED',
  /** 410: the invitee declined the invitation. */
  InvitationDeclined = 'INVITATION_DECLINED',
  /** 409: the address already has a pending invitation in this tenant: resend that one. */
  InvitationPending = 'INVITATION_PENDING',
  /** 409: resend or revoke of an invitation that is no longer pending (or expired, for a resend). */
  InvitationNotPending = 'INVITATION_NOT_PENDING',
  /** 403: the signed-in account's email is not the invited one. */
  InvitationEmailMismatch = 'INVITATION_EMAIL_MISMATCH',
  /** 409: the account is already a member of the tenant. */
  AlreadyMember = 'ALREADY_MEMBER',
  /** 409: the permission set the invitation gives was deleted since: the organisation sends a new invitation. */
  InvitationPermissionSetGone = 'INVITATION_PERMISSION_SET_GONE',
  /** 403: a role higher than the inviter's own, a set that is not the inviter's own, or a company outside theirs. */
  InvitationExceedsRights = 'INVITATION_EXCEEDS_RIGHTS',
}

/** Field codes of the invitation routes, in `errors[]` of a 400 `VALIDATION_FAILED`. */
export enum InvitationFieldCode {
  /** `POST /invitations/decline` takes exactly one of `token` and `id`. */
  TokenOrId = 'TOKEN_OR_ID',
}
