/**
 * `@tenant-iam/identity`: personal accounts, sign-up with email verification, login, sessions (access JWT
 * + rotated refresh token), password reset and set-up links, email change, and the password
 * policy with a breached-password check. It knows nothing of tenants: it emits
 * {@link IdentityEvents} that other libs subscribe to, exposes {@link PasswordPolicyResolver} as a
 * port for tenant-specific policies, {@link SessionPolicyResolver} for one session at a time,
 * {@link IdentityEventSink} for recording account events in the transaction of the change, and offers {@link IdentityUsers} (plus the `user_directory` view)
 * so other libs never touch its tables. The module is global by default.
 */
export { IdentityModule } from './identity.module';
export { IDENTITY_OPTIONS } from './identity.module-definition';
export type { IdentityModuleOptions, ResolvedIdentityOptions } from './identity.options';
export { DEFAULT_IDENTITY_OPTIONS, resolveIdentityOptions } from './identity.options';
export { IDENTITY_ENTITIES } from './identity.entities';
export { IDENTITY_MIGRATIONS } from './identity.migrations';
export { IDENTITY_MESSAGES } from './identity.messages';
export { IdentityEvents } from './identity.events';
export type { IdentityEvent } from './identity.events';
/** Queue jobs of the identity lib, e.g. the lookup behind forgot-password, and its sweeps. */
export { IdentityJob, IDENTITY_SWEEPS } from './identity.jobs';
export { IdentityErrorCode } from './common/identity-error-code';
export { SESSION_PROBLEMS } from './common/identity-problems';
export { Public, OptionalAuth, CurrentUser } from './common/auth-user';
export type { AuthUser, AccessTokenClaims } from './common/auth-user';
export { JwtAuthGuard } from './auth/jwt-auth.guard';
export { AccessTokenKeys, ACCESS_TOKEN_ALGORITHM, thumbprint } from './auth/access-token-keys';
export type { JwkSet, PublicJwk } from './auth/access-token-keys';
export { normalizeEmail, EmailInput, hasInvisibleCharacters } from './common/email';
export { IdentityMail, IDENTITY_MAIL_TEMPLATES, IDENTITY_LINK_PATHS } from './mail/identity.mail-templates';
export { PasswordPolicyResolver } from './policy/password-policy.resolver';
export { SessionsService } from './sessions/sessions.service';
export { UserStatus } from './users/user.entity';
export {
  PasswordHasher,
  PasswordPolicyService,
  BreachedPasswordChecker,
  DEFAULT_PASSWORD_POLICY,
  DEFAULT_ARGON2_PARAMS,
  ARGON2_PARAMS,
  stricterOf,
  validatePasswordPolicy,
  validatePasswordPolicyOverride,
  InvalidPasswordPolicyError,
  PASSWORDS_MESSAGES,
} from './passwords';
export type { PasswordPolicy, Argon2Params, PolicyViolation, PasswordCheckContext } from './passwords';
export { IdentityUsers } from './users/identity-users.service';
export type { UserProfile, VouchedAccountInput, AccountMailContext } from './users/identity-users.service';
export { IdentityEventSink } from './events/identity-event-sink';
export type { IdentityEventName } from './events/identity-event-sink';
export { SessionPolicyResolver, AnySessionsPolicy } from './policy/session-policy.resolver';
export { SessionsSweeper } from './sessions/sessions.sweeper';
export type { SessionsSweepResult } from './sessions/sessions.sweeper';
export { ActionTokensSweeper } from './tokens/action-tokens.sweeper';
export type { ActionTokensSweepResult } from './tokens/action-tokens.sweeper';
