import { checkProfile, DEFAULT_PROFILE_POLICY, ProfilePolicy, readProfilePolicy, validateProfilePolicySettings } from './profile-policy';

const policy = (overrides: Partial<ProfilePolicy>): ProfilePolicy => ({ ...DEFAULT_PROFILE_POLICY, phonePrefixes: [], ...overrides });

/** `field:CODE` of each error. */
const codes = (result: { errors: { field: string; code: string }[] }) => result.errors.map((e) => `${e.field}:${e.code}`);

/** The Ukrainian marketplace of the brief. */
const MARKETPLACE = policy({
  nameScript: 'cyrillic',
  nameMinLength: 2,
  requirePhone: true,
  phoneCountry: 'UA',
  phonePrefixes: ['067', '068', '096', '097', '098', '050', '066', '095', '099', '063', '073', '093'],
  uniquePhone: true,
});

describe('DEFAULT_PROFILE_POLICY', () => {
  it('enforces nothing', () => {
    expect(DEFAULT_PROFILE_POLICY).toEqual({
      nameScript: 'any',
      nameMinLength: 0,
      requirePhone: false,
      phoneCountry: null,
      phonePrefixes: [],
      uniquePhone: false,
    });
    expect(checkProfile(DEFAULT_PROFILE_POLICY, { firstName: 'R2-D2 ☺', lastName: '', phone: null }, { partial: false })).toEqual({
      errors: [],
      phone: null,
    });
  });
});

describe('checkProfile: names', () => {
  const name = (p: ProfilePolicy, firstName: string | null | undefined) => codes(checkProfile(p, { firstName }, { partial: true }));
  const cyrillic = policy({ nameScript: 'cyrillic', nameMinLength: 2 });
  const latin = policy({ nameScript: 'latin', nameMinLength: 2 });

  it.each([
    'Олена',
    'Ґанна',
    'Єва',
    'Їжачок',
    'Іван',
    "Мар'яна",
    'Мар’яна',
    'Марʼяна',
    'Анна-Марія',
    'Анна Марія',
    'Ян',
    '  Олена  ',
    // NFD input (и + combining breve) is composed before the check.
    'Андрій'.normalize('NFD'),
    // A stress mark has no precomposed form: it stays a combining mark after a letter.
    'Оле\u0301на',
  ])('accepts the Cyrillic name %j', (value) => {
    expect(name(cyrillic, value)).toEqual([]);
  });

  it.each([
    ['Ivan', 'Latin letters'],
    ['Iван', 'a Latin I among Cyrillic letters'],
    ['Олена2', 'a digit'],
    ['Анна--Марія', 'a double hyphen'],
    ['Анна  Марія', 'a double space'],
    ['-Анна', 'a leading hyphen'],
    ['Анна-', 'a trailing hyphen'],
    ["Мар''яна", 'two apostrophes'],
    ['Анна - Марія', 'a hyphen between spaces'],
    ['Олена!', 'punctuation'],
    ['Анна_Марія', 'an underscore'],
  ])('refuses %j as Cyrillic (%s)', (value) => {
    expect(name(cyrillic, value)).toEqual(['firstName:NAME_SCRIPT']);
  });

  it.each(['Łódź', 'Müller', "O'Neil", 'Jean-Luc', 'Zoë', 'Ñúñez', 'Åsa'])('accepts the Latin name %j', (value) => {
    expect(name(latin, value)).toEqual([]);
  });

  it.each(['Олена', 'Ivan3', 'Jean--Luc', 'Ἀθηνᾶ'])('refuses %j as Latin', (value) => {
    expect(name(latin, value)).toEqual(['firstName:NAME_SCRIPT']);
  });

  it('counts letters, not separators, against nameMinLength', () => {
    expect(name(cyrillic, 'Я')).toEqual(['firstName:NAME_TOO_SHORT']);
    expect(name(cyrillic, "Я'")).toEqual(['firstName:NAME_SCRIPT']);
    expect(name(cyrillic, 'Ю-Я')).toEqual([]);
    expect(name(policy({ nameScript: 'cyrillic', nameMinLength: 3 }), 'Мʼя')).toEqual(['firstName:NAME_TOO_SHORT']);
    expect(name(policy({ nameScript: 'cyrillic', nameMinLength: 3 }), 'Мʼяя')).toEqual([]);
    expect(name(policy({ nameMinLength: 3 }), 'A.B')).toEqual(['firstName:NAME_TOO_SHORT']);
    const [error] = checkProfile(cyrillic, { lastName: 'Я' }, { partial: true }).errors;
    expect(error).toEqual({ field: 'lastName', code: 'NAME_TOO_SHORT', params: { min: 2 } });
  });

  it('makes names required when nameMinLength is above 0, and only then', () => {
    for (const value of [null, '', '   ']) expect(name(cyrillic, value)).toEqual(['firstName:NAME_TOO_SHORT']);
    expect(name(policy({ nameScript: 'cyrillic' }), '')).toEqual([]);
    expect(codes(checkProfile(cyrillic, {}, { partial: false }))).toEqual(['firstName:NAME_TOO_SHORT', 'lastName:NAME_TOO_SHORT']);
  });

  it('lets "any" through any characters', () => {
    expect(name(policy({ nameScript: 'any' }), 'Zoë-Олена 3')).toEqual([]);
  });

  it('reports the script in the params', () => {
    expect(checkProfile(latin, { firstName: 'Олена' }, { partial: true }).errors).toEqual([
      { field: 'firstName', code: 'NAME_SCRIPT', params: { script: 'latin' } },
    ]);
  });
});

