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
    expect(c.sessionMaxLifetime).toBe(90 * 86_400_000);
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
