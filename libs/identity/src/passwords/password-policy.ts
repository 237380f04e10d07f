/** Which characters a password may contain. */
export type AllowedCharacters = 'any' | 'latin-digits-symbols';

/** The values of {@link AllowedCharacters}, widest first. */
export const ALLOWED_CHARACTERS: readonly AllowedCharacters[] = ['any', 'latin-digits-symbols'];

/** A zxcvbn score: 0 too guessable, 1 very guessable, 2 somewhat guessable, 3 safely unguessable, 4 very unguessable. */
export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

/**
 * The rules a new password must meet. Account-wide rules come from
 * configuration; a tenant may only make them stricter for its members (see {@link stricterOf}).
 */
export interface PasswordPolicy {
  /** Fewest Unicode code points (not UTF-16 units: an emoji counts once). At least 1. */
  minLength: number;
  /** Most Unicode code points; at most {@link MAX_PASSWORD_LENGTH_LIMIT}. */
  maxLength: number;
  /** At least one lowercase letter (any script: `a`, `ą`, `ж`). */
  requireLower: boolean;
  /** At least one uppercase letter (any script). */
  requireUpper: boolean;
  /** At least one decimal digit. */
  requireDigit: boolean;
  /** At least one punctuation or symbol character (`!`, `#`, `€`, `—`; not the space). */
  requireSymbol: boolean;
  /**
   * `any`: every character. `latin-digits-symbols`: ASCII letters, digits, printable ASCII
   * punctuation and the space (U+0020); nothing else, not even other whitespace.
   */
  allowedCharacters: AllowedCharacters;
  /** Lowest accepted zxcvbn score, 0 (no estimate) to 4. */
  minStrength: PasswordStrength;
  /** Reject passwords found in the Have I Been Pwned corpus. */
  rejectBreached: boolean;
}

/** The largest `maxLength` a policy may set: enough for any passphrase, bounded for hashing. */
export const MAX_PASSWORD_LENGTH_LIMIT = 1024;

/**
 * The account-wide rules when configuration sets none, after NIST SP 800-63B and OWASP: length,
 * a strength estimate and a breach check instead of composition rules.
 *
 * - `minLength: 10`: above NIST's floor of 8; length is what slows offline guessing most.
 * - `maxLength: 128`: room for long passphrases, while bounding the work of hashing and estimating.
 * - no character-class requirements: they push people towards `Password1!` and add little.
 * - `allowedCharacters: 'any'`: every script, so Polish and Ukrainian users can type their own words.
 * - `minStrength: 2`: rejects what zxcvbn guesses in under about 10^8 tries (names, dates, words
 *   with common substitutions, keyboard walks).
 * - `rejectBreached: true`: a password already in attackers' lists is weak whatever it looks like.
 */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
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

/**
 * Thrown by {@link validatePasswordPolicy} and {@link validatePasswordPolicyOverride}; `field` names
 * the offending key (`minLength`), so a settings endpoint can report it.
 */
export class InvalidPasswordPolicyError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`passwordPolicy.${field}: ${message}`);
    this.name = 'InvalidPasswordPolicyError';
  }
}

const BOOLEAN_KEYS = ['requireLower', 'requireUpper', 'requireDigit', 'requireSymbol', 'rejectBreached'] as const;
const POLICY_KEYS: readonly (keyof PasswordPolicy)[] = ['minLength', 'maxLength', ...BOOLEAN_KEYS, 'allowedCharacters', 'minStrength'];

/**
 * Combines a base policy with a tenant's override so the override can only tighten it: the larger
 * of the minimums (`minLength`, `minStrength`), the smaller `maxLength`, each requirement switched
 * on if either side asks for it, and the narrower `allowedCharacters`. Absent (`undefined`/`null`)
 * and invalid override values are ignored, so a bad stored override never loosens the rules.
 * The result may be unsatisfiable (`minLength` above the base's `maxLength`): check overrides with
 * `validatePasswordPolicy(stricterOf(base, override))` when a tenant saves them.
 *
 * @example
 * stricterOf(DEFAULT_PASSWORD_POLICY, { minLength: 14, maxLength: 256, requireDigit: true });
 * // => minLength 14, maxLength 128 (the base's), requireDigit true, the rest as the base
 */
