import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, validatePasswordPolicy } from './passwords';

/**
 * Options of {@link IdentityModule}. Durations are milliseconds; the app parses `24h`-style
 * environment values before handing them in. Every field but `jwtSecret` has a default.
 */
export interface IdentityModuleOptions {
  /** HMAC key for access JWTs (HS256, pinned). At least 32 characters. */
  jwtSecret: string;
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
  /** Failed logins allowed per account within `loginWindow` before 429. Default 10. */
  loginMaxFailuresPerAccount?: number;
  /** Login attempts allowed per client IP within `loginWindow` before 429. Default 100. */
  loginMaxAttemptsPerIp?: number;
  /** The window of both login limits. Default 15 minutes. */
  loginWindow?: number;
  /** Redis for the login counters, shared by all replicas; in-process memory when unset. */
  redisUrl?: string;
  /**
   * Absolute session lifetime from login: no refresh extends a session past `created_at` + this,
   * however active it is (then `SESSION_EXPIRED` and a fresh login). Default 90 days.
   */
  sessionMaxLifetime?: number;
}

/** {@link IdentityModuleOptions} with every default applied. */
export type ResolvedIdentityOptions = Required<Omit<IdentityModuleOptions, 'redisUrl' | 'passwordPolicy'>> &
  Pick<IdentityModuleOptions, 'redisUrl'> & { passwordPolicy: Partial<PasswordPolicy> };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The defaults of {@link IdentityModuleOptions}. */
export const DEFAULT_IDENTITY_OPTIONS: Omit<ResolvedIdentityOptions, 'jwtSecret'> = {
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
  sessionMaxLifetime: 90 * 24 * HOUR,
};

/**
 * Merges defaults and checks the result.
 * @throws Error naming the first bad option, so a misconfigured host stops at boot.
 */
export function resolveIdentityOptions(options: IdentityModuleOptions): ResolvedIdentityOptions {
  const resolved = { ...DEFAULT_IDENTITY_OPTIONS, ...stripUndefined(options) } as ResolvedIdentityOptions;
  if (!resolved.jwtSecret || resolved.jwtSecret.length < 32) {
    throw new Error('IdentityModule: jwtSecret must be at least 32 characters');
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
    'sessionMaxLifetime',
  ] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] <= 0) {
      throw new Error(`IdentityModule: ${key} must be a positive integer (got ${String(resolved[key])})`);
    }
  }
  try {
    validatePasswordPolicy({ ...DEFAULT_PASSWORD_POLICY, ...resolved.passwordPolicy });
  } catch (error) {
    throw new Error(`IdentityModule: passwordPolicy ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!['open', 'closed'].includes(resolved.pwnedPasswordsFailure)) {
    throw new Error('IdentityModule: pwnedPasswordsFailure must be "open" or "closed"');
  }
  return resolved;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
