/** Names of the queue jobs the identity lib enqueues and handles (declared with its mail templates). */
export enum IdentityJob {
  /**
   * Looks an address up and mails a password reset link when it has an account that is not
   * disabled. Forgot-password enqueues it for every address, so the request itself reads nothing.
   * Data: `{ email }` (normalised).
   */
  PasswordResetRequested = 'identity.password-reset-requested',
  /**
   * Sweep: deletes sessions that ended (revoked, replaced, or past their idle or absolute
   * lifetime) more than `deadSessionRetention` ago, with their refresh tokens. No data.
   */
  SweepSessions = 'identity.sweep-sessions',
  /**
   * Sweep: clears the payload of expired link tokens (a sign-up's password hash must not outlive
   * its link) and deletes link tokens expired more than `actionTokenRetention` ago. No data.
   */
  SweepTokens = 'identity.sweep-tokens',
}

/** The identity jobs run on the notifications sweep schedule (`sweepInterval`). */
export const IDENTITY_SWEEPS: readonly IdentityJob[] = [IdentityJob.SweepSessions, IdentityJob.SweepTokens];
