import {
  DEFAULT_PASSWORD_POLICY,
  InvalidPasswordPolicyError,
  PasswordPolicy,
  stricterOf,
  validatePasswordPolicy,
  validatePasswordPolicyOverride,
} from './password-policy';

const BASE: PasswordPolicy = {
  minLength: 10,
  maxLength: 128,
  requireLower: false,
  requireUpper: false,
  requireDigit: false,
  requireSymbol: false,
  allowedCharacters: 'any',
  minStrength: 2,
  rejectBreached: false,
};

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidPasswordPolicyError) return error.field;
    throw error;
  }
  return undefined;
}

describe('DEFAULT_PASSWORD_POLICY', () => {
  it('is length, strength and breach based, without composition rules', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({
      minLength: 10,
      maxLength: 128,
      requireLower: false,
      requireUpper: false,
      requireDigit: false,
      requireSymbol: false,
      allowedCharacters: 'any',
      minStrength: 2,
      rejectBreached: true,
    });
    expect(validatePasswordPolicy({ ...DEFAULT_PASSWORD_POLICY })).toEqual(DEFAULT_PASSWORD_POLICY);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_PASSWORD_POLICY)).toBe(true);
  });
});

describe('stricterOf', () => {
  it('returns a copy of the base when there is no override', () => {
    for (const override of [undefined, null, {}]) {
      const result = stricterOf(BASE, override);
      expect(result).toEqual(BASE);
      expect(result).not.toBe(BASE);
    }
  });

  it('takes the larger minimum length', () => {
    expect(stricterOf(BASE, { minLength: 14 }).minLength).toBe(14);
    expect(stricterOf(BASE, { minLength: 6 }).minLength).toBe(10);
  });

  it('takes the smaller maximum length', () => {
    expect(stricterOf(BASE, { maxLength: 64 }).maxLength).toBe(64);
    expect(stricterOf(BASE, { maxLength: 512 }).maxLength).toBe(128);
  });

  it('takes the higher minimum strength', () => {
    expect(stricterOf(BASE, { minStrength: 4 }).minStrength).toBe(4);
    expect(stricterOf(BASE, { minStrength: 0 }).minStrength).toBe(2);
  });

  it.each(['requireLower', 'requireUpper', 'requireDigit', 'requireSymbol', 'rejectBreached'] as const)(
    'switches %s on when either side asks, never off',
    (key) => {
      expect(stricterOf({ ...BASE, [key]: false }, { [key]: true })[key]).toBe(true);
      expect(stricterOf({ ...BASE, [key]: true }, { [key]: false })[key]).toBe(true);
      expect(stricterOf({ ...BASE, [key]: true }, {})[key]).toBe(true);
      expect(stricterOf({ ...BASE, [key]: false }, { [key]: false })[key]).toBe(false);
    },
  );

  it('takes the narrower allowed characters', () => {
    const latin = 'latin-digits-symbols' as const;
    expect(stricterOf(BASE, { allowedCharacters: latin }).allowedCharacters).toBe(latin);
    expect(stricterOf({ ...BASE, allowedCharacters: latin }, { allowedCharacters: 'any' }).allowedCharacters).toBe(latin);
    expect(stricterOf(BASE, { allowedCharacters: 'any' }).allowedCharacters).toBe('any');
  });

  it('combines several fields at once and leaves the others as the base has them', () => {
    expect(stricterOf(BASE, { minLength: 12, maxLength: 64, requireDigit: true, minStrength: 3 })).toEqual({
      ...BASE,
      minLength: 12,
      maxLength: 64,
      requireDigit: true,
      minStrength: 3,
    });
  });

  it('ignores null and invalid override values instead of loosening the base', () => {
    const bad = {
      minLength: Number.NaN,
      maxLength: null,
      minStrength: 9,
      requireDigit: 'yes',
      allowedCharacters: 'emoji',
    } as unknown as Partial<PasswordPolicy>;
    expect(stricterOf({ ...BASE, allowedCharacters: 'latin-digits-symbols' }, bad)).toEqual({
      ...BASE,
      allowedCharacters: 'latin-digits-symbols',
    });
    expect(stricterOf(BASE, { minLength: 0, maxLength: -1 } as Partial<PasswordPolicy>)).toEqual(BASE);
  });

  it('does not modify its arguments', () => {
    const base = { ...BASE };
    const override = { minLength: 20 };
    stricterOf(base, override);
    expect(base).toEqual(BASE);
    expect(override).toEqual({ minLength: 20 });
  });
});

