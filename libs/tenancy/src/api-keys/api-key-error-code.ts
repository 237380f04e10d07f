/** Codes of the organisation's API key. */
export enum ApiKeyErrorCode {
  /** `X-Api-Key` names no key, or a key past its rotation grace (401). */
  ApiKeyInvalid = 'API_KEY_INVALID',
  /** The host gave the tenancy lib no `secret`, so keys cannot be sealed (503). */
  ApiKeyNotConfigured = 'API_KEY_NOT_CONFIGURED',
}
