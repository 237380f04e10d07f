import { isDuration, parseDuration } from '@tenant-iam/common';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy, validatePasswordPolicy, validatePasswordPolicyOverride } from '@tenant-iam/identity';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsIP,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  registerDecorator,
  getMetadataStorage,
  validateSync,
  ValidationArguments,
} from 'class-validator';

function IsDurationString(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isDuration',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        validate: (value: unknown) => isDuration(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a duration such as 7d, 24h, 15m or 3s`,
      },
    });
}

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));

/**
 * Every environment variable the API reads (DESIGN §7), with its default. Validated once at
 * start; a wrong value stops the process with a message naming the variable.
 */
export class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;

  @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT = 3000;

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

  @trim()
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @trim()
  @Matches(/^[^\s@<>]+@[^\s@<>]+$|^.+<[^\s@<>]+@[^\s@<>]+>$/, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM = 'no-reply@localhost';

  @trim() @IsOptional() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' }) JWT_SECRET?: string;

  @IsIn(['api', 'worker', 'all']) ROLE: 'api' | 'worker' | 'all' = 'all';

  @IsDurationString() INVITATION_TTL = '7d';
  @IsDurationString() PASSWORD_RESET_TTL = '24h';
  @IsDurationString() PASSWORD_SETUP_TTL = '24h';
  @IsDurationString() EMAIL_VERIFY_TTL = '24h';
  @IsDurationString() EMAIL_CHANGE_TTL = '24h';
  @IsDurationString() ACCESS_TOKEN_TTL = '10m';
  @IsDurationString() REFRESH_TOKEN_TTL = '30d';
  @IsDurationString() EXPIRY_SWEEP_INTERVAL = '1m';
  @IsDurationString() API_KEY_ROTATION_GRACE = '24h';

  @trim()
  @Matches(/^(off|https?:\/\/\S+)$/, { message: 'PWNED_PASSWORDS_URL must be an http(s) URL or "off"' })
  PWNED_PASSWORDS_URL = 'https://api.pwnedpasswords.com';

  /** JSON object over the default policy, e.g. {"minLength":8,"requireUpper":true} (API.md "Settings shapes"). */
  @IsOptional() @IsString() PASSWORD_POLICY?: string;

  @IsIn(['open', 'closed']) PWNED_PASSWORDS_FAILURE: 'open' | 'closed' = 'open';

  @trim() @IsOptional() @IsString() PLANS_FILE?: string;

  @IsOptional() @IsString() PLATFORM_ADMINS = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';

  /** Failed logins allowed per account in LOGIN_WINDOW before 429. */
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_ACCOUNT = 10;
  /** Login attempts allowed per client IP in LOGIN_WINDOW before 429. */
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_ATTEMPTS_PER_IP = 100;
  @IsDurationString() LOGIN_WINDOW = '15m';

  /** Listen address; the default depends on NODE_ENV (see {@link loadConfig}). */
  @trim() @IsOptional() @IsIP(undefined, { message: 'HOST must be an IP address such as 127.0.0.1 or 0.0.0.0' }) HOST?: string;
  /** `smtp` or `file`; the default depends on SMTP_URL and NODE_ENV (see {@link loadConfig}). */
  @trim() @IsOptional() @IsIn(['smtp', 'file']) MAIL_TRANSPORT?: 'smtp' | 'file';
  /** Swagger UI and the OpenAPI JSON; default on outside production, off in production. */
  @trim() @IsOptional() @IsIn(['true', 'false'], { message: 'DOCS_ENABLED must be true or false' }) DOCS_ENABLED?: string;
  /** When set, `GET /metrics` needs `Authorization: Bearer <METRICS_TOKEN>`. */
  // No length rule here: the shared error format would echo the token.
  @trim() @IsOptional() @IsString() METRICS_TOKEN?: string;
}

/** The validated, typed configuration the composition root hands to every lib. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  appUrl: string;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  jwtSecret?: string;
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
  expirySweepInterval: number;
  pwnedPasswordsUrl: string | null;
  pwnedPasswordsFailure: 'open' | 'closed';
  /** The account-wide password policy (defaults overlaid with PASSWORD_POLICY). */
  passwordPolicy: PasswordPolicy;
  plansFile?: string;
  platformAdmins: string[];
  logLevel: string;
  login: { maxFailuresPerAccount: number; maxAttemptsPerIp: number; window: number };
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
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((message) => `  - ${e.property}: ${message} (got ${JSON.stringify(env[e.property])})`),
  );
  const env_ = (vars.NODE_ENV ?? 'development') as AppConfig['env'];
  if (env_ === 'production' && !vars.JWT_SECRET) {
    problems.push('  - JWT_SECRET: required when NODE_ENV=production');
  }
  if (env_ === 'production' && !vars.DATABASE_URL) {
    problems.push('  - DATABASE_URL: required when NODE_ENV=production (the embedded database is for try-outs)');
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
  const passwordPolicy = parsePasswordPolicy(vars.PASSWORD_POLICY, problems);
  if (problems.length) {
    throw new ConfigurationError(`Invalid environment variables:\n${problems.join('\n')}`);
  }
  return {
    env: env_,
    port: vars.PORT,
    appUrl: vars.APP_URL.replace(/\/+$/, ''),
    databaseUrl: vars.DATABASE_URL,
    dataDir: vars.DATA_DIR,
    redisUrl: vars.REDIS_URL,
    // MAIL_TRANSPORT=file wins over SMTP_URL: the lib picks its transport from smtpUrl alone.
    smtpUrl: mailTransport === 'smtp' ? vars.SMTP_URL : undefined,
    mailFrom: vars.MAIL_FROM,
    jwtSecret: vars.JWT_SECRET,
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
    expirySweepInterval: parseDuration(vars.EXPIRY_SWEEP_INTERVAL),
    pwnedPasswordsUrl: vars.PWNED_PASSWORDS_URL === 'off' ? null : vars.PWNED_PASSWORDS_URL.replace(/\/+$/, ''),
    pwnedPasswordsFailure: vars.PWNED_PASSWORDS_FAILURE,
    passwordPolicy,
    plansFile: vars.PLANS_FILE,
    platformAdmins: vars.PLATFORM_ADMINS.split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
    logLevel: vars.LOG_LEVEL,
    login: {
      maxFailuresPerAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxAttemptsPerIp: vars.LOGIN_MAX_ATTEMPTS_PER_IP,
      window: parseDuration(vars.LOGIN_WINDOW),
    },
    host: vars.HOST ?? (env_ === 'production' ? '0.0.0.0' : '127.0.0.1'),
    mailTransport,
    docsEnabled: vars.DOCS_ENABLED ? vars.DOCS_ENABLED === 'true' : env_ !== 'production',
    metricsToken: vars.METRICS_TOKEN,
  };
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