describe('checkProfile: phones', () => {
  const phoneOf = (p: ProfilePolicy, phone: string | null | undefined) => checkProfile(p, { phone }, { partial: true });

  it.each([
    ['+380671234567', '+380671234567'],
    ['0671234567', '+380671234567'],
    ['067 123 45 67', '+380671234567'],
    ['(067) 123-45-67', '+380671234567'],
    ['+380 (67) 123-45-67', '+380671234567'],
    ['+48 512 345 678', '+48512345678'],
  ])('brings the Ukrainian-default %j to E.164', (input, e164) => {
    expect(phoneOf(policy({ phoneCountry: 'UA' }), input)).toEqual({ errors: [], phone: e164 });
  });

  it('reads Polish numbers with PL as the default country', () => {
    expect(phoneOf(policy({ phoneCountry: 'PL' }), '512 345 678')).toEqual({ errors: [], phone: '+48512345678' });
    expect(phoneOf(policy({ phoneCountry: 'PL' }), '12 345 67 89')).toEqual({ errors: [], phone: '+48123456789' });
    expect(phoneOf(policy({ phoneCountry: 'PL' }), '+380671234567')).toEqual({ errors: [], phone: '+380671234567' });
  });

  it('needs the international form without phoneCountry', () => {
    expect(phoneOf(DEFAULT_PROFILE_POLICY, '+380671234567')).toEqual({ errors: [], phone: '+380671234567' });
    expect(codes(phoneOf(DEFAULT_PROFILE_POLICY, '0671234567'))).toEqual(['phone:PHONE_INVALID']);
  });

  it.each(['abc', '067', '+380001234567', '+3806712345678', 'call +380671234567', '+380671234567 ext. 5', 'tel:+380671234567'])(
    'refuses %j as PHONE_INVALID',
    (input) => {
      const result = phoneOf(policy({ phoneCountry: 'UA' }), input);
      expect(codes(result)).toEqual(['phone:PHONE_INVALID']);
      expect(result).not.toHaveProperty('phone');
    },
  );

  it('treats an empty phone as none: null, or PHONE_REQUIRED when required', () => {
    for (const value of [null, '', '  ']) {
      expect(phoneOf(DEFAULT_PROFILE_POLICY, value)).toEqual({ errors: [], phone: null });
      expect(codes(phoneOf(policy({ requirePhone: true }), value))).toEqual(['phone:PHONE_REQUIRED']);
    }
    expect(codes(checkProfile(policy({ requirePhone: true }), {}, { partial: false }))).toEqual(['phone:PHONE_REQUIRED']);
    expect(checkProfile(DEFAULT_PROFILE_POLICY, {}, { partial: false })).toEqual({ errors: [], phone: null });
  });

  describe('prefixes', () => {
    it.each(['+380671234567', '0681234567', '0961234567', '0501234567', '0731234567', '0931234567'])(
      'lets the marketplace take the mobile number %s',
      (input) => {
        expect(phoneOf(MARKETPLACE, input).errors).toEqual([]);
      },
    );

    it('refuses other Ukrainian numbers, naming the prefixes', () => {
      expect(phoneOf(MARKETPLACE, '+380441234567')).toEqual({
        errors: [{ field: 'phone', code: 'PHONE_PREFIX_NOT_ALLOWED', params: { prefixes: MARKETPLACE.phonePrefixes.join(', ') } }],
      });
      expect(codes(phoneOf(MARKETPLACE, '0391234567'))).toEqual(['phone:PHONE_PREFIX_NOT_ALLOWED']);
    });

    it('never matches a national prefix with a number of another country', () => {
      // A Rome number is written 06 7123 4567 in Italy: its national form starts with 067 too.
      expect(codes(phoneOf(MARKETPLACE, '+390671234567'))).toEqual(['phone:PHONE_PREFIX_NOT_ALLOWED']);
      expect(codes(phoneOf(MARKETPLACE, '+48671234567'))).toEqual(['phone:PHONE_PREFIX_NOT_ALLOWED']);
      expect(codes(phoneOf(MARKETPLACE, '+48512345678'))).toEqual(['phone:PHONE_PREFIX_NOT_ALLOWED']);
    });

    it('compares a + prefix with the E.164 number, whatever the country', () => {
      const p = policy({ phoneCountry: 'UA', phonePrefixes: ['+38067', '+4851'] });
      expect(phoneOf(p, '0671234567').errors).toEqual([]);
      expect(phoneOf(p, '+48 512 345 678').errors).toEqual([]);
      expect(codes(phoneOf(p, '0681234567'))).toEqual(['phone:PHONE_PREFIX_NOT_ALLOWED']);
    });

    it('compares a national prefix with the national number as its country writes it', () => {
      // Poland has no trunk 0: a Polish mobile number is written 512 345 678.
      const pl = policy({ phoneCountry: 'PL', phonePrefixes: ['5'] });
      expect(phoneOf(pl, '+48512345678').errors).toEqual([]);
      expect(codes(phoneOf(pl, '+48123456789'))).toEqual(['phone:PHONE_PREFIX_NOT_ALLOWED']);
      // Without phoneCountry a national prefix applies to each number in its own country's form.
      const any = policy({ phonePrefixes: ['067'] });
      expect(phoneOf(any, '+380671234567').errors).toEqual([]);
      expect(phoneOf(any, '+390671234567').errors).toEqual([]);
    });
  });
});

