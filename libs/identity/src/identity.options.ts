import { stripUndefined } from '@tenant-iam/common';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, validatePasswordPolicy } from './passwords';
import type { KeyObject } from 'node:crypto';
import type { HashPoolOptions } from './passwords/hash-pool';
import { AccessTokenKeys } from './auth/access-token-keys';
import type { IdentityEventSink } from './events/identity-event-sink';
import type { PasswordPolicyResolver } from './policy/password-policy.resolver';
import type { SessionPolicyResolver } from './policy/session-policy.resolver';

/**
 * Options of {@link IdentityModule}. Durations are milliseconds; the app parses `24h`-style
 * environment values before handing them in. Every field but `accessTokenPrivateKey` has a default.
 */
export interface IdentityModuleOptions {
  /**
   * Signs access JWTs (ES256, pinned on verify): an EC P-256 private key, PEM or KeyObject. Its
   * public half is published at `GET /.well-known/jwks.json`, `kid` = its RFC 7638 thumbprint.
   */
  accessTokenPrivateKey: string | KeyObject;
  /**
   * Public keys of earlier signers, still accepted and published. To rotate: sign with a new key
   * and list the old public key here until the old tokens have expired (`accessTokenTtl`).
   */
  accessTokenPreviousPublicKeys?: (string | KeyObject)[];
  /**
   * The `iss` of every access JWT, required on verify: a token of another deployment or product
   * that trusts the same keys is refused. Default `tenant-iam`; a host should set its own (the app
   * uses its public URL).
   */
  accessTokenIssuer?: string;
  /**
   * The `aud` of every access JWT, required on verify (exactly this value, or a list holding it).
   * Default `tenant-iam-api`.
   */
  accessTokenAudience?: string;
  /** Access JWT lifetime. Default 10 minutes. */
  accessTokenTtl?: number;
  /** Refresh token / session idle lifetime, renewed on every refresh. Default 30 days. */
  refreshTokenTtl?: number;
  /** Email verification link lifetime. Default 24 h. */
  emailVerifyTtl?: number;
  /** Password reset link lifetime. Default 24 h. */
  passwordResetTtl?: number;
  /** Set-password link lifetime (accounts created by an admin). Default 24 h. */
  passwordSetupTtl?: number;
  /** Email change confirmation / cancel link lifetime. Default 24 h. */
  emailChangeTtl?: number;
  /** The account-wide password policy; tenants may only make it stricter. */
  passwordPolicy?: Partial<PasswordPolicy>;
  /** Have I Been Pwned range API base URL; `null` disables the breached check. */
  pwnedPasswordsUrl?: string | null;
  /** What a breached-check outage means: `open` lets the password through, `closed` refuses it (503). */
  pwnedPasswordsFailure?: 'open' | 'closed';
  /**
   * Failed logins allowed per account and client address within `loginWindow` before 429; a
   * success clears them. Also the limit of wrong current passwords per signed-in user. Default 10.
   */
  loginMaxFailuresPerAccount?: number;
  /** Login attempts allowed per client IP within `loginWindow` before 429. Default 100. */
  loginMaxAttemptsPerIp?: number;
  /** The window of the login limits. Default 15 minutes. */
  loginWindow?: number;
  /** Redis for the login counters, shared by all replicas; in-process memory when unset. */
  redisUrl?: string;
  /**
   * Port: which password policy applies to a user. Default: the account-wide `passwordPolicy` for
   * everyone. Plug an instance (built in `forRootAsync`'s factory from whatever it injects) to let
   * another module, such as tenancy, make the rules stricter per user.
   */
  passwordPolicyResolver?: PasswordPolicyResolver;
  /**
   * Port: receives `user.login`, `user.password_changed` and `user.email_changed` inside the
   * transaction of the change, so what it writes commits or rolls back with it (and a sink that
   * throws fails the change). Default: a sink that does nothing. Plug an instance (built in
   * `forRootAsync`'s factory from whatever it injects); tenancy writes its activity log this way.
   */
  eventSink?: IdentityEventSink;
  /**
   * Failed logins allowed per account within `loginWindow` over all client addresses, against
   * guessing spread over many addresses; at least `loginMaxFailuresPerAccount`. Default 100.
   */
  loginMaxFailuresPerAccountTotal?: number;
  /**
   * Absolute session lifetime from login: no refresh extends a session past `created_at` + this,
   * however active it is (then `SESSION_EXPIRED` and a fresh login). Default 90 days.
   */
  sessionMaxLifetime?: number;
  /**
   * Port: whether a user may hold only one session at a time; when it says so, a password login
   * ends the user's other sessions (`SESSION_REPLACED`). Default: any number of sessions for
   * everyone. Plug an instance built in `forRootAsync`'s factory; tenancy ships
   * `TenantSessionPolicies` (the organisations' `singleSession` setting).
   */
  sessionPolicyResolver?: SessionPolicyResolver;
  /**
   * Refreshes one session may make before it ends with `SESSION_EXPIRED` (log in again). Every
   * used refresh token of a live session is kept, so that a reused one is always detected: this
   * bounds how many rows one session (or a client refreshing in a loop) can hold. Default 50 000
   * (one refresh every 2.6 minutes for 90 days).
   */
  sessionMaxRefreshes?: number;
  /**
   * How long an ended session (revoked, replaced, or past its idle or absolute lifetime) and its
   * refresh tokens are kept before the `identity.sweep-sessions` job deletes them. Default 7 days.
   */
  deadSessionRetention?: number;
  /**
   * How long a link token is kept after its expiry, used or not, before the `identity.sweep-tokens`
   * job deletes it (until then an old link answers `TOKEN_EXPIRED` / `TOKEN_USED`, after it
   * `TOKEN_INVALID`). Default 7 days.
   */
  actionTokenRetention?: number;
  /** Rows one statement of a sweep deletes at most; a sweep repeats it until done. Default 1000. */
  sweepBatchSize?: number;
  /**
   * The threads that hash passwords: how many (default: one per core) and their nice value
   * (default 10: below request handling, so a burst of logins does not slow other requests).
   */
  passwordHashing?: Partial<HashPoolOptions>;
}

