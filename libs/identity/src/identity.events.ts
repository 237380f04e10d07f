/**
 * Domain events the identity lib emits on the app's event bus (`@nestjs/event-emitter`), after the
 * change is committed. Other libs (tenancy, activity log) subscribe with `@OnEvent(name)`.
 */
export const IdentityEvents = {
  UserRegistered: 'user.registered',
  EmailVerified: 'user.email_verified',
  Login: 'user.login',
  LoginFailed: 'user.login_failed',
  Logout: 'user.logout',
  PasswordChanged: 'user.password_changed',
  PasswordReset: 'user.password_reset',
  EmailChangeRequested: 'user.email_change_requested',
  EmailChanged: 'user.email_changed',
  EmailChangeCancelled: 'user.email_change_cancelled',
  SessionRevoked: 'user.session_revoked',
  RefreshTokenReused: 'user.refresh_token_reused',
  ProfileUpdated: 'user.profile_updated',
} as const;

/** Payload of every identity event. */
export interface IdentityEvent {
  userId: string;
  email: string;
  at: Date;
  sessionId?: string;
  ip?: string;
  data?: Record<string, unknown>;
}
