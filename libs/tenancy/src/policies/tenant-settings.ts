import { FieldError } from '@tenant-iam/common';
import {
  DEFAULT_PASSWORD_POLICY,
  InvalidPasswordPolicyError,
  PasswordPolicy,
  stricterOf,
  validatePasswordPolicy,
  validatePasswordPolicyOverride,
} from '@tenant-iam/identity';
import { PolicyErrorCode as E } from './policy-error-code';
import { DEFAULT_PROFILE_POLICY, ProfilePolicy, readProfilePolicy, validateProfilePolicySettings } from './profile-policy';

/** A tenant's settings, as read from `tenants.settings` (every key present, defaults filled in). */
export interface TenantSettings {
  /** Members (not only admins) may invite people, within what their permission set grants. */
  membersCanInvite: boolean;
  /**
   * A member has one session at a time: a new login ends the others. Enforced at login by
   * identity through `TenantSessionPolicies` (its `SessionPolicyResolver` port).
   */
  singleSession: boolean;
  /**
   * The tenant's override of the account-wide password policy, only stricter (see identity's
   * `stricterOf`); `{}`: the account-wide policy as it is.
   */
  passwordPolicy: Partial<PasswordPolicy>;
  /** What the tenant requires of its members' names and phones. */
  profilePolicy: ProfilePolicy;
}

/** A settings key. */
export type TenantSettingKey = keyof TenantSettings;

/** The keys of {@link TenantSettings}, in the order they are documented. */
export const TENANT_SETTING_KEYS: readonly TenantSettingKey[] = ['membersCanInvite', 'singleSession', 'passwordPolicy', 'profilePolicy'];

/**
 * The body of `PATCH /tenants/:id {settings}` once {@link validateSettingsPatch} has accepted it:
 * each key present replaces the stored one whole, `null` resets it to its default. Inside the
 * policies `null` means "the default" for that one rule.
 */
export interface TenantSettingsPatch {
  membersCanInvite?: boolean | null;
  singleSession?: boolean | null;
  passwordPolicy?: { [K in keyof PasswordPolicy]?: PasswordPolicy[K] | null } | null;
  profilePolicy?: { [K in keyof ProfilePolicy]?: ProfilePolicy[K] | null } | null;
}

/** The settings of a new tenant: nobody but admins invites, sessions as for any account, no extra rules. */
export const DEFAULT_TENANT_SETTINGS: Readonly<TenantSettings> = Object.freeze({
  membersCanInvite: false,
  singleSession: false,
  passwordPolicy: Object.freeze({}),
  profilePolicy: DEFAULT_PROFILE_POLICY,
});

const BOOLEAN_POLICY_KEYS = ['requireLower', 'requireUpper', 'requireDigit', 'requireSymbol', 'rejectBreached'] as const;
const PASSWORD_POLICY_KEYS: readonly (keyof PasswordPolicy)[] = [
  'minLength',
  'maxLength',
  ...BOOLEAN_POLICY_KEYS,
  'allowedCharacters',
  'minStrength',
];
const ALLOWED_CHARACTERS: readonly PasswordPolicy['allowedCharacters'][] = ['any', 'latin-digits-symbols'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A fresh copy: the defaults are frozen, and what mergeSettings returns is the caller's to change.
function defaultOf(key: TenantSettingKey): unknown {
  if (key === 'profilePolicy') return readProfilePolicy(undefined);
  if (key === 'passwordPolicy') return {};
  return DEFAULT_TENANT_SETTINGS[key];
}

/** The class-validator-like code of a value identity's override validator refused. */
function passwordRuleCode(key: keyof PasswordPolicy, value: unknown): string {
  if ((BOOLEAN_POLICY_KEYS as readonly string[]).includes(key)) return 'IS_BOOLEAN';
  if (key === 'allowedCharacters') return 'IS_IN';
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'IS_INT';
  // An integer out of range: below 1 (lengths) or 0 (strength) is too small, the rest too large.
  return value < (key === 'minStrength' ? 0 : 1) ? 'MIN' : 'MAX';
}

/**
 * Field errors of a tenant's `passwordPolicy`: each rule must be valid (identity's
 * `validatePasswordPolicyOverride`), at least as strict as the account-wide rule (else
 * `POLICY_NOT_STRICTER` with the account's value), and together with the account policy satisfiable
 * (`PASSWORD_MIN_LENGTH_ABOVE_MAX`).
 */
function validatePasswordPolicyPatch(input: unknown, account: PasswordPolicy, path: string): FieldError[] {
  if (!isPlainObject(input)) return [{ field: path, code: 'IS_OBJECT' }];
  const errors: FieldError[] = [];
  const override: Partial<PasswordPolicy> = {};
  for (const [key, value] of Object.entries(input)) {
    const field = `${path}.${key}`;
    if (!(PASSWORD_POLICY_KEYS as readonly string[]).includes(key)) {
      errors.push({ field, code: E.UnknownSetting });
      continue;
    }
    if (value === null || value === undefined) continue;
    const rule = key as keyof PasswordPolicy;
    try {
      validatePasswordPolicyOverride({ [rule]: value });
    } catch (error) {
      if (!(error instanceof InvalidPasswordPolicyError)) throw error;
      const params = rule === 'allowedCharacters' ? { values: ALLOWED_CHARACTERS, fallback: error.message } : { fallback: error.message };
      errors.push({ field, code: passwordRuleCode(rule, value), params });
      continue;
    }
    // stricterOf keeps the stricter of the two: a value it does not keep is a loosening.
    if (stricterOf(account, { [rule]: value })[rule] !== value) {
      errors.push({ field, code: E.NotStricter, params: { account: account[rule] } });
      continue;
    }
    (override as Record<string, unknown>)[rule] = value;
  }
  if (errors.length) return errors;
  const effective = stricterOf(account, override);
  try {
    validatePasswordPolicy(effective);
  } catch (error) {
    if (!(error instanceof InvalidPasswordPolicyError)) throw error;
    // Each rule passed alone, so what is left is minLength above the maxLength in force.
    return [{ field: `${path}.minLength`, code: E.MinLengthAboveMaxLength, params: { max: effective.maxLength, fallback: error.message } }];
  }
  return [];
}

/**
 * Checks the `settings` of `PATCH /tenants/:id`: an object of known keys (else `UNKNOWN_SETTING`),
 * each `null` (reset to the default) or of the right shape: booleans (`IS_BOOLEAN`), a
 * `passwordPolicy` that is valid and only stricter than `accountPolicy`, a valid `profilePolicy`
 * (see {@link validateProfilePolicySettings}).
 *
 * @param accountPolicy the account-wide password policy (the host's configuration).
 * @returns one entry per problem, fields as `settings.<key>...`; empty when the patch may be merged.
 *
 * @example
 * validateSettingsPatch({ passwordPolicy: { minLength: 8 } }, { ...DEFAULT_PASSWORD_POLICY, minLength: 10 });
 * // => [{ field: 'settings.passwordPolicy.minLength', code: 'POLICY_NOT_STRICTER', params: { account: 10 } }]
 */
export function validateSettingsPatch(patch: unknown, accountPolicy: PasswordPolicy): FieldError[] {
  if (!isPlainObject(patch)) return [{ field: 'settings', code: 'IS_OBJECT' }];
  const account = { ...DEFAULT_PASSWORD_POLICY, ...accountPolicy };
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const field = `settings.${key}`;
    if (!(TENANT_SETTING_KEYS as readonly string[]).includes(key)) {
      errors.push({ field, code: E.UnknownSetting });
      continue;
    }
    if (value === null || value === undefined) continue;
    switch (key as TenantSettingKey) {
      case 'membersCanInvite':
      case 'singleSession':
        if (typeof value !== 'boolean') errors.push({ field, code: 'IS_BOOLEAN' });
        break;
      case 'passwordPolicy':
        errors.push(...validatePasswordPolicyPatch(value, account, field));
        break;
      case 'profilePolicy':
        errors.push(...validateProfilePolicySettings(value, field));
        break;
    }
  }
  return errors;
}

