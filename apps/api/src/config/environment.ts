import { isDuration, parseDuration } from '@tenant-iam/common';
import {
  AccessTokenKeys,
  DEFAULT_PASSWORD_POLICY,
  normalizeEmail,
  PasswordPolicy,
  validatePasswordPolicy,
  validatePasswordPolicyOverride,
} from '@tenant-iam/identity';
import { BUILT_IN_PLANS, parsePlans, TenancyPlans } from '@tenant-iam/tenancy';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsIP,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  ValidationArguments,
  getMetadataStorage,
  isEmail,
  registerDecorator,
  validateSync,
} from 'class-validator';

/** The longest lifetime or interval that makes sense: a longer one is a typo (`365d` vs `3650d`). */
const MAX_DURATION = 365 * 86_400_000;

function IsDurationString(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        // Zero (an access token dead on arrival, a sweep in a busy loop) or over a year is a mistake.
        validate: (value: unknown) => isDuration(value) && parseDuration(value) >= 1_000 && parseDuration(value) <= MAX_DURATION,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a duration from 1s to 365d, such as 7d, 24h, 15m or 3s`,
      },
    });
}

/** proxy-addr's names for address ranges, accepted by Fastify's `trustProxy` besides IPs and CIDRs. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Whether `entry` is an IP address, a CIDR (`10.0.0.0/8`, `fd00::/8`) or a proxy-addr range name. */
export function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function IsProxyList(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isProxyList',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && splitList(value).every(isProxyAddress),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be comma-separated IP addresses or CIDRs, such as 10.0.0.0/8,192.168.1.10`,
      },
    });
}

/** Shortest secret accepted, and how varied it must be. */
const SECRET_MIN_LENGTH = 32;
const SECRET_MIN_DISTINCT = 10;

/**
 * Whether a secret looks random enough to key HMACs and encryption: long, made of at least
 * {@link SECRET_MIN_DISTINCT} different characters, and not one short unit repeated
 * (`abcabc...`). A cheap guard against placeholders, not a proof of entropy.
 */
export function isStrongSecret(value: string): boolean {
  if (value.length < SECRET_MIN_LENGTH || new Set(value).size < SECRET_MIN_DISTINCT) return false;
  // `value` is periodic iff it occurs in itself doubled at an offset other than 0 and its length.
  return (value + value).indexOf(value, 1) === value.length;
}

function IsStrongSecret(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isStrongSecret',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isStrongSecret(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a random value of at least ${SECRET_MIN_LENGTH} characters with at least ${SECRET_MIN_DISTINCT} different ones (e.g. openssl rand -base64 48)`,
      },
    });
}

/**
 * Variables whose value may appear in a configuration error. Any other variable (URLs with
 * credentials, secrets, keys, tokens, and whatever is added later) is named, never echoed.
 */
const ECHOED = new Set([
  'NODE_ENV',
  'PORT',
  'APP_URL',
  'DATA_DIR',
  'MAIL_FROM',
  'ROLE',
  'INVITATION_TTL',
  'PASSWORD_RESET_TTL',
  'PASSWORD_SETUP_TTL',
  'EMAIL_VERIFY_TTL',
  'EMAIL_CHANGE_TTL',
  'ACCESS_TOKEN_TTL',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'REFRESH_TOKEN_TTL',
  'EXPIRY_SWEEP_INTERVAL',
  'OUTBOX_RETENTION',
  'QUEUE_PREFIX',
  'API_KEY_ROTATION_GRACE',
  'PWNED_PASSWORDS_FAILURE',
  'PASSWORD_POLICY',
  'LOG_LEVEL',
  'LOGIN_MAX_FAILURES_PER_ACCOUNT',
  'LOGIN_MAX_ATTEMPTS_PER_IP',
  'LOGIN_WINDOW',
  'TRUSTED_PROXIES',
  'PLANS_FILE',
]);

/** ` (got "abc")` for a variable that may be echoed, else nothing. */
function got(name: string, value: string | undefined): string {
  if (!ECHOED.has(name) || value === undefined) return '';
  return ` (got ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)})`;
}