describe('checkProfile: partial and full checks', () => {
  it('checks only the fields present with partial: true', () => {
    expect(checkProfile(MARKETPLACE, {}, { partial: true })).toEqual({ errors: [] });
    expect(checkProfile(MARKETPLACE, { lastName: 'Коваль' }, { partial: true })).toEqual({ errors: [] });
    expect(codes(checkProfile(MARKETPLACE, { firstName: 'Ivan' }, { partial: true }))).toEqual(['firstName:NAME_SCRIPT']);
    expect(checkProfile(MARKETPLACE, { phone: '0671234567' }, { partial: true })).toEqual({ errors: [], phone: '+380671234567' });
    expect(codes(checkProfile(MARKETPLACE, { phone: null }, { partial: true }))).toEqual(['phone:PHONE_REQUIRED']);
  });

  it('checks every field with partial: false and reports every problem', () => {
    expect(
      checkProfile(MARKETPLACE, { firstName: "Мар'яна", lastName: 'Коваль-Шевченко', phone: '097 123 45 67' }, { partial: false }),
    ).toEqual({
      errors: [],
      phone: '+380971234567',
    });
    expect(codes(checkProfile(MARKETPLACE, { firstName: 'Ivan', lastName: 'Я', phone: '044 123 45 67' }, { partial: false }))).toEqual([
      'firstName:NAME_SCRIPT',
      'lastName:NAME_TOO_SHORT',
      'phone:PHONE_PREFIX_NOT_ALLOWED',
    ]);
    expect(codes(checkProfile(MARKETPLACE, { firstName: 'Олена', lastName: 'Коваль' }, { partial: false }))).toEqual([
      'phone:PHONE_REQUIRED',
    ]);
  });
});

