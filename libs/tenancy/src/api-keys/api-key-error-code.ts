/** Codes of the organisation's API key. */
export enum ApiKeyErrorCode {
  /** `X-Api-Key` names no key, or a key past its rotation grace (401). */
  ApiKeyInvalid = 'API_KEY_INVALID',
  /** The host gave the tenancy lib no `secret`, so keys cannot be sealed (503). */
  ApiKeyNotConfigured = 'API_KEY_NOT_CONFIGURED',
  /**
   * The stored copy of the key was sealed under another secret (the host changed it), so it cannot
   * be shown; the key itself still works. Rotating makes a key that can be shown (409).
   */
  ApiKeyUnreadable = 'API_KEY_UNREADABLE',
}