const PORT_MESSAGE = 'PORT must be a whole number from 0 to 65535';

/** An `iss` / `aud` as the identity lib accepts it: 1-255 visible ASCII characters, no spaces. */
const CLAIM_VALUE = /^[\x21-\x7e]{1,255}$/;
const CLAIM_MESSAGE = (name: string) => `${name} must be 1-255 visible ASCII characters without spaces, such as https://iam.example.com`;

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));

/**
 * Every environment variable the API reads (the README's configuration table), with its default. Validated once at
 * start; a wrong value stops the process with a message naming the variable.
 */
export class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;

  @Type(() => Number)
  @IsInt({ message: PORT_MESSAGE })
  @Min(0, { message: PORT_MESSAGE })
  @Max(65535, { message: PORT_MESSAGE })
  PORT = 3000;

  @trim()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'APP_URL must be an http(s) URL' })
  APP_URL = 'http://localhost:3000';

  @trim()
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @trim() @IsString() DATA_DIR = './.data';

  @trim()
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  /** Key prefix of the BullMQ queues in Redis: deployments sharing one Redis need different ones. */
  @trim()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'QUEUE_PREFIX must be 1-64 characters of A-Z a-z 0-9 _ . -' })
  QUEUE_PREFIX = 'tenant-iam';

  @trim()
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @trim()
  @Matches(/^[^\s@<>]+@[^\s@<>]+$|^.+<[^\s@<>]+@[^\s@<>]+>$/, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM = 'no-reply@localhost';

  @trim() @IsOptional() @IsStrongSecret() JWT_SECRET?: string;

  /** PEM of the EC P-256 key that signs access tokens, or the path of a file holding it. */
  @trim() @IsOptional() @IsString() JWT_PRIVATE_KEY?: string;

  /** PEM bundle (or a file path) of earlier signers' public keys, accepted during a rotation. */
  @trim() @IsOptional() @IsString() JWT_PREVIOUS_PUBLIC_KEYS?: string;

  /** The `iss` of access tokens, required on verify; unset: APP_URL. */
  @trim() @IsOptional() @Matches(CLAIM_VALUE, { message: CLAIM_MESSAGE('JWT_ISSUER') }) JWT_ISSUER?: string;

  /** The `aud` of access tokens, required on verify. */
  @trim() @Matches(CLAIM_VALUE, { message: CLAIM_MESSAGE('JWT_AUDIENCE') }) JWT_AUDIENCE = 'tenant-iam-api';

  @IsIn(['api', 'worker', 'all']) ROLE: 'api' | 'worker' | 'all' = 'all';

  @IsDurationString() INVITATION_TTL = '7d';
  @IsDurationString() PASSWORD_RESET_TTL = '24h';
  @IsDurationString() PASSWORD_SETUP_TTL = '24h';
  @IsDurationString() EMAIL_VERIFY_TTL = '24h';
  @IsDurationString() EMAIL_CHANGE_TTL = '24h';
  @IsDurationString() ACCESS_TOKEN_TTL = '10m';
  @IsDurationString() REFRESH_TOKEN_TTL = '30d';
  /** `off`: no process schedules the sweeps (run them from outside, or not at all in a test). */
  @ValidateIf((vars: { EXPIRY_SWEEP_INTERVAL?: unknown }) => vars.EXPIRY_SWEEP_INTERVAL !== 'off')
  @IsDurationString()
  EXPIRY_SWEEP_INTERVAL = '1m';
  /** How long a sent mail's outbox row is kept (its delivery status stays visible) before the sweep deletes it. */
  @IsDurationString() OUTBOX_RETENTION = '7d';
  @IsDurationString() API_KEY_ROTATION_GRACE = '24h';

  @trim()
  @Matches(/^(off|https?:\/\/\S+)$/, { message: 'PWNED_PASSWORDS_URL must be an http(s) URL or "off"' })
  PWNED_PASSWORDS_URL = 'https://api.pwnedpasswords.com';

  /** JSON object over the default policy, e.g. {"minLength":8,"requireUpper":true}. */
  @IsOptional() @IsString() PASSWORD_POLICY?: string;

  @IsIn(['open', 'closed']) PWNED_PASSWORDS_FAILURE: 'open' | 'closed' = 'open';

  /** Path of the plans JSON file (see {@link readPlansFile}); unset: the built-in single plan. */
  @trim() @IsOptional() @IsString() PLANS_FILE?: string;

  /** Comma-separated emails of the platform operators. */
  @IsOptional() @IsString() PLATFORM_ADMINS = '';

  /** Comma-separated IPs/CIDRs of the proxies whose X-Forwarded-For is believed; empty: none. */
  @IsProxyList() TRUSTED_PROXIES = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';

  /** Failed logins allowed per account and client address in LOGIN_WINDOW before 429. */
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_ACCOUNT = 10;
  /** Login attempts allowed per client IP in LOGIN_WINDOW before 429. */
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_ATTEMPTS_PER_IP = 100;
  @IsDurationString() LOGIN_WINDOW = '15m';
  /** Failed logins allowed per account in LOGIN_WINDOW over all client addresses before 429. */
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL = 100;
  /** Threads hashing passwords per process; unset: one per core. */
  @Type(() => Number) @IsOptional() @IsInt() @Min(1) @Max(256) PASSWORD_HASH_THREADS?: number;
  /** Nice value of the hashing threads (0 normal ... 19 lowest). */
  @Type(() => Number) @IsInt() @Min(0) @Max(19) PASSWORD_HASH_NICE = 10;
  /** Absolute session lifetime; no refresh extends a session past login + this. */
  @IsDurationString() SESSION_MAX_LIFETIME = '90d';

  /** Listen address; the default depends on NODE_ENV (see {@link loadConfig}). */
  @trim() @IsOptional() @IsIP(undefined, { message: 'HOST must be an IP address such as 127.0.0.1 or 0.0.0.0' }) HOST?: string;
  /** `smtp` or `file`; the default depends on SMTP_URL and NODE_ENV (see {@link loadConfig}). */
  @trim() @IsOptional() @IsIn(['smtp', 'file']) MAIL_TRANSPORT?: 'smtp' | 'file';
  /** Swagger UI and the OpenAPI JSON; default on outside production, off in production. */
  @trim() @IsOptional() @IsIn(['true', 'false'], { message: 'DOCS_ENABLED must be true or false' }) DOCS_ENABLED?: string;
  /** When set, `GET /metrics` needs `Authorization: Bearer <METRICS_TOKEN>`. */
  // Not in ECHOED: a wrong value is named, never printed.
  @trim()
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}

