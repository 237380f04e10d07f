/** Codes of the telephony CRM example. */
export enum TelephonyErrorCode {
  /** 409: `mode: "pool"` while the organisation has no extension range. */
  SipRangeNotSet = 'SIP_RANGE_NOT_SET',
  /** 404: no such pool in this organisation. */
  PoolNotFound = 'POOL_NOT_FOUND',
  /** 409: a pool of that kind and name exists. */
  PoolNameTaken = 'POOL_NAME_TAKEN',
  /** 403: the route is for members (an API key has no caller ID). */
  MembersOnly = 'TELEPHONY_MEMBERS_ONLY',
}

/** Field codes of the telephony CRM example (422 `VALIDATION_FAILED`). */
export enum TelephonyFieldCode {
  /** `poolId`: not a pool of that kind assigned to the caller. */
  PoolNotAssigned = 'POOL_NOT_ASSIGNED',
  /** `value`: not a number of that pool. */
  NotInPool = 'NOT_IN_POOL',
  /** `memberIds`: not members of this organisation. */
  UnknownMember = 'UNKNOWN_MEMBER',
  /** `last`: the range is reversed or wider than 10 000 extensions. */
  InvalidRange = 'INVALID_RANGE',
}
