/** Problem codes of member attributes. */
export enum AttributeErrorCode {
  /**
   * 409, params `{ name }`, `errors[]` names `attributes.<name>`: another member of this tenant
   * holds that value of a unique attribute.
   */
  AttributeTaken = 'ATTRIBUTE_TAKEN',
  /** 409, params `{ name }`: every value offered for a unique attribute is held by another member. */
  AttributePoolExhausted = 'ATTRIBUTE_POOL_EXHAUSTED',
}

/**
 * Field codes of member attributes, in `errors[]` of a 422 `VALIDATION_FAILED` as
 * `attributes.<name>: <CODE>`.
 */
export enum AttributeFieldCode {
  /** No product module declared an attribute of that name. */
  UnknownAttribute = 'UNKNOWN_ATTRIBUTE',
  /** params `{ type }`: the value is not of the declared type. */
  WrongType = 'ATTRIBUTE_TYPE',
  /** The empty text: send `null` to remove a value instead. */
  Empty = 'ATTRIBUTE_EMPTY',
  /** params `{ maxLength }`. */
  TooLong = 'ATTRIBUTE_TOO_LONG',
  /** The text does not have the declared form. */
  Pattern = 'ATTRIBUTE_PATTERN',
  /** params `{ allowed }`: not one of the declared values. */
  NotAllowed = 'ATTRIBUTE_NOT_ALLOWED',
  /** A whole number is expected. */
  NotInteger = 'ATTRIBUTE_NOT_INTEGER',
  /** params `{ min }`. */
  TooSmall = 'ATTRIBUTE_TOO_SMALL',
  /** params `{ max }`. */
  TooLarge = 'ATTRIBUTE_TOO_LARGE',
  /** The value is held by another member (the field entry of a 409 `ATTRIBUTE_TAKEN`). */
  Taken = 'ATTRIBUTE_TAKEN',
}
