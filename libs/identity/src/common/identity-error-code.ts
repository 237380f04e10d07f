/** Stable error codes of the identity lib (the `code` of its problem documents). */
export enum IdentityErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  AccountDisabled = 'ACCOUNT_DISABLED',
  TooManyAttempts = 'TOO_MANY_LOGIN_ATTEMPTS',
  TokenInvalid = 'TOKEN_INVALID',
  TokenExpired = 'TOKEN_EXPIRED',
  TokenUsed = 'TOKEN_USED',
  RefreshTokenInvalid = 'REFRESH_TOKEN_INVALID',
  RefreshTokenReused = 'REFRESH_TOKEN_REUSED',
  SessionRevoked = 'SESSION_REVOKED',
  AccessTokenExpired = 'ACCESS_TOKEN_EXPIRED',
  SessionNotFound = 'SESSION_NOT_FOUND',
  CurrentPasswordInvalid = 'CURRENT_PASSWORD_INVALID',
  EmailTaken = 'EMAIL_TAKEN',
  EmailUnchanged = 'EMAIL_UNCHANGED',
  PhoneInvalid = 'PHONE_INVALID',
  /** Field code: an email input with an invisible or bidi control character (see `EmailInput`). */
  EmailInvisibleCharacters = 'EMAIL_INVISIBLE_CHARACTERS',
  /** The session reached its absolute lifetime (`sessionMaxLifetime`); log in again. */
  SessionExpired = 'SESSION_EXPIRED',
  /**
   * The session was ended by a newer login of the same user, because one session at a time
   * applies to the account (the `SessionPolicyResolver` port, e.g. an organisation's `singleSession`).
   */
  SessionReplaced = 'SESSION_REPLACED',
}