/** The validated, typed configuration the composition root hands to every lib. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  appUrl: string;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  /** QUEUE_PREFIX: key prefix of the BullMQ queues (used with REDIS_URL). */
  queuePrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  jwtSecret?: string;
  /** PEM of the access-token signing key; generated under DATA_DIR in the embedded mode when unset. */
  jwtPrivateKey?: string;
  /** PEMs of earlier signers' public keys (rotation). */
  jwtPreviousPublicKeys: string[];
  /** JWT_ISSUER: the `iss` of access tokens; APP_URL (without a trailing slash) when unset. */
  jwtIssuer: string;
  /** JWT_AUDIENCE: the `aud` of access tokens. */
  jwtAudience: string;
  role: 'api' | 'worker' | 'all';
  ttl: {
    invitation: number;
    passwordReset: number;
    passwordSetup: number;
    emailVerify: number;
    emailChange: number;
    accessToken: number;
    refreshToken: number;
    apiKeyRotationGrace: number;
  };
  /** EXPIRY_SWEEP_INTERVAL in ms: the period of every scheduled sweep; null for `off` (not scheduled). */
  expirySweepInterval: number | null;
  /** OUTBOX_RETENTION in ms. */
  outboxRetention: number;
  pwnedPasswordsUrl: string | null;
  pwnedPasswordsFailure: 'open' | 'closed';
  /** The account-wide password policy (defaults overlaid with PASSWORD_POLICY). */
  passwordPolicy: PasswordPolicy;
  /** The plans of PLANS_FILE, checked; the built-in single plan (`basic`, 10 seats) when unset. */
  plans: TenancyPlans;
  /** PLATFORM_ADMINS, each normalised like a login email. */
  platformAdmins: string[];
  logLevel: string;
  login: { maxFailuresPerAccount: number; maxAttemptsPerIp: number; window: number; maxFailuresPerAccountTotal: number };
  /** TRUSTED_PROXIES as a list; empty when no proxy is trusted. */
  trustedProxies: string[];
  /** PASSWORD_HASH_THREADS and PASSWORD_HASH_NICE. */
  passwordHashing: { threads?: number; nice: number };
  /** SESSION_MAX_LIFETIME in ms. */
  sessionMaxLifetime: number;
  /** Listen address: HOST, else 127.0.0.1 (0.0.0.0 when NODE_ENV=production). */
  host: string;
  /** Where mail goes: SMTP (`smtpUrl` is then set) or the mailbox folder under DATA_DIR (`smtpUrl` unset). */
  mailTransport: 'smtp' | 'file';
  /** Whether Swagger UI (`/api/docs`) and the OpenAPI JSON (`/api/docs-json`) are served. */
  docsEnabled: boolean;
  /** Bearer token `GET /metrics` requires; unset: open. */
  metricsToken?: string;
}

