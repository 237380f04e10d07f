import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from './environment';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      appUrl: 'http://localhost:3000',
      dataDir: './.data',
      mailFrom: 'no-reply@localhost',
      role: 'all',
      logLevel: 'info',
    });
    expect(c.ttl).toEqual({
      invitation: 7 * 86_400_000,
      passwordReset: 86_400_000,
      passwordSetup: 86_400_000,
      emailVerify: 86_400_000,
      emailChange: 86_400_000,
      accessToken: 600_000,
      refreshToken: 30 * 86_400_000,
      apiKeyRotationGrace: 86_400_000,
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.pwnedPasswordsUrl).toBe('https://api.pwnedpasswords.com');
  });

  it('reads optional variables that have no default', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/app',
      REDIS_URL: 'redis://cache:6379',
      SMTP_URL: 'smtp://mail:2525',
      JWT_SECRET: 'x'.repeat(40),
      PLATFORM_ADMINS: ' Ops@Example.com, root@example.com ',
      PWNED_PASSWORDS_URL: 'off',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/app',
      redisUrl: 'redis://cache:6379',
      smtpUrl: 'smtp://mail:2525',
      jwtSecret: 'x'.repeat(40),
      platformAdmins: ['ops@example.com', 'root@example.com'],
      pwnedPasswordsUrl: null,
    });
  });

  it('names every invalid variable in one error', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', INVITATION_TTL: '7 days', DATABASE_URL: 'mysql://x', ROLE: 'both', JWT_SECRET: 'short' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      message = (error as Error).message;
    }
    for (const name of ['PORT', 'INVITATION_TTL', 'DATABASE_URL', 'ROLE', 'JWT_SECRET']) expect(message).toContain(`- ${name}:`);
  });

  it('requires JWT_SECRET and DATABASE_URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required[\s\S]*DATABASE_URL: required/);
  });

  it('reads PASSWORD_POLICY over the defaults and names it when it is wrong', () => {
    expect(loadConfig({ PASSWORD_POLICY: '{"minLength":6,"allowedCharacters":"latin-digits-symbols"}' }).passwordPolicy).toMatchObject({
      minLength: 6,
      allowedCharacters: 'latin-digits-symbols',
      maxLength: 128,
    });
    expect(() => loadConfig({ PASSWORD_POLICY: '{"minLength":0}' })).toThrow(/- PASSWORD_POLICY: passwordPolicy\.minLength/);
    expect(() => loadConfig({ PASSWORD_POLICY: '{"minLenght":8}' })).toThrow(/- PASSWORD_POLICY: .*minLenght/);
    expect(() => loadConfig({ PASSWORD_POLICY: 'not json' })).toThrow(/- PASSWORD_POLICY:/);
  });
});

describe('loadConfig: access-token keys', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const messageOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('takes the signing key as PEM text, one-line PEM with \\n escapes, or a file path', async () => {
    expect(loadConfig({ JWT_PRIVATE_KEY: PEM }).jwtPrivateKey).toBe(PEM.trim());
    expect(loadConfig({ JWT_PRIVATE_KEY: PEM.replace(/\n/g, '\\n') }).jwtPrivateKey).toBe(PEM.trim());
    const dir = await mkdtemp(join(tmpdir(), 'env-spec-'));
    await writeFile(join(dir, 'key.pem'), PEM);
    await writeFile(join(dir, 'previous.pem'), publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const config = loadConfig({ JWT_PRIVATE_KEY: join(dir, 'key.pem'), JWT_PREVIOUS_PUBLIC_KEYS: join(dir, 'previous.pem') });
    expect(config.jwtPrivateKey).toBe(PEM.trim());
    expect(config.jwtPreviousPublicKeys).toHaveLength(1);
  });

  it('requires JWT_PRIVATE_KEY in production', () => {
    expect(messageOf({ NODE_ENV: 'production' })).toMatch(/- JWT_PRIVATE_KEY: required when NODE_ENV=production/);
  });

  it('names a wrong key without quoting it', () => {
    const body = PEM.split('\n')[1];
    const mangled = PEM.replace(body, body.replace(/^.{8}/, 'AAAAAAAA'));
    for (const value of [mangled, body, '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----']) {
      const message = messageOf({ JWT_PRIVATE_KEY: value });
      expect(message).toMatch(/- JWT_PRIVATE_KEY/);
      expect(message).not.toContain(body.slice(8, 40));
      expect(message).not.toContain('nope');
    }
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(messageOf({ JWT_PRIVATE_KEY: p384 })).toMatch(/must be an EC P-256 key/);
    expect(messageOf({ JWT_PRIVATE_KEY: PEM, JWT_PREVIOUS_PUBLIC_KEYS: 'not a key at all' })).toMatch(/- JWT_PREVIOUS_PUBLIC_KEYS/);
  });
});
