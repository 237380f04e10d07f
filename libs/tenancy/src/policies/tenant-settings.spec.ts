import { DEFAULT_PASSWORD_POLICY, PasswordPolicy } from '@tenant-iam/identity';
import { DEFAULT_PROFILE_POLICY } from './profile-policy';
import { DEFAULT_TENANT_SETTINGS, mergeSettings, readPasswordPolicyOverride, readSettings, validateSettingsPatch } from './tenant-settings';

const ACCOUNT: PasswordPolicy = { ...DEFAULT_PASSWORD_POLICY, minLength: 10, maxLength: 128, requireDigit: true, minStrength: 2 };

const fields = (patch: unknown, account: PasswordPolicy = ACCOUNT) =>
  validateSettingsPatch(patch, account).map((e) => `${e.field}:${e.code}`);

describe('DEFAULT_TENANT_SETTINGS', () => {
  it('adds no rule to the account ones', () => {
    expect(DEFAULT_TENANT_SETTINGS).toEqual({
      membersCanInvite: false,
      singleSession: false,
      passwordPolicy: {},
      profilePolicy: DEFAULT_PROFILE_POLICY,
    });
  });
});

describe('validateSettingsPatch', () => {
  it('accepts a valid patch of every key, an empty one, and nulls', () => {
    expect(
      fields({
        membersCanInvite: true,
        singleSession: false,
        passwordPolicy: {
          minLength: 14,
          requireSymbol: true,
          allowedCharacters: 'latin-digits-symbols',
          minStrength: 3,
          rejectBreached: true,
        },
        profilePolicy: { nameScript: 'cyrillic', nameMinLength: 2, phoneCountry: 'UA', phonePrefixes: ['067'] },
      }),
    ).toEqual([]);
    expect(fields({})).toEqual([]);
    expect(fields({ membersCanInvite: null, singleSession: null, passwordPolicy: null, profilePolicy: null })).toEqual([]);
    expect(fields({ passwordPolicy: { minLength: null, requireUpper: null } })).toEqual([]);
  });

  it('refuses what is not an object', () => {
    for (const patch of [null, 'x', 3, [], undefined]) expect(fields(patch)).toEqual(['settings:IS_OBJECT']);
    expect(fields({ passwordPolicy: 12, profilePolicy: [] })).toEqual([
      'settings.passwordPolicy:IS_OBJECT',
      'settings.profilePolicy:IS_OBJECT',
    ]);
  });

  it('names unknown keys at every level', () => {
    expect(fields({ theme: 'dark', passwordPolicy: { minLenght: 12 }, profilePolicy: { colour: 'red' } })).toEqual([
      'settings.theme:UNKNOWN_SETTING',
      'settings.passwordPolicy.minLenght:UNKNOWN_SETTING',
      'settings.profilePolicy.colour:UNKNOWN_SETTING',
    ]);
  });

  it('answers wrong types with the class-validator codes', () => {
    expect(fields({ membersCanInvite: 'yes', singleSession: 1 })).toEqual([
      'settings.membersCanInvite:IS_BOOLEAN',
      'settings.singleSession:IS_BOOLEAN',
    ]);
    expect(
      fields({
        passwordPolicy: { minLength: '12', maxLength: 2000, requireLower: 'true', allowedCharacters: 'ascii', minStrength: 5 },
      }),
    ).toEqual([
      'settings.passwordPolicy.minLength:IS_INT',
      'settings.passwordPolicy.maxLength:MAX',
      'settings.passwordPolicy.requireLower:IS_BOOLEAN',
      'settings.passwordPolicy.allowedCharacters:IS_IN',
      'settings.passwordPolicy.minStrength:MAX',
    ]);
    expect(fields({ passwordPolicy: { minLength: 0, maxLength: 12.5, minStrength: -1 } })).toEqual([
      'settings.passwordPolicy.minLength:MIN',
      'settings.passwordPolicy.maxLength:IS_INT',
      'settings.passwordPolicy.minStrength:MIN',
    ]);
  });

  it("keeps identity's explanation as the fallback text", () => {
    const [error] = validateSettingsPatch({ passwordPolicy: { maxLength: 5000 } }, ACCOUNT);
    expect(error.params?.fallback).toMatch(/maxLength: must be at most/);
  });

  it('refuses every rule looser than the account one, with the account value', () => {
    const account: PasswordPolicy = { ...ACCOUNT, allowedCharacters: 'latin-digits-symbols', rejectBreached: true };
    const errors = validateSettingsPatch(
      {
        passwordPolicy: {
          minLength: 8,
          maxLength: 256,
          requireDigit: false,
          allowedCharacters: 'any',
          minStrength: 1,
          rejectBreached: false,
        },
      },
      account,
    );
    expect(errors).toEqual([
      { field: 'settings.passwordPolicy.minLength', code: 'POLICY_NOT_STRICTER', params: { account: 10 } },
      { field: 'settings.passwordPolicy.maxLength', code: 'POLICY_NOT_STRICTER', params: { account: 128 } },
      { field: 'settings.passwordPolicy.requireDigit', code: 'POLICY_NOT_STRICTER', params: { account: true } },
      { field: 'settings.passwordPolicy.allowedCharacters', code: 'POLICY_NOT_STRICTER', params: { account: 'latin-digits-symbols' } },
      { field: 'settings.passwordPolicy.minStrength', code: 'POLICY_NOT_STRICTER', params: { account: 2 } },
      { field: 'settings.passwordPolicy.rejectBreached', code: 'POLICY_NOT_STRICTER', params: { account: true } },
    ]);
  });

  it('accepts rules equal to the account ones, and false where the account asks nothing', () => {
    expect(fields({ passwordPolicy: { minLength: 10, maxLength: 128, requireDigit: true, requireUpper: false, minStrength: 2 } })).toEqual(
      [],
    );
    expect(fields({ passwordPolicy: { maxLength: 64 } })).toEqual([]);
  });

  it('refuses a minLength above the maxLength in force', () => {
    expect(validateSettingsPatch({ passwordPolicy: { minLength: 200 } }, ACCOUNT)).toEqual([
      expect.objectContaining({
        field: 'settings.passwordPolicy.minLength',
        code: 'PASSWORD_MIN_LENGTH_ABOVE_MAX',
        params: expect.objectContaining({ max: 128 }),
      }),
    ]);
    expect(fields({ passwordPolicy: { minLength: 20, maxLength: 16 } })).toEqual([
      'settings.passwordPolicy.minLength:PASSWORD_MIN_LENGTH_ABOVE_MAX',
    ]);
    expect(fields({ passwordPolicy: { minLength: 16, maxLength: 16 } })).toEqual([]);
  });

  it('falls back to identity defaults for the rules a partial account policy leaves out', () => {
    expect(fields({ passwordPolicy: { minLength: 9 } }, { minLength: 8 } as PasswordPolicy)).toEqual([]);
    expect(fields({ passwordPolicy: { minStrength: 1 } }, { minLength: 8 } as PasswordPolicy)).toEqual([
      'settings.passwordPolicy.minStrength:POLICY_NOT_STRICTER',
    ]);
  });

  it('checks the profilePolicy with its own rules', () => {
    expect(fields({ profilePolicy: { nameScript: 'klingon', phonePrefixes: ['+0'] } })).toEqual([
      'settings.profilePolicy.nameScript:IS_IN',
      'settings.profilePolicy.phonePrefixes.0:PHONE_PREFIX_INVALID',
    ]);
  });
});

