import { FieldError } from '@tenant-iam/common';
import { CountryCode, isSupportedCountry, parsePhoneNumberFromString, PhoneNumber } from 'libphonenumber-js';
import { PolicyErrorCode as E } from './policy-error-code';

/** Which letters a member's first and last name may use. */
export type NameScript = 'any' | 'latin' | 'cyrillic';

/** The values of {@link NameScript}. */
export const NAME_SCRIPTS: readonly NameScript[] = ['any', 'latin', 'cyrillic'];

/** The largest `nameMinLength` a tenant may set. */
export const NAME_MIN_LENGTH_LIMIT = 50;

/** The most entries `phonePrefixes` may hold. */
export const PHONE_PREFIXES_LIMIT = 100;

/**
 * What a tenant requires of its members' profiles, checked by {@link checkProfile} when a member is
 * added or their profile is changed by the tenant (not when users edit their own account).
 */
export interface ProfilePolicy {
  /**
   * `any`: no rule. `cyrillic`: Cyrillic letters (Ukrainian ґ є і ї included), `latin`: Latin
   * letters with any diacritics (Łódź, Müller); in both, parts may be joined by one hyphen, space or
   * apostrophe (`'`, `’`, `ʼ`): Мар'яна, Анна-Марія, O'Neil.
   */
  nameScript: NameScript;
  /**
   * Fewest letters in each of first and last name (separators do not count); 0: no rule. Above 0,
   * both names are required.
   */
  nameMinLength: number;
  /** A phone number is required. */
  requirePhone: boolean;
  /**
   * ISO 3166-1 alpha-2 country (`UA`, `PL`) of numbers written without `+`; `null`: only
   * international numbers (`+380...`) are understood. Numbers are stored in E.164 either way.
   */
  phoneCountry: CountryCode | null;
  /**
   * Allowed starts of a number; empty: any valid number. A prefix with `+` (`+38067`) is compared
   * with the E.164 number; one without (`067`) with the national number as written in its country,
   * trunk `0` included (`+380671234567` is `0671234567`), and only for numbers of `phoneCountry`.
   */
  phonePrefixes: string[];
  /**
   * No two members of the tenant share a phone number. Checked by the members service (it needs the
   * database), not by {@link checkProfile}.
   */
  uniquePhone: boolean;
}

/** Nothing enforced: any names, no phone rules. */
export const DEFAULT_PROFILE_POLICY: Readonly<ProfilePolicy> = Object.freeze({
  nameScript: 'any',
  nameMinLength: 0,
  requirePhone: false,
  phoneCountry: null,
  phonePrefixes: Object.freeze([]) as unknown as string[],
  uniquePhone: false,
});

const PROFILE_POLICY_KEYS: readonly (keyof ProfilePolicy)[] = [
  'nameScript',
  'nameMinLength',
  'requirePhone',
  'phoneCountry',
  'phonePrefixes',
  'uniquePhone',
];

// A `+` prefix starts with the country code (never 0); a national one is any run of digits.
const PHONE_PREFIX = /^(?:\+[1-9]\d{0,14}|\d{1,15})$/;