/** {@link IdentityModuleOptions} with every default applied. */
export type ResolvedIdentityOptions = Required<
  Omit<
    IdentityModuleOptions,
    | 'redisUrl'
    | 'passwordPolicy'
    | 'passwordHashing'
    | 'passwordPolicyResolver'
    | 'eventSink'
    | 'sessionPolicyResolver'
    | 'accessTokenPrivateKey'
    | 'accessTokenPreviousPublicKeys'
  >
> &
  Pick<IdentityModuleOptions, 'redisUrl' | 'passwordHashing' | 'passwordPolicyResolver' | 'eventSink' | 'sessionPolicyResolver'> & {
    passwordPolicy: Partial<PasswordPolicy>;
    accessTokenKeys: AccessTokenKeys;
  };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The defaults of {@link IdentityModuleOptions}. */
export const DEFAULT_IDENTITY_OPTIONS: Omit<ResolvedIdentityOptions, 'accessTokenKeys'> = {
  accessTokenIssuer: 'tenant-iam',
  accessTokenAudience: 'tenant-iam-api',
  accessTokenTtl: 10 * MINUTE,
  refreshTokenTtl: 30 * 24 * HOUR,
  emailVerifyTtl: 24 * HOUR,
  passwordResetTtl: 24 * HOUR,
  passwordSetupTtl: 24 * HOUR,
  emailChangeTtl: 24 * HOUR,
  passwordPolicy: {},
  pwnedPasswordsUrl: 'https://api.pwnedpasswords.com',
  pwnedPasswordsFailure: 'open',
  loginMaxFailuresPerAccount: 10,
  loginMaxAttemptsPerIp: 100,
  loginWindow: 15 * MINUTE,
  loginMaxFailuresPerAccountTotal: 100,
  sessionMaxLifetime: 90 * 24 * HOUR,
  sessionMaxRefreshes: 50_000,
  deadSessionRetention: 7 * 24 * HOUR,
  actionTokenRetention: 7 * 24 * HOUR,
  sweepBatchSize: 1000,
};