/**
 * A password-policy override from whatever is stored: the known rules with values identity's
 * validator accepts; `null`, wrong and unknown entries are dropped. A stored rule looser than
 * today's account policy is kept: `stricterOf` ignores it when the policy is resolved.
 */
export function readPasswordPolicyOverride(stored: unknown): Partial<PasswordPolicy> {
  const override: Partial<PasswordPolicy> = {};
  if (!isPlainObject(stored)) return override;
  for (const key of PASSWORD_POLICY_KEYS) {
    const value = stored[key];
    if (value === null || value === undefined) continue;
    try {
      validatePasswordPolicyOverride({ [key]: value });
      (override as Record<string, unknown>)[key] = value;
    } catch {
      // A value an older version stored, or someone edited by hand: the account rule applies.
    }
  }
  return override;
}

/**
 * The settings of a tenant from its `settings` column, tolerating what older versions stored: a
 * missing, `null` or ill-typed key is its default, unknown keys are dropped. Never throws.
 */
export function readSettings(stored: unknown): TenantSettings {
  const source = isPlainObject(stored) ? stored : {};
  return {
    membersCanInvite: typeof source.membersCanInvite === 'boolean' ? source.membersCanInvite : DEFAULT_TENANT_SETTINGS.membersCanInvite,
    singleSession: typeof source.singleSession === 'boolean' ? source.singleSession : DEFAULT_TENANT_SETTINGS.singleSession,
    passwordPolicy: readPasswordPolicyOverride(source.passwordPolicy),
    profilePolicy: readProfilePolicy(source.profilePolicy),
  };
}

/**
 * Applies an accepted patch (see {@link validateSettingsPatch}) to the stored settings: each
 * top-level key present replaces the stored value whole (a `passwordPolicy` patch is the new
 * override, not merged rule by rule), `null` resets the key to its default, absent keys keep the
 * stored value. The result is what to store.
 *
 * @example
 * mergeSettings({ singleSession: true, passwordPolicy: { minLength: 12 } }, { passwordPolicy: null, membersCanInvite: true });
 * // => { membersCanInvite: true, singleSession: true, passwordPolicy: {}, profilePolicy: DEFAULT_PROFILE_POLICY }
 */
export function mergeSettings(stored: unknown, patch: TenantSettingsPatch): TenantSettings {
  const next = readSettings(stored);
  for (const key of TENANT_SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(patch, key) || patch[key] === undefined) continue;
    const value = patch[key];
    if (value === null) {
      (next as unknown as Record<string, unknown>)[key] = defaultOf(key);
      continue;
    }
    switch (key) {
      case 'membersCanInvite':
      case 'singleSession':
        next[key] = value as boolean;
        break;
      case 'passwordPolicy':
        next.passwordPolicy = readPasswordPolicyOverride(value);
        break;
      case 'profilePolicy':
        next.profilePolicy = readProfilePolicy(value);
        break;
    }
  }
  return next;
}
