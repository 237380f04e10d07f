import { join } from 'node:path';

/** The host's configuration, read once from the environment (the libs themselves never read it). */
export interface HostConfig {
  databaseUrl: string;
  /** Signs access JWTs and seals the mail outbox; at least 32 characters. */
  secret: string;
  mail: { appUrl: string; mailFrom: string; smtpUrl?: string; mailboxDir: string };
  /** `null` switches the breached-password check off (tests, air-gapped hosts); unset: the public API. */
  pwnedPasswordsUrl?: string | null;
}

/** Reads and checks the environment; a missing or bad variable stops the boot with its name. */
export function loadConfig(env: NodeJS.ProcessEnv): HostConfig {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const secret = required('APP_SECRET');
  if (secret.length < 32) throw new Error('APP_SECRET must be at least 32 characters');
  return {
    databaseUrl: required('DATABASE_URL'),
    secret,
    mail: {
      appUrl: env.APP_URL ?? 'http://localhost:3000',
      mailFrom: env.MAIL_FROM ?? 'Host App <no-reply@host-app.test>',
      smtpUrl: env.SMTP_URL || undefined,
      mailboxDir: env.MAILBOX_DIR ?? join(process.cwd(), '.data', 'mailbox'),
    },
    pwnedPasswordsUrl: env.PWNED_PASSWORDS_URL === 'off' ? null : env.PWNED_PASSWORDS_URL || undefined,
  };
}

export const config = loadConfig(process.env);