describe('validateProfilePolicySettings', () => {
  it('accepts the marketplace policy, an empty object and nulls', () => {
    expect(validateProfilePolicySettings(MARKETPLACE)).toEqual([]);
    expect(validateProfilePolicySettings({})).toEqual([]);
    expect(validateProfilePolicySettings({ nameScript: null, phonePrefixes: null })).toEqual([]);
    expect(validateProfilePolicySettings({ phonePrefixes: ['+38067', '5'], phoneCountry: 'PL' })).toEqual([]);
  });

  it('reports each wrong field under the path', () => {
    const errors = validateProfilePolicySettings({
      nameScript: 'greek',
      nameMinLength: 2.5,
      requirePhone: 'yes',
      phoneCountry: 'ua',
      phonePrefixes: ['067', 67, '+067', '06 7', ''],
      uniquePhone: 1,
      shoeSize: 42,
    });
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'settings.profilePolicy.nameScript:IS_IN',
      'settings.profilePolicy.nameMinLength:IS_INT',
      'settings.profilePolicy.requirePhone:IS_BOOLEAN',
      'settings.profilePolicy.phoneCountry:IS_IN',
      'settings.profilePolicy.phonePrefixes.1:IS_STRING',
      'settings.profilePolicy.phonePrefixes.2:PHONE_PREFIX_INVALID',
      'settings.profilePolicy.phonePrefixes.3:PHONE_PREFIX_INVALID',
      'settings.profilePolicy.phonePrefixes.4:PHONE_PREFIX_INVALID',
      'settings.profilePolicy.uniquePhone:IS_BOOLEAN',
      'settings.profilePolicy.shoeSize:UNKNOWN_SETTING',
    ]);
  });

  it('bounds nameMinLength and the number of prefixes', () => {
    const fields = (input: unknown) => validateProfilePolicySettings(input, 'p').map((e) => `${e.field}:${e.code}`);
    expect(fields({ nameMinLength: -1 })).toEqual(['p.nameMinLength:MIN']);
    expect(fields({ nameMinLength: 51 })).toEqual(['p.nameMinLength:MAX']);
    expect(fields({ nameMinLength: 50 })).toEqual([]);
    expect(fields({ phonePrefixes: Array.from({ length: 101 }, () => '067') })).toEqual(['p.phonePrefixes:ARRAY_MAX_SIZE']);
    expect(fields({ phonePrefixes: '067' })).toEqual(['p.phonePrefixes:IS_ARRAY']);
    expect(fields('cyrillic')).toEqual(['p:IS_OBJECT']);
    expect(fields(null)).toEqual(['p:IS_OBJECT']);
    expect(fields([])).toEqual(['p:IS_OBJECT']);
  });
});

describe('readProfilePolicy', () => {
  it('fills defaults and drops what is wrong or unknown', () => {
    expect(readProfilePolicy(undefined)).toEqual(DEFAULT_PROFILE_POLICY);
    expect(readProfilePolicy('junk')).toEqual(DEFAULT_PROFILE_POLICY);
    expect(readProfilePolicy({ nameScript: 'cyrillic', nameMinLength: 'two', phonePrefixes: ['067', 5, 'x'], legacy: true })).toEqual({
      ...DEFAULT_PROFILE_POLICY,
      nameScript: 'cyrillic',
      phonePrefixes: ['067'],
    });
    expect(readProfilePolicy(MARKETPLACE)).toEqual(MARKETPLACE);
  });

  it('returns a fresh prefix list each time', () => {
    const a = readProfilePolicy(undefined);
    a.phonePrefixes.push('067');
    expect(readProfilePolicy(undefined).phonePrefixes).toEqual([]);
    expect(DEFAULT_PROFILE_POLICY.phonePrefixes).toEqual([]);
  });
});