/** Thrown when the environment is invalid; the message lists every bad variable by name. */
export class ConfigurationError extends Error {}

/**
 * Validates an environment (normally `process.env`) and returns the typed configuration.
 * @throws ConfigurationError naming each invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Every decorated property, including optional ones that have no default value.
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
      .map((m) => m.propertyName),
  );
  const input = Object.fromEntries(Object.entries(env).filter(([key, value]) => known.has(key) && value !== undefined && value !== ''));
  const vars = plainToInstance(EnvironmentVariables, input, { exposeDefaultValues: true });
  const errors = validateSync(vars, { skipMissingProperties: false });
  // One line per variable, whatever number of its constraints failed; values only where harmless.
  const problems = errors.map(
    (e) => `  - ${e.property}: ${[...new Set(Object.values(e.constraints ?? {}))].join('; ')}${got(e.property, env[e.property])}`,
  );
  const env_ = (vars.NODE_ENV ?? 'development') as AppConfig['env'];
  if (env_ === 'production' && !vars.JWT_SECRET) {
    problems.push('  - JWT_SECRET: required when NODE_ENV=production');
  }
  if (env_ === 'production' && !vars.JWT_PRIVATE_KEY) {
    problems.push('  - JWT_PRIVATE_KEY: required when NODE_ENV=production (an EC P-256 private key, PEM or a file path)');
  }
  const keys = parseAccessTokenKeys(vars.JWT_PRIVATE_KEY, vars.JWT_PREVIOUS_PUBLIC_KEYS, problems);
  if (env_ === 'production' && !vars.DATABASE_URL) {
    problems.push('  - DATABASE_URL: required when NODE_ENV=production (the embedded database is for try-outs)');
  }
  if (vars.LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL < vars.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
    problems.push('  - LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: must be at least LOGIN_MAX_FAILURES_PER_ACCOUNT');
  }
  const mailTransport = vars.MAIL_TRANSPORT ?? (vars.SMTP_URL ? 'smtp' : 'file');
  if (mailTransport === 'smtp' && !vars.SMTP_URL) {
    problems.push('  - MAIL_TRANSPORT: smtp needs SMTP_URL');
  } else if (env_ === 'production' && !vars.SMTP_URL && vars.MAIL_TRANSPORT !== 'file') {
    // Mail carries live link tokens: in production it must not land on disk by accident.
    problems.push(
      '  - SMTP_URL: required when NODE_ENV=production (set MAIL_TRANSPORT=file to write mails to DATA_DIR/mailbox on purpose)',
    );
  }
  const appUrl = vars.APP_URL.replace(/\/+$/, '');
  if (!vars.JWT_ISSUER && !CLAIM_VALUE.test(appUrl)) {
    // APP_URL allows non-ASCII hosts and any length; an issuer does not.
    problems.push('  - JWT_ISSUER: required when APP_URL is not 1-255 visible ASCII characters (the default issuer is APP_URL)');
  }
  const passwordPolicy = parsePasswordPolicy(vars.PASSWORD_POLICY, problems);
  const plans = readPlansFile(vars.PLANS_FILE, problems);
  const platformAdmins = parsePlatformAdmins(vars.PLATFORM_ADMINS, problems);
  if (problems.length) {
    throw new ConfigurationError(`Invalid environment variables:\n${problems.join('\n')}`);
  }
  return {
    env: env_,
    port: vars.PORT,
    appUrl,
    databaseUrl: vars.DATABASE_URL,
    dataDir: vars.DATA_DIR,
    redisUrl: vars.REDIS_URL,
    queuePrefix: vars.QUEUE_PREFIX,
    // MAIL_TRANSPORT=file wins over SMTP_URL: the lib picks its transport from smtpUrl alone.
    smtpUrl: mailTransport === 'smtp' ? vars.SMTP_URL : undefined,
    mailFrom: vars.MAIL_FROM,
    jwtSecret: vars.JWT_SECRET,
    jwtPrivateKey: keys.privateKey,
    jwtPreviousPublicKeys: keys.previous,
    // Deployments differ by their public URL: by default their tokens are not valid at each other.
    jwtIssuer: vars.JWT_ISSUER ?? appUrl,
    jwtAudience: vars.JWT_AUDIENCE,
    role: vars.ROLE,
    ttl: {
      invitation: parseDuration(vars.INVITATION_TTL),
      passwordReset: parseDuration(vars.PASSWORD_RESET_TTL),
      passwordSetup: parseDuration(vars.PASSWORD_SETUP_TTL),
      emailVerify: parseDuration(vars.EMAIL_VERIFY_TTL),
      emailChange: parseDuration(vars.EMAIL_CHANGE_TTL),
      accessToken: parseDuration(vars.ACCESS_TOKEN_TTL),
      refreshToken: parseDuration(vars.REFRESH_TOKEN_TTL),
      apiKeyRotationGrace: parseDuration(vars.API_KEY_ROTATION_GRACE),
    },
    expirySweepInterval: vars.EXPIRY_SWEEP_INTERVAL === 'off' ? null : parseDuration(vars.EXPIRY_SWEEP_INTERVAL),
    outboxRetention: parseDuration(vars.OUTBOX_RETENTION),
    pwnedPasswordsUrl: vars.PWNED_PASSWORDS_URL === 'off' ? null : vars.PWNED_PASSWORDS_URL.replace(/\/+$/, ''),
    pwnedPasswordsFailure: vars.PWNED_PASSWORDS_FAILURE,
    passwordPolicy,
    plans,
    platformAdmins,
    logLevel: vars.LOG_LEVEL,
    login: {
      maxFailuresPerAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxAttemptsPerIp: vars.LOGIN_MAX_ATTEMPTS_PER_IP,
      window: parseDuration(vars.LOGIN_WINDOW),
      maxFailuresPerAccountTotal: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL,
    },
    trustedProxies: splitList(vars.TRUSTED_PROXIES),
    passwordHashing: { threads: vars.PASSWORD_HASH_THREADS, nice: vars.PASSWORD_HASH_NICE },
    sessionMaxLifetime: parseDuration(vars.SESSION_MAX_LIFETIME),
    host: vars.HOST ?? (env_ === 'production' ? '0.0.0.0' : '127.0.0.1'),
    mailTransport,
    docsEnabled: vars.DOCS_ENABLED ? vars.DOCS_ENABLED === 'true' : env_ !== 'production',
    metricsToken: vars.METRICS_TOKEN,
  };
}

/**
 * Reads JWT_PRIVATE_KEY and JWT_PREVIOUS_PUBLIC_KEYS (PEM text, with `\\n` allowed for one-line
 * variables, or a file path) and checks them the way the identity lib will. Problems name the
 * variable and never quote key material.
 */
