/**
 * Field codes of the tenant policies and settings, in a problem's `errors[]` (`422` for a profile
 * that breaks the tenant's `profilePolicy`, `400`/`422` for a settings patch, as the route decides).
 * Type errors of a settings patch use the class-validator codes of `@tenant-iam/common`
 * (`IS_BOOLEAN`, `IS_INT`, `IS_IN`, `IS_OBJECT`, `IS_ARRAY`, `IS_STRING`, `MIN`, `MAX`).
 */
export enum PolicyErrorCode {
  /** A settings key (top level or inside a policy) that does not exist. */
  UnknownSetting = 'UNKNOWN_SETTING',
  /**
   * Params `{ account }`: a tenant's password rule looser than the account-wide one (`minLength 8`
   * when accounts need 10); a tenant may only make the rules stricter.
   */
  NotStricter = 'POLICY_NOT_STRICTER',
  /** Params `{ max }`: the tenant's `minLength` is above the `maxLength` in force. */
  MinLengthAboveMaxLength = 'PASSWORD_MIN_LENGTH_ABOVE_MAX',
  /** An entry of `phonePrefixes` that is not digits, optionally after a leading `+`. */
  PhonePrefixInvalid = 'PHONE_PREFIX_INVALID',
  /** Params `{ max }`: a list with more entries than allowed. */
  ArrayMaxSize = 'ARRAY_MAX_SIZE',
  /** Params `{ script }`: a name with characters outside the tenant's `nameScript`. */
  NameScript = 'NAME_SCRIPT',
  /** Params `{ min }`: a name with fewer letters than the tenant's `nameMinLength`. */
  NameTooShort = 'NAME_TOO_SHORT',
  /**
   * Not a phone number (of `phoneCountry` when written without `+`). Shared with identity, whose
   * `IDENTITY_MESSAGES` carry its text.
   */
  PhoneInvalid = 'PHONE_INVALID',
  /** Params `{ prefixes }`: a valid number that starts with none of the tenant's `phonePrefixes`. */
  PhonePrefixNotAllowed = 'PHONE_PREFIX_NOT_ALLOWED',
  /** The tenant's `requirePhone` and no phone. */
  PhoneRequired = 'PHONE_REQUIRED',
}