/** The field errors of one present (non-null) value of a profile-policy key; empty when it is valid. */
function fieldErrors(key: keyof ProfilePolicy, value: unknown, field: string): FieldError[] {
  switch (key) {
    case 'nameScript':
      return (NAME_SCRIPTS as readonly unknown[]).includes(value) ? [] : [{ field, code: 'IS_IN', params: { values: NAME_SCRIPTS } }];
    case 'nameMinLength':
      if (!Number.isInteger(value)) return [{ field, code: 'IS_INT' }];
      if ((value as number) < 0) return [{ field, code: 'MIN', params: { min: 0 } }];
      if ((value as number) > NAME_MIN_LENGTH_LIMIT) return [{ field, code: 'MAX', params: { max: NAME_MIN_LENGTH_LIMIT } }];
      return [];
    case 'requirePhone':
    case 'uniquePhone':
      return typeof value === 'boolean' ? [] : [{ field, code: 'IS_BOOLEAN' }];
    case 'phoneCountry':
      // Upper case only, as ISO writes it: a stored `ua` would be a second spelling of `UA`.
      return typeof value === 'string' && isSupportedCountry(value) ? [] : [{ field, code: 'IS_IN' }];
    case 'phonePrefixes': {
      if (!Array.isArray(value)) return [{ field, code: 'IS_ARRAY' }];
      if (value.length > PHONE_PREFIXES_LIMIT) return [{ field, code: E.ArrayMaxSize, params: { max: PHONE_PREFIXES_LIMIT } }];
      const errors: FieldError[] = [];
      value.forEach((prefix: unknown, i) => {
        if (typeof prefix !== 'string') errors.push({ field: `${field}.${i}`, code: 'IS_STRING' });
        else if (!PHONE_PREFIX.test(prefix)) errors.push({ field: `${field}.${i}`, code: E.PhonePrefixInvalid });
      });
      return errors;
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a `profilePolicy` as a tenant sends it in a settings patch: an object whose keys are all
 * {@link ProfilePolicy} keys, each absent, `null` (the default) or valid. Absent keys take their
 * defaults: the object replaces the stored policy as a whole.
 *
 * @returns one entry per problem, fields under `path` (`settings.profilePolicy.nameScript`); empty when valid.
 */
export function validateProfilePolicySettings(input: unknown, path = 'settings.profilePolicy'): FieldError[] {
  if (!isPlainObject(input)) return [{ field: path, code: 'IS_OBJECT' }];
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(input)) {
    const field = `${path}.${key}`;
    if (!(PROFILE_POLICY_KEYS as readonly string[]).includes(key)) errors.push({ field, code: E.UnknownSetting });
    else if (value !== null && value !== undefined) errors.push(...fieldErrors(key as keyof ProfilePolicy, value, field));
  }
  return errors;
}

/**
 * A {@link ProfilePolicy} from whatever is stored (or sent and already validated): each valid
 * key is taken, anything else (missing, `null`, wrong, from an older version) is the default, and
 * unknown keys are dropped. Never throws.
 */
export function readProfilePolicy(stored: unknown): ProfilePolicy {
  const policy: ProfilePolicy = { ...DEFAULT_PROFILE_POLICY, phonePrefixes: [] };
  if (!isPlainObject(stored)) return policy;
  for (const key of PROFILE_POLICY_KEYS) {
    const value = stored[key];
    if (value === null || value === undefined) continue;
    if (key === 'phonePrefixes') {
      // A list with one bad entry keeps its good ones rather than allowing every number.
      if (Array.isArray(value)) {
        policy.phonePrefixes = value
          .filter((p): p is string => typeof p === 'string' && PHONE_PREFIX.test(p))
          .slice(0, PHONE_PREFIXES_LIMIT);
      }
    } else if (!fieldErrors(key, value, key).length) {
      (policy as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return policy;
}

/** The profile fields a tenant policy covers, as a member create or update carries them. */
export interface ProfileInput {
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
}

/** What {@link checkProfile} found. */
export interface ProfileCheck {
  /** One entry per broken rule, with the field (`firstName`, `lastName`, `phone`) and its code. */
  errors: FieldError[];
  /**
   * The phone in E.164 (`+380671234567`), `null` for none. Absent when the phone was not checked
   * (a partial check without it) or is invalid.
   */
  phone?: string | null;
}

// One letter of the script, with any combining marks left after NFC (a stress accent on a vowel).
const LETTER = { latin: String.raw`(?:(?=\p{L})\p{Script=Latin}\p{M}*)`, cyrillic: String.raw`(?:(?=\p{L})\p{Script=Cyrillic}\p{M}*)` };
// Exactly one separator between two runs of letters: hyphen, space, or an apostrophe (ASCII ',
// the typographic ’, and U+02BC ʼ, the Ukrainian apostrophe).
const SEPARATOR = "[- '\u2019\u02bc]";
const NAME_PATTERN: Record<Exclude<NameScript, 'any'>, RegExp> = {
  latin: new RegExp(`^${LETTER.latin}+(?:${SEPARATOR}${LETTER.latin}+)*$`, 'u'),
  cyrillic: new RegExp(`^${LETTER.cyrillic}+(?:${SEPARATOR}${LETTER.cyrillic}+)*$`, 'u'),
};
// U+02BC is a "modifier letter" to Unicode, an apostrophe to Ukrainians: it does not count.
const COUNTED_LETTER = /(?!\u02bc)\p{L}/gu;

function checkName(policy: ProfilePolicy, value: string | null | undefined, field: string): FieldError | undefined {
  const text = (value ?? '').normalize('NFC').trim();
  if (!text) return policy.nameMinLength > 0 ? { field, code: E.NameTooShort, params: { min: policy.nameMinLength } } : undefined;
  if (policy.nameScript !== 'any' && !NAME_PATTERN[policy.nameScript].test(text)) {
    return { field, code: E.NameScript, params: { script: policy.nameScript } };
  }
  if ((text.match(COUNTED_LETTER)?.length ?? 0) < policy.nameMinLength) {
    return { field, code: E.NameTooShort, params: { min: policy.nameMinLength } };
  }
  return undefined;
}

function matchesPrefix(phone: PhoneNumber, prefix: string, country: CountryCode | null): boolean {
  if (prefix.startsWith('+')) return phone.number.startsWith(prefix);
  // A national prefix means something only in its country: 067 is a Ukrainian operator, while a
  // Polish number written with a 0 in front would otherwise match it too.
  if (country && phone.country !== country) return false;
  return phone.formatNational().replace(/\D/g, '').startsWith(prefix);
}

function checkPhone(policy: ProfilePolicy, value: string | null | undefined): { phone: string | null } | { error: FieldError } {
  const text = (value ?? '').trim();
  if (!text) return policy.requirePhone ? { error: { field: 'phone', code: E.PhoneRequired } } : { phone: null };
  // extract: false: the whole text must be the number, not a number somewhere in a sentence.
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: policy.phoneCountry ?? undefined, extract: false });
  // An extension has no place in E.164; dropping it silently would store another number.
  if (!parsed?.isValid() || parsed.ext) return { error: { field: 'phone', code: E.PhoneInvalid } };
  if (policy.phonePrefixes.length && !policy.phonePrefixes.some((prefix) => matchesPrefix(parsed, prefix, policy.phoneCountry))) {
    return { error: { field: 'phone', code: E.PhonePrefixNotAllowed, params: { prefixes: policy.phonePrefixes.join(', ') } } };
  }
  return { phone: parsed.number };
}

/**
 * Checks a member's names and phone against a tenant's {@link ProfilePolicy} and brings the phone
 * to E.164. Names are compared after NFC and trimming; an empty name or phone counts as none.
 * Phone uniqueness (`uniquePhone`) is not checked here.
 *
 * @param options.partial `true` for an update (PATCH): only the fields present in `input` are
 *   checked. `false` for a create: absent fields count as empty, so a required one is reported.
 *
 * @example
 * checkProfile({ ...DEFAULT_PROFILE_POLICY, nameScript: 'cyrillic', nameMinLength: 2, phoneCountry: 'UA', phonePrefixes: ['067'] },
 *   { firstName: "Мар'яна", lastName: 'Коваль', phone: '067 123 45 67' }, { partial: false });
 * // => { errors: [], phone: '+380671234567' }
 */
export function checkProfile(policy: ProfilePolicy, input: ProfileInput, options: { partial: boolean }): ProfileCheck {
  const errors: FieldError[] = [];
  for (const field of ['firstName', 'lastName'] as const) {
    if (options.partial && input[field] === undefined) continue;
    const error = checkName(policy, input[field], field);
    if (error) errors.push(error);
  }
  if (options.partial && input.phone === undefined) return { errors };
  const phone = checkPhone(policy, input.phone);
  if ('error' in phone) return { errors: [...errors, phone.error] };
  return { errors, phone: phone.phone };
}
