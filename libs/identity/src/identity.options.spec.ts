import { DEFAULT_IDENTITY_OPTIONS, resolveIdentityOptions } from './identity.options';

const SECRET = 'a'.repeat(32);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('resolveIdentityOptions', () => {
  it('applies every default', () => {
    expect(resolveIdentityOptions({ jwtSecret: SECRET })).toEqual({
      jwtSecret: SECRET,
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
    });
  });

  it('lets given values override the defaults', () => {
    const resolved = resolveIdentityOptions({
      jwtSecret: SECRET,
      accessTokenTtl: 5 * MINUTE,
      loginWindow: HOUR,
      pwnedPasswordsUrl: null,
      pwnedPasswordsFailure: 'closed',
      passwordPolicy: { minLength: 16 },
      redisUrl: 'redis://cache:6379',
    });
    expect(resolved).toMatchObject({
      accessTokenTtl: 5 * MINUTE,
      loginWindow: HOUR,
      pwnedPasswordsUrl: null,
      pwnedPasswordsFailure: 'closed',
      passwordPolicy: { minLength: 16 },
      redisUrl: 'redis://cache:6379',
      refreshTokenTtl: 30 * 24 * HOUR,
    });
  });

  it('does not let undefined values override the defaults', () => {
    const resolved = resolveIdentityOptions({
      jwtSecret: SECRET,
      accessTokenTtl: undefined,
      loginMaxAttemptsPerIp: undefined,
      pwnedPasswordsUrl: undefined,
      pwnedPasswordsFailure: undefined,
      passwordPolicy: undefined,
    });
    expect(resolved.accessTokenTtl).toBe(10 * MINUTE);
    expect(resolved.loginMaxAttemptsPerIp).toBe(100);
    expect(resolved.pwnedPasswordsUrl).toBe('https://api.pwnedpasswords.com');
    expect(resolved.pwnedPasswordsFailure).toBe('open');
    expect(resolved.passwordPolicy).toEqual({});
    expect(resolved).not.toHaveProperty('redisUrl');
  });

  it('does not change the defaults', () => {
    resolveIdentityOptions({ jwtSecret: SECRET, accessTokenTtl: 1 });
    expect(DEFAULT_IDENTITY_OPTIONS.accessTokenTtl).toBe(10 * MINUTE);
  });

  it('accepts a jwtSecret of exactly 32 characters and refuses a shorter or missing one', () => {
    expect(resolveIdentityOptions({ jwtSecret: 'b'.repeat(32) }).jwtSecret).toBe('b'.repeat(32));
    expect(() => resolveIdentityOptions({ jwtSecret: 'b'.repeat(31) })).toThrow('IdentityModule: jwtSecret must be at least 32 characters');
    expect(() => resolveIdentityOptions({ jwtSecret: '' })).toThrow('jwtSecret');
    expect(() => resolveIdentityOptions({ jwtSecret: undefined as unknown as string })).toThrow('jwtSecret');
  });

  it.each([
    ['accessTokenTtl', 0],
    ['refreshTokenTtl', -1],
    ['emailVerifyTtl', 0],
    ['passwordResetTtl', -60_000],
    ['passwordSetupTtl', 1.5],
    ['emailChangeTtl', Number.NaN],
    ['loginWindow', 0],
    ['loginMaxFailuresPerAccount', 0],
    ['loginMaxAttemptsPerIp', -5],
    ['sessionMaxLifetime', 0],
  ] as const)('refuses %s = %p, naming the option', (key, value) => {
    expect(() => resolveIdentityOptions({ jwtSecret: SECRET, [key]: value })).toThrow(
      `IdentityModule: ${key} must be a positive integer (got ${String(value)})`,
    );
  });

  it('refuses an unknown pwnedPasswordsFailure', () => {
    expect(() => resolveIdentityOptions({ jwtSecret: SECRET, pwnedPasswordsFailure: 'maybe' as 'open' })).toThrow(
      'IdentityModule: pwnedPasswordsFailure must be "open" or "closed"',
    );
  });
});