/** Longest `iss` / `aud` accepted: a URL or a name, not a document. */
const MAX_CLAIM_LENGTH = 255;

/**
 * Whether `value` can be an `iss` or `aud`: a non-empty string of visible ASCII, no spaces. Spaces
 * and control characters would make a value that looks equal in a log and is not.
 */
function isClaimValue(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_CLAIM_LENGTH && /^[\x21-\x7e]+$/.test(value);
}

/**
 * Merges defaults and checks the result.
 * @throws Error naming the first bad option, so a misconfigured host stops at boot.
 */
export function resolveIdentityOptions(options: IdentityModuleOptions): ResolvedIdentityOptions {
  const { accessTokenPrivateKey, accessTokenPreviousPublicKeys, ...rest } = options;
  const resolved = { ...DEFAULT_IDENTITY_OPTIONS, ...stripUndefined(rest) } as ResolvedIdentityOptions;
  if (!accessTokenPrivateKey) throw new Error('IdentityModule: accessTokenPrivateKey is required');
  try {
    resolved.accessTokenKeys = new AccessTokenKeys(accessTokenPrivateKey, accessTokenPreviousPublicKeys ?? []);
  } catch (error) {
    throw new Error(`IdentityModule: accessTokenPrivateKey / accessTokenPreviousPublicKeys: ${(error as Error).message}`);
  }
  for (const key of [
    'accessTokenTtl',
    'refreshTokenTtl',
    'emailVerifyTtl',
    'passwordResetTtl',
    'passwordSetupTtl',
    'emailChangeTtl',
    'loginWindow',
    'loginMaxFailuresPerAccount',
    'loginMaxAttemptsPerIp',
    'loginMaxFailuresPerAccountTotal',
    'sessionMaxLifetime',
    'sessionMaxRefreshes',
    'deadSessionRetention',
    'actionTokenRetention',
    'sweepBatchSize',
  ] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] <= 0) {
      throw new Error(`IdentityModule: ${key} must be a positive integer (got ${String(resolved[key])})`);
    }
  }
  for (const key of ['accessTokenIssuer', 'accessTokenAudience'] as const) {
    if (!isClaimValue(resolved[key])) {
      throw new Error(`IdentityModule: ${key} must be 1-${MAX_CLAIM_LENGTH} visible ASCII characters, no spaces`);
    }
  }
  if (resolved.loginMaxFailuresPerAccountTotal < resolved.loginMaxFailuresPerAccount) {
    throw new Error('IdentityModule: loginMaxFailuresPerAccountTotal must be at least loginMaxFailuresPerAccount');
  }
  try {
    validatePasswordPolicy({ ...DEFAULT_PASSWORD_POLICY, ...resolved.passwordPolicy });
  } catch (error) {
    throw new Error(`IdentityModule: passwordPolicy ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!['open', 'closed'].includes(resolved.pwnedPasswordsFailure)) {
    throw new Error('IdentityModule: pwnedPasswordsFailure must be "open" or "closed"');
  }
  if (resolved.passwordPolicyResolver !== undefined && typeof resolved.passwordPolicyResolver?.forUser !== 'function') {
    throw new Error('IdentityModule: passwordPolicyResolver must be a PasswordPolicyResolver (an object with forUser)');
  }
  if (resolved.eventSink !== undefined && typeof resolved.eventSink?.record !== 'function') {
    throw new Error('IdentityModule: eventSink must be an IdentityEventSink (an object with record)');
  }
  if (resolved.sessionPolicyResolver !== undefined && typeof resolved.sessionPolicyResolver?.singleSession !== 'function') {
    throw new Error('IdentityModule: sessionPolicyResolver must be a SessionPolicyResolver (an object with singleSession)');
  }
  return resolved;
}
