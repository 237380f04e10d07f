/** Codes the HTTP layer itself produces, whatever lib is mounted. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedBody = 'MALFORMED_BODY',
  /** The JSON body nests deeper than the API allows (`{ max }`). */
  BodyTooDeep = 'BODY_TOO_DEEP',
  /** The JSON body has more object members and array elements than the API allows (`{ max }`). */
  BodyTooManyValues = 'BODY_TOO_MANY_VALUES',
  /** A value the database refused as data (SQLSTATE class 22), e.g. out of range for its column. */
  InvalidValue = 'INVALID_VALUE',
  BadRequest = 'BAD_REQUEST',
  Unauthorized = 'UNAUTHORIZED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  Conflict = 'CONFLICT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** The request line and headers exceed the server's limit (431, answered before any route). */
  RequestHeadersTooLarge = 'REQUEST_HEADERS_TOO_LARGE',
  /** The request's head or body did not arrive within the server's time limit (408, answered before any route). */
  RequestTimeout = 'REQUEST_TIMEOUT',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  Internal = 'INTERNAL',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
}
