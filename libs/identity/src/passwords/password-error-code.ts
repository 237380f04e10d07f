/**
 * Codes thrown by the password rules. `Policy` and `CheckUnavailable` are problem codes (the
 * `code` of the answer); the others are field codes, one per broken rule, in the problem's
 * `errors[]` under the password field.
 */
export enum PasswordErrorCode {
  /** 422: the password breaks one or more rules; `errors[]` lists each one. */
  Policy = 'PASSWORD_POLICY',
  /** 503: the breached-password service did not answer and the check is set to fail closed. */
  CheckUnavailable = 'PASSWORD_CHECK_UNAVAILABLE',
  /** Field code, params `{ min }`: fewer code points than `minLength`. */
  TooShort = 'PASSWORD_TOO_SHORT',
  /** Field code, params `{ max }`: more code points than `maxLength`. */
  TooLong = 'PASSWORD_TOO_LONG',
  /** Field code: `requireLower` and no lowercase letter. */
  NeedsLower = 'PASSWORD_NEEDS_LOWER',
  /** Field code: `requireUpper` and no uppercase letter. */
  NeedsUpper = 'PASSWORD_NEEDS_UPPER',
  /** Field code: `requireDigit` and no digit. */
  NeedsDigit = 'PASSWORD_NEEDS_DIGIT',
  /** Field code: `requireSymbol` and no punctuation or symbol character. */
  NeedsSymbol = 'PASSWORD_NEEDS_SYMBOL',
  /** Field code: a character outside the policy's `allowedCharacters`. */
  CharactersNotAllowed = 'PASSWORD_CHARACTERS_NOT_ALLOWED',
  /** Field code, params `{ minStrength, score }`: the strength estimate is below `minStrength`. */
  TooWeak = 'PASSWORD_TOO_WEAK',
  /** Field code: the password appears in the breached-password corpus. */
  Breached = 'PASSWORD_BREACHED',
}

/** The field codes a {@link PasswordErrorCode.Policy} problem can carry. */
export type PasswordViolationCode = Exclude<PasswordErrorCode, PasswordErrorCode.Policy | PasswordErrorCode.CheckUnavailable>;