describe('validatePasswordPolicy', () => {
  it('accepts a sensible policy and returns it', () => {
    const policy = { ...BASE, minLength: 1, maxLength: 1024, minStrength: 0 as const };
    expect(validatePasswordPolicy(policy)).toBe(policy);
  });

  it('rejects a minimum above the maximum, naming minLength', () => {
    expect(fieldOf(() => validatePasswordPolicy({ ...BASE, minLength: 20, maxLength: 19 }))).toBe('minLength');
    expect(() => validatePasswordPolicy({ ...BASE, minLength: 20, maxLength: 19 })).toThrow(
      'passwordPolicy.minLength: must not exceed maxLength (19)',
    );
    expect(fieldOf(() => validatePasswordPolicy({ ...BASE, minLength: 19, maxLength: 19 }))).toBeUndefined();
  });

  it('rejects minLength below 1', () => {
    expect(fieldOf(() => validatePasswordPolicy({ ...BASE, minLength: 0 }))).toBe('minLength');
  });

  it('rejects maxLength above 1024', () => {
    expect(fieldOf(() => validatePasswordPolicy({ ...BASE, maxLength: 1025 }))).toBe('maxLength');
    expect(fieldOf(() => validatePasswordPolicy({ ...BASE, maxLength: 1024 }))).toBeUndefined();
  });

  it('rejects non-integer lengths, bad strengths, unknown character sets and non-booleans', () => {
    const cases: [Partial<Record<keyof PasswordPolicy, unknown>>, string][] = [
      [{ minLength: 10.5 }, 'minLength'],
      [{ maxLength: '128' }, 'maxLength'],
      [{ minStrength: 5 }, 'minStrength'],
      [{ minStrength: -1 }, 'minStrength'],
      [{ allowedCharacters: 'cyrillic' }, 'allowedCharacters'],
      [{ requireUpper: 'true' }, 'requireUpper'],
      [{ rejectBreached: 1 }, 'rejectBreached'],
    ];
    for (const [change, field] of cases) {
      expect(fieldOf(() => validatePasswordPolicy({ ...BASE, ...change } as PasswordPolicy))).toBe(field);
    }
  });

  it('rejects missing fields', () => {
    const { requireDigit: _omitted, ...rest } = BASE;
    expect(fieldOf(() => validatePasswordPolicy(rest as PasswordPolicy))).toBe('requireDigit');
    expect(fieldOf(() => validatePasswordPolicy({ ...BASE, minStrength: null } as unknown as PasswordPolicy))).toBe('minStrength');
  });

  it('catches an override that makes the combined policy unsatisfiable', () => {
    expect(fieldOf(() => validatePasswordPolicy(stricterOf(BASE, { minLength: 200 })))).toBe('minLength');
  });
});

describe('validatePasswordPolicyOverride', () => {
  it('accepts partial overrides and nulls', () => {
    expect(() => validatePasswordPolicyOverride({})).not.toThrow();
    expect(() => validatePasswordPolicyOverride({ minLength: 12, requireSymbol: true })).not.toThrow();
    expect(() => validatePasswordPolicyOverride({ minLength: null } as unknown as Partial<PasswordPolicy>)).not.toThrow();
  });

  it('checks the fields that are present, and rejects unknown ones', () => {
    expect(fieldOf(() => validatePasswordPolicyOverride({ maxLength: 2000 }))).toBe('maxLength');
    expect(fieldOf(() => validatePasswordPolicyOverride({ minLength: 30, maxLength: 20 }))).toBe('minLength');
    expect(fieldOf(() => validatePasswordPolicyOverride({ minLenght: 12 } as Partial<PasswordPolicy>))).toBe('minLenght');
  });
});
