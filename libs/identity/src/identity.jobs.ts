/** Names of the queue jobs the identity lib enqueues and handles (declared with its mail templates). */
export enum IdentityJob {
  /**
   * Looks an address up and mails a password reset link when it has an account that is not
   * disabled. Forgot-password enqueues it for every address, so the request itself reads nothing.
   * Data: `{ email }` (normalised).
   */
  PasswordResetRequested = 'identity.password-reset-requested',
}
