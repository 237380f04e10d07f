import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, isProxyAddress, isStrongSecret, loadConfig } from './environment';

/** What `openssl rand -base64 33` prints. */
const SECRET = 'q3W8fZ0vKp1xYb6NcT2mRj9LsD4hGa7Ue5Hk';

/** The message of the ConfigurationError `env` causes. */
function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error(`expected a ConfigurationError for ${Object.keys(env).join(', ')}`);
}

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
    expect(c.sessionMaxLifetime).toBe(90 * 86_400_000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.pwnedPasswordsUrl).toBe('https://api.pwnedpasswords.com');
  });

  it('reads optional variables that have no default', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/app',
      REDIS_URL: 'redis://cache:6379',
      SMTP_URL: 'smtp://mail:2525',
      JWT_SECRET: SECRET,
      PLATFORM_ADMINS: ' Ops@Example.com, root@example.com ',
      PWNED_PASSWORDS_URL: 'off',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/app',
      redisUrl: 'redis://cache:6379',
      smtpUrl: 'smtp://mail:2525',
      jwtSecret: SECRET,
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

  it('reads the login limits, with an account-wide ceiling no lower than the per-address limit', () => {
    expect(loadConfig({}).login).toEqual({
      maxFailuresPerAccount: 10,
      maxAttemptsPerIp: 100,
      window: 900_000,
      maxFailuresPerAccountTotal: 100,
    });
    expect(loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '250' }).login.maxFailuresPerAccountTotal).toBe(250);
    expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '0' })).toThrow(/- LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL:/);
    expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '20', LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '19' })).toThrow(
      /- LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: must be at least LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });

  describe('never echoes a secret', () => {
    it('names DATABASE_URL without its password', () => {
      const message = configError({ DATABASE_URL: 'mysql://admin:Hunter2-Pa55@db.internal:3306/app' });
      expect(message).toContain('- DATABASE_URL:');
      expect(message).not.toContain('Hunter2');
      expect(message).not.toContain('db.internal');
    });

    it('names a weak JWT_SECRET without printing it', () => {
      for (const secret of ['short-but-secret', 'a'.repeat(64), 'abcdefgh'.repeat(8), 'Hunter2-Hunter2-Hunter2-Hunter2-Hunter2']) {
        const message = configError({ JWT_SECRET: secret });
        expect(message).toContain('- JWT_SECRET:');
        expect(message).not.toContain(secret);
        expect(message).not.toContain(secret.slice(0, 8));
      }
    });

    it.each(['REDIS_URL', 'SMTP_URL', 'PWNED_PASSWORDS_URL'])('names %s without its value', (name) => {
      const message = configError({ [name]: 'ftp://user:Sup3rSecret@host' });
      expect(message).toContain(`- ${name}:`);
      expect(message).not.toContain('Sup3rSecret');
    });

    it('still shows harmless values, which helps fix a typo', () => {
      expect(configError({ ROLE: 'both' })).toContain('(got "both")');
    });
  });

  it('reports PORT=abc on one line', () => {
    const message = configError({ PORT: 'abc' });
    expect(message.split('\n')).toEqual([
      'Invalid environment variables:',
      '  - PORT: PORT must be a whole number from 0 to 65535 (got "abc")',
    ]);
  });

  it.each([
    ['ACCESS_TOKEN_TTL', '0s'],
    ['ACCESS_TOKEN_TTL', '500ms'],
    ['REFRESH_TOKEN_TTL', '366d'],
    ['INVITATION_TTL', '9000h'],
    ['EXPIRY_SWEEP_INTERVAL', '0m'],
    ['LOGIN_WINDOW', '0s'],
  ])('refuses %s=%s: zero or over a year', (name, value) => {
    expect(configError({ [name]: value })).toContain(`- ${name}: ${name} must be a duration from 1s to 365d`);
  });

  it('accepts durations from 1s to 365d', () => {
    expect(loadConfig({ ACCESS_TOKEN_TTL: '1s', REFRESH_TOKEN_TTL: '365d' }).ttl).toMatchObject({
      accessToken: 1_000,
      refreshToken: 365 * 86_400_000,
    });
  });

  describe('isStrongSecret', () => {
    it('accepts random values and the test secrets', () => {
      expect(isStrongSecret(SECRET)).toBe(true);
      expect(isStrongSecret('0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeX')).toBe(true);
      expect(isStrongSecret('test-secret-test-secret-test-secret-0123456789')).toBe(true);
    });

    it('refuses short, repetitive or low-variety values', () => {
      expect(isStrongSecret(SECRET.slice(0, 31))).toBe(false);
      expect(isStrongSecret('a'.repeat(64))).toBe(false);
      expect(isStrongSecret('abcdefghijk'.repeat(4))).toBe(false);
      expect(isStrongSecret('abab-1212-abab-1212-abab-1212-abab')).toBe(false);
    });
  });

  describe('TRUSTED_PROXIES', () => {
    it('defaults to trusting nobody', () => {
      expect(loadConfig({}).trustedProxies).toEqual([]);
    });

    it('reads comma-separated IPs, CIDRs and proxy-addr range names', () => {
      expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8, 192.168.1.10 ,fd00::/8,loopback' }).trustedProxies).toEqual([
        '10.0.0.0/8',
        '192.168.1.10',
        'fd00::/8',
        'loopback',
      ]);
    });

    it('names a wrong entry', () => {
      expect(configError({ TRUSTED_PROXIES: '10.0.0.0/8,lb.internal' })).toContain('- TRUSTED_PROXIES:');
      for (const entry of ['10.0.0.0/33', '::1/129', '10.0.0/8', '10.0.0.1/8/1', '10.0.0.1/']) expect(isProxyAddress(entry)).toBe(false);
    });
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
