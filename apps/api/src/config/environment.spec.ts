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

  it('reads the queue and sweep settings: EXPIRY_SWEEP_INTERVAL, OUTBOX_RETENTION and QUEUE_PREFIX', () => {
    expect(loadConfig({})).toMatchObject({ expirySweepInterval: 60_000, outboxRetention: 7 * 86_400_000, queuePrefix: 'tenant-iam' });
    expect(loadConfig({ EXPIRY_SWEEP_INTERVAL: '30s', OUTBOX_RETENTION: '36h', QUEUE_PREFIX: 'staging.eu-1' })).toMatchObject({
      expirySweepInterval: 30_000,
      outboxRetention: 36 * 3_600_000,
      queuePrefix: 'staging.eu-1',
    });
    // `off`: no schedule at all (sweeps run from outside); any other word is still refused.
    expect(loadConfig({ EXPIRY_SWEEP_INTERVAL: 'off' }).expirySweepInterval).toBeNull();
    expect(configError({ EXPIRY_SWEEP_INTERVAL: 'never' })).toContain('- EXPIRY_SWEEP_INTERVAL: EXPIRY_SWEEP_INTERVAL must be a duration');
    expect(configError({ OUTBOX_RETENTION: '0s' })).toContain('- OUTBOX_RETENTION: OUTBOX_RETENTION must be a duration from 1s to 365d');
    expect(configError({ QUEUE_PREFIX: 'a:b' })).toContain(
      '- QUEUE_PREFIX: QUEUE_PREFIX must be 1-64 characters of A-Z a-z 0-9 _ . - (got "a:b")',
    );
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

  it('takes the issuer from APP_URL and the audience tenant-iam-api unless JWT_ISSUER / JWT_AUDIENCE say otherwise', () => {
    expect(loadConfig({})).toMatchObject({ jwtIssuer: 'http://localhost:3000', jwtAudience: 'tenant-iam-api' });
    expect(loadConfig({ APP_URL: 'https://iam.example.com/' })).toMatchObject({ jwtIssuer: 'https://iam.example.com' });
    expect(loadConfig({ APP_URL: 'https://iam.example.com', JWT_ISSUER: ' urn:acme:iam ', JWT_AUDIENCE: 'acme-crm' })).toMatchObject({
      jwtIssuer: 'urn:acme:iam',
      jwtAudience: 'acme-crm',
    });
  });

  it('names a JWT_ISSUER or JWT_AUDIENCE with spaces, control characters or over 255 characters', () => {
    for (const value of ['my issuer', 'iss\u0000', 'é-issuer', 'x'.repeat(256)]) {
      expect(configError({ JWT_ISSUER: value })).toMatch(/- JWT_ISSUER: JWT_ISSUER must be 1-255 visible ASCII characters/);
      expect(configError({ JWT_AUDIENCE: value })).toMatch(/- JWT_AUDIENCE: JWT_AUDIENCE must be 1-255 visible ASCII characters/);
    }
    expect(configError({ JWT_AUDIENCE: 'two words' })).toContain('(got "two words")');
    // An APP_URL that is a fine link base but no issuer needs JWT_ISSUER, and is fine with it.
    expect(configError({ APP_URL: 'https://iam.zażółć.pl' })).toMatch(/- JWT_ISSUER: required when APP_URL is not/);
    expect(loadConfig({ APP_URL: 'https://iam.zażółć.pl', JWT_ISSUER: 'https://iam.xn--zaw-0na0d7c.pl' }).jwtIssuer).toBe(
      'https://iam.xn--zaw-0na0d7c.pl',
    );
  });
});

describe('loadConfig: plans and platform operators', () => {
  let dir: string;
  const file = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'env-plans-'));
  });

  it('offers the built-in single plan without PLANS_FILE', () => {
    expect(loadConfig({}).plans).toEqual({ default: 'basic', plans: { basic: { seats: 10, quotas: {} } } });
    expect(loadConfig({ PLANS_FILE: '  ' }).plans.default).toBe('basic');
  });

  it('reads the plans of PLANS_FILE', async () => {
    const path = await file(
      'plans.json',
      JSON.stringify({ default: 'start', plans: { start: { seats: 5, quotas: { search: 1000 } }, pro: { seats: 50 } } }),
    );
    expect(loadConfig({ PLANS_FILE: path }).plans).toEqual({
      default: 'start',
      plans: { start: { seats: 5, quotas: { search: 1000 } }, pro: { seats: 50, quotas: {} } },
    });
  });

  it('names PLANS_FILE and the path when the file is missing or unreadable', async () => {
    const missing = join(dir, 'nope.json');
    expect(configError({ PLANS_FILE: missing })).toContain(`- PLANS_FILE (${JSON.stringify(missing)}): cannot read the file (ENOENT)`);
    expect(configError({ PLANS_FILE: dir })).toMatch(/- PLANS_FILE \(.*\): cannot read the file \(EISDIR\)/);
  });

  it('names the place of a JSON syntax error without quoting the file', async () => {
    const path = await file('broken.json', '{\n  "default": "basic",\n  "plans": { sekret-token-1234 }\n}');
    const message = configError({ PLANS_FILE: path });
    expect(message).toMatch(/- PLANS_FILE \(.*broken\.json"\): not valid JSON at line 3, column 14/);
    expect(message).not.toContain('sekret');
    // JSON.parse quotes the text in some messages ("Unexpected token 's', "sekret..." is not valid JSON").
    const bare = await file('bare.json', 'sekret-token-1234');
    expect(configError({ PLANS_FILE: bare })).toMatch(/- PLANS_FILE \(.*\): not valid JSON$/m);
    expect(configError({ PLANS_FILE: bare })).not.toContain('sekret');
    expect(configError({ PLANS_FILE: await file('empty.json', '') })).toContain('not valid JSON (the file is empty)');
  });

  it.each([
    [{ default: 'basic', plans: { basic: { seats: 0 } } }, 'plans.basic.seats must be a positive integer'],
    [{ default: 'gold', plans: { basic: { seats: 5 } } }, 'default names no plan'],
    [
      { default: 'basic', plans: { basic: { seats: 5, quotas: { search: -1 } } } },
      'plans.basic.quotas.search must be a non-negative integer',
    ],
    [[1, 2], 'the plans document must be a JSON object'],
  ])('names the place of a wrong shape: %j', async (json, expected) => {
    const path = await file('shape.json', JSON.stringify(json));
    const message = configError({ PLANS_FILE: path });
    expect(message).toContain(`- PLANS_FILE (${JSON.stringify(path)}): ${expected}`);
  });

  it('normalises PLATFORM_ADMINS and drops duplicates', () => {
    expect(loadConfig({ PLATFORM_ADMINS: ' Ops@Example.COM ,,ops@example.com, Admin@Przykład.pl' }).platformAdmins).toEqual([
      'ops@example.com',
      'admin@xn--przykad-rjb.pl',
    ]);
    expect(loadConfig({}).platformAdmins).toEqual([]);
  });

  it('names PLATFORM_ADMINS and the position of an entry that is not an email', () => {
    const message = configError({ PLATFORM_ADMINS: 'ops@example.com, not-an-email, x@y' });
    expect(message).toContain('- PLATFORM_ADMINS: entry 2 is not an email address');
    expect(message).toContain('- PLATFORM_ADMINS: entry 3 is not an email address');
    expect(message).not.toContain('not-an-email');
  });
});