function parseAccessTokenKeys(
  privateRaw: string | undefined,
  previousRaw: string | undefined,
  problems: string[],
): { privateKey?: string; previous: string[] } {
  const read = (name: string, raw: string | undefined): string | undefined => {
    if (!raw) return undefined;
    if (raw.startsWith('-----BEGIN')) return raw.replace(/\\n/g, '\n').trim();
    try {
      return readFileSync(raw, 'utf8').trim();
    } catch {
      // The value is not quoted: it may be a mangled key.
      problems.push(`  - ${name}: neither a PEM (-----BEGIN ...) nor the path of a readable file`);
      return undefined;
    }
  };
  const privateKey = read('JWT_PRIVATE_KEY', privateRaw);
  const previousText = read('JWT_PREVIOUS_PUBLIC_KEYS', previousRaw);
  const previous = previousText?.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
  if (previousText && !previous.length) problems.push('  - JWT_PREVIOUS_PUBLIC_KEYS: holds no PEM public key');
  if (privateKey) {
    try {
      new AccessTokenKeys(privateKey, previous);
    } catch (error) {
      problems.push(`  - JWT_PRIVATE_KEY / JWT_PREVIOUS_PUBLIC_KEYS: ${(error as Error).message}`);
    }
  }
  return { privateKey, previous };
}

