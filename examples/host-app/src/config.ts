import { join } from 'node:path';

/** The host's configuration, read once from the environment (the libs themselves never read it). */
export interface HostConfig {
  databaseUrl: string;
  /** Seals the mail outbox (it holds link tokens); at least 32 characters. */
  secret: string;
  /** PEM of the EC P-256 key that signs access tokens (ES256). */
  signingKey: string;
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
    // One-line variables may carry the PEM's newlines as `\n`.
    signingKey: required('APP_SIGNING_KEY').replace(/\\n/g, '\n'),
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