describe('readSettings', () => {
  it('gives the defaults for nothing stored', () => {
    for (const stored of [undefined, null, {}, 'x', []]) expect(readSettings(stored)).toEqual(DEFAULT_TENANT_SETTINGS);
  });

  it('tolerates what older versions stored: wrong types are defaults, unknown keys are dropped', () => {
    expect(
      readSettings({
        membersCanInvite: 'true',
        singleSession: true,
        passwordPolicy: { minLength: 12, maxLength: 'long', requireSymbol: null, legacyRule: 1 },
        profilePolicy: { nameScript: 'cyrillic', phoneCountry: 'Ukraine' },
        theme: 'dark',
      }),
    ).toEqual({
      membersCanInvite: false,
      singleSession: true,
      passwordPolicy: { minLength: 12 },
      profilePolicy: { ...DEFAULT_PROFILE_POLICY, nameScript: 'cyrillic' },
    });
  });

  it('keeps a stored rule looser than the current account policy (stricterOf ignores it later)', () => {
    expect(readPasswordPolicyOverride({ minLength: 6 })).toEqual({ minLength: 6 });
    expect(readPasswordPolicyOverride('x')).toEqual({});
  });
});

describe('mergeSettings', () => {
  const stored = {
    membersCanInvite: true,
    singleSession: true,
    passwordPolicy: { minLength: 12, requireSymbol: true },
    profilePolicy: { nameScript: 'latin', nameMinLength: 2 },
  };

  it('replaces only the keys present, each one whole', () => {
    expect(mergeSettings(stored, { passwordPolicy: { minLength: 14 } })).toEqual({
      membersCanInvite: true,
      singleSession: true,
      passwordPolicy: { minLength: 14 },
      profilePolicy: { ...DEFAULT_PROFILE_POLICY, nameScript: 'latin', nameMinLength: 2 },
    });
    expect(mergeSettings(stored, { profilePolicy: { requirePhone: true } }).profilePolicy).toEqual({
      ...DEFAULT_PROFILE_POLICY,
      requirePhone: true,
    });
    expect(mergeSettings(stored, { singleSession: false })).toMatchObject({ membersCanInvite: true, singleSession: false });
    expect(mergeSettings(stored, {})).toEqual(readSettings(stored));
  });

  it('resets a key to its default on null', () => {
    expect(mergeSettings(stored, { membersCanInvite: null, passwordPolicy: null, profilePolicy: null })).toEqual({
      ...DEFAULT_TENANT_SETTINGS,
      singleSession: true,
    });
  });

  it('drops null rules inside a policy: they inherit the default', () => {
    expect(mergeSettings(stored, { passwordPolicy: { minLength: 14, requireSymbol: null } }).passwordPolicy).toEqual({ minLength: 14 });
    expect(mergeSettings(stored, { profilePolicy: { nameScript: null, nameMinLength: 3 } }).profilePolicy).toEqual({
      ...DEFAULT_PROFILE_POLICY,
      nameMinLength: 3,
    });
  });

  it('starts from the defaults when nothing valid is stored, and never shares the frozen defaults', () => {
    const merged = mergeSettings({ legacy: 1 }, { passwordPolicy: null, profilePolicy: null });
    expect(merged).toEqual(DEFAULT_TENANT_SETTINGS);
    merged.passwordPolicy.minLength = 20;
    merged.profilePolicy.phonePrefixes.push('067');
    expect(DEFAULT_TENANT_SETTINGS.passwordPolicy).toEqual({});
    expect(DEFAULT_PROFILE_POLICY.phonePrefixes).toEqual([]);
  });
});