function parsePasswordPolicy(raw: string | undefined, problems: string[]): PasswordPolicy {
  if (!raw) return { ...DEFAULT_PASSWORD_POLICY };
  try {
    const override = validatePasswordPolicyOverride(JSON.parse(raw) as Partial<PasswordPolicy>);
    return validatePasswordPolicy({ ...DEFAULT_PASSWORD_POLICY, ...override });
  } catch (error) {
    problems.push(`  - PASSWORD_POLICY: ${error instanceof Error ? error.message : String(error)} (got ${JSON.stringify(raw)})`);
    return { ...DEFAULT_PASSWORD_POLICY };
  }
}

/**
 * Reads the plans file PLANS_FILE names and checks it with tenancy's `parsePlans`. A missing or
 * unreadable file, bad JSON or a wrong shape is one problem naming PLANS_FILE, the path and the
 * place inside the document; the file's content is never quoted (JSON.parse's own message would).
 */
export function readPlansFile(path: string | undefined, problems: string[]): TenancyPlans {
  if (!path) return BUILT_IN_PLANS;
  const where = `PLANS_FILE (${JSON.stringify(path)})`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(`  - ${where}: cannot read the file${code ? ` (${code})` : ''}`);
    return BUILT_IN_PLANS;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`  - ${where}: not valid JSON${jsonErrorPlace(text, error)}`);
    return BUILT_IN_PLANS;
  }
  try {
    return parsePlans(json);
  } catch (error) {
    problems.push(`  - ${where}: ${(error as Error).message}`);
    return BUILT_IN_PLANS;
  }
}

/** ` at line 3, column 14` from a JSON.parse error that gives a position; else nothing. */
function jsonErrorPlace(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return text.trim() ? '' : ' (the file is empty)';
  const before = text.slice(0, Number(match[1])).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** PLATFORM_ADMINS as normalised emails, without duplicates; a bad entry is named by its position. */
function parsePlatformAdmins(raw: string, problems: string[]): string[] {
  const admins: string[] = [];
  splitList(raw).forEach((entry, i) => {
    const email = normalizeEmail(entry);
    if (isEmail(email)) admins.push(email);
    else problems.push(`  - PLATFORM_ADMINS: entry ${i + 1} is not an email address`);
  });
  return [...new Set(admins)];
}
