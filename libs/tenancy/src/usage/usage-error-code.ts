/** Codes of the usage quota. */
export enum UsageErrorCode {
  /** The call would take the tenant past its plan's monthly limit of the metric (429, `Retry-After`). */
  QuotaExceeded = 'QUOTA_EXCEEDED',
}