export function stricterOf(base: PasswordPolicy, override?: Partial<PasswordPolicy> | null): PasswordPolicy {
  const result: PasswordPolicy = { ...base };
  if (!override) return result;
  if (isLength(override.minLength)) result.minLength = Math.max(base.minLength, override.minLength);
  if (isLength(override.maxLength)) result.maxLength = Math.min(base.maxLength, override.maxLength);
  for (const key of BOOLEAN_KEYS) {
    if (override[key] === true) result[key] = true;
  }
  if (isAllowedCharacters(override.allowedCharacters)) {
    result.allowedCharacters = narrower(base.allowedCharacters, override.allowedCharacters);
  }
  if (isStrength(override.minStrength)) {
    result.minStrength = Math.max(base.minStrength, override.minStrength) as PasswordStrength;
  }
  return result;
}

/**
 * Checks that a complete policy makes sense: integer lengths with `1 <= minLength <= maxLength <=
 * 1024`, booleans, a known `allowedCharacters`, `minStrength` 0..4.
 *
 * @returns the same policy, for chaining.
 * @throws InvalidPasswordPolicyError naming the first bad field.
 */
export function validatePasswordPolicy(policy: PasswordPolicy): PasswordPolicy {
  if (typeof policy !== 'object' || policy === null) throw new InvalidPasswordPolicyError('', 'must be an object');
  for (const key of POLICY_KEYS) {
    if (policy[key] === undefined || policy[key] === null) throw new InvalidPasswordPolicyError(key, 'is required');
  }
  validatePasswordPolicyOverride(policy);
  return policy;
}

/**
 * Checks a partial policy (a tenant's override) field by field: the same limits as
 * {@link validatePasswordPolicy} for the fields present, `minLength <= maxLength` when both are,
 * and no unknown keys. `null` counts as absent (inherit the base), as in {@link stricterOf}.
 *
 * @throws InvalidPasswordPolicyError naming the first bad field.
 */
export function validatePasswordPolicyOverride(override: Partial<PasswordPolicy>): Partial<PasswordPolicy> {
  if (typeof override !== 'object' || override === null) throw new InvalidPasswordPolicyError('', 'must be an object');
  for (const key of Object.keys(override)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) throw new InvalidPasswordPolicyError(key, 'is not a policy field');
  }
  const present = <K extends keyof PasswordPolicy>(key: K): PasswordPolicy[K] | undefined => override[key] ?? undefined;
  const minLength = present('minLength');
  const maxLength = present('maxLength');
  const allowedCharacters = present('allowedCharacters');
  const minStrength = present('minStrength');
  if (minLength !== undefined) {
    if (!Number.isInteger(minLength)) throw new InvalidPasswordPolicyError('minLength', 'must be an integer');
    if (minLength < 1) throw new InvalidPasswordPolicyError('minLength', 'must be at least 1');
  }
  if (maxLength !== undefined) {
    if (!Number.isInteger(maxLength)) throw new InvalidPasswordPolicyError('maxLength', 'must be an integer');
    if (maxLength > MAX_PASSWORD_LENGTH_LIMIT) {
      throw new InvalidPasswordPolicyError('maxLength', `must be at most ${MAX_PASSWORD_LENGTH_LIMIT}`);
    }
    if (maxLength < 1) throw new InvalidPasswordPolicyError('maxLength', 'must be at least 1');
  }
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    throw new InvalidPasswordPolicyError('minLength', `must not exceed maxLength (${maxLength})`);
  }
  for (const key of BOOLEAN_KEYS) {
    if (present(key) !== undefined && typeof override[key] !== 'boolean') {
      throw new InvalidPasswordPolicyError(key, 'must be true or false');
    }
  }
  if (allowedCharacters !== undefined && !isAllowedCharacters(allowedCharacters)) {
    throw new InvalidPasswordPolicyError('allowedCharacters', `must be one of: ${ALLOWED_CHARACTERS.join(', ')}`);
  }
  if (minStrength !== undefined && !isStrength(minStrength)) {
    throw new InvalidPasswordPolicyError('minStrength', 'must be an integer from 0 to 4');
  }
  return override;
}

function narrower(a: AllowedCharacters, b: AllowedCharacters): AllowedCharacters {
  return ALLOWED_CHARACTERS[Math.max(ALLOWED_CHARACTERS.indexOf(a), ALLOWED_CHARACTERS.indexOf(b))];
}

function isLength(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1;
}

function isStrength(value: unknown): value is PasswordStrength {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4;
}

function isAllowedCharacters(value: unknown): value is AllowedCharacters {
  return (ALLOWED_CHARACTERS as readonly unknown[]).includes(value);
}
