import { generateKeyPairSync } from 'node:crypto';
import { AccessTokenKeys } from './auth/access-token-keys';
import { DEFAULT_IDENTITY_OPTIONS, resolveIdentityOptions } from './identity.options';

const pem = (curve: string) =>
  generateKeyPairSync('ec', { namedCurve: curve }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const KEY = pem('P-256');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('resolveIdentityOptions', () => {
  it('applies every default', () => {
    expect(resolveIdentityOptions({ accessTokenPrivateKey: KEY })).toEqual({
      accessTokenKeys: expect.any(AccessTokenKeys),
      accessTokenIssuer: 'tenant-iam',
      accessTokenAudience: 'tenant-iam-api',
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
      loginMaxFailuresPerAccountTotal: 100,
      sessionMaxLifetime: 90 * 24 * HOUR,
      sessionMaxRefreshes: 50_000,
      deadSessionRetention: 7 * 24 * HOUR,
      actionTokenRetention: 7 * 24 * HOUR,
      sweepBatchSize: 1000,
    });
  });

  it('lets given values override the defaults', () => {
    const resolved = resolveIdentityOptions({
      accessTokenPrivateKey: KEY,
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
      accessTokenPrivateKey: KEY,
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
    resolveIdentityOptions({ accessTokenPrivateKey: KEY, accessTokenTtl: 1 });
    expect(DEFAULT_IDENTITY_OPTIONS.accessTokenTtl).toBe(10 * MINUTE);
  });

  it('builds the access-token key set and refuses a missing, non-P-256 or unparsable key without quoting it', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const previous = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keys = resolveIdentityOptions({ accessTokenPrivateKey: KEY, accessTokenPreviousPublicKeys: [previous] }).accessTokenKeys;
    expect(keys.jwks().keys.map((k) => k.kid)).toEqual([keys.signingKid, expect.any(String)]);
    expect(() => resolveIdentityOptions({ accessTokenPrivateKey: '' })).toThrow('accessTokenPrivateKey is required');
    expect(() => resolveIdentityOptions({ accessTokenPrivateKey: pem('P-384') })).toThrow('must be an EC P-256 key');
    const mangled = KEY.replace('MIG', 'XXX');
    let message = '';
    try {
      resolveIdentityOptions({ accessTokenPrivateKey: mangled });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/not a PEM-encoded private key/);
    expect(message).not.toContain(KEY.split('\n')[1]);
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
    ['loginMaxFailuresPerAccountTotal', 0],
    ['sessionMaxLifetime', 0],
  ] as const)('refuses %s = %p, naming the option', (key, value) => {
    expect(() => resolveIdentityOptions({ accessTokenPrivateKey: KEY, [key]: value })).toThrow(
      `IdentityModule: ${key} must be a positive integer (got ${String(value)})`,
    );
  });

  it('refuses an account-wide login ceiling below the per-address limit', () => {
    expect(
      resolveIdentityOptions({ accessTokenPrivateKey: KEY, loginMaxFailuresPerAccount: 5, loginMaxFailuresPerAccountTotal: 5 }),
    ).toMatchObject({
      loginMaxFailuresPerAccountTotal: 5,
    });
    expect(() =>
      resolveIdentityOptions({ accessTokenPrivateKey: KEY, loginMaxFailuresPerAccount: 10, loginMaxFailuresPerAccountTotal: 9 }),
    ).toThrow('IdentityModule: loginMaxFailuresPerAccountTotal must be at least loginMaxFailuresPerAccount');
  });

  it('takes accessTokenIssuer and accessTokenAudience, and refuses empty, spaced, non-ASCII or over-long ones', () => {
    expect(
      resolveIdentityOptions({ accessTokenPrivateKey: KEY, accessTokenIssuer: 'https://iam.example.com', accessTokenAudience: 'crm-api' }),
    ).toMatchObject({ accessTokenIssuer: 'https://iam.example.com', accessTokenAudience: 'crm-api' });
    for (const key of ['accessTokenIssuer', 'accessTokenAudience'] as const) {
      for (const value of ['', 'two words', 'tab\there', 'żółw', 'x'.repeat(256), 42 as unknown as string]) {
        expect(() => resolveIdentityOptions({ accessTokenPrivateKey: KEY, [key]: value })).toThrow(
          `IdentityModule: ${key} must be 1-255 visible ASCII characters, no spaces`,
        );
      }
    }
  });

  it('refuses an unknown pwnedPasswordsFailure', () => {
    expect(() => resolveIdentityOptions({ accessTokenPrivateKey: KEY, pwnedPasswordsFailure: 'maybe' as 'open' })).toThrow(
      'IdentityModule: pwnedPasswordsFailure must be "open" or "closed"',
    );
  });

  it('takes an eventSink port and refuses something that is not one', () => {
    const sink = { record: async () => undefined };
    expect(resolveIdentityOptions({ accessTokenPrivateKey: KEY, eventSink: sink }).eventSink).toBe(sink);
    expect(() => resolveIdentityOptions({ accessTokenPrivateKey: KEY, eventSink: {} as typeof sink })).toThrow(
      'IdentityModule: eventSink must be an IdentityEventSink (an object with record)',
    );
  });

  it('takes a sessionPolicyResolver port and refuses something that is not one', () => {
    const policy = { singleSession: async () => true };
    expect(resolveIdentityOptions({ accessTokenPrivateKey: KEY, sessionPolicyResolver: policy }).sessionPolicyResolver).toBe(policy);
    expect(() => resolveIdentityOptions({ accessTokenPrivateKey: KEY, sessionPolicyResolver: {} as typeof policy })).toThrow(
      'IdentityModule: sessionPolicyResolver must be a SessionPolicyResolver (an object with singleSession)',
    );
  });

  it.each(['sessionMaxRefreshes', 'deadSessionRetention', 'actionTokenRetention', 'sweepBatchSize'] as const)(
    'refuses a %s that is not a positive integer',
    (key) => {
      expect(() => resolveIdentityOptions({ accessTokenPrivateKey: KEY, [key]: 0 })).toThrow(
        `IdentityModule: ${key} must be a positive integer`,
      );
    },
  );
});
