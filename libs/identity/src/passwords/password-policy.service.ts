import { HttpStatus, Injectable } from '@nestjs/common';
import { CodedException } from '@tenant-iam/common';
import { BreachedPasswordChecker, BreachedPasswordStatus } from './breached-password.checker';
import { PasswordErrorCode as E, PasswordViolationCode } from './password-error-code';
import { PasswordPolicy } from './password-policy';
import { estimateStrength } from './password-strength';

/** One broken rule: a field code and the values its message needs. */
export interface PolicyViolation {
  code: PasswordViolationCode;
  params?: Record<string, unknown>;
}

/** What is known about the person choosing the password. */
export interface PasswordCheckContext {
  /**
   * Words the password should not be built from: the email, first and last name, the tenant's
   * name. Each is also split into its parts (`jan.kowalski@example.com` also gives `jan`,
   * `kowalski`, ...).
   */
  userInputs?: (string | null | undefined)[];
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const DIGIT = /\p{Nd}/u;
const SYMBOL = /[\p{P}\p{S}]/u;
// Printable ASCII: the space, letters, digits and punctuation (U+0020..U+007E).
const LATIN_DIGITS_SYMBOLS = /^[\x20-\x7e]*$/;

/**
 * Checks a new password against a {@link PasswordPolicy} and reports every rule it breaks, in a
 * fixed order: length, character classes, allowed characters, strength (zxcvbn), breach (Have I
 * Been Pwned, through {@link BreachedPasswordChecker}).
 *
 * Lengths count Unicode code points, so `😀` is one character, not two; the text is taken as given
 * (no normalisation), so a decomposed `é` counts two.
 *
 * @example
 * const policy = stricterOf(accountPolicy, tenant.settings.passwordPolicy);
 * await passwordPolicy.assert(dto.password, policy, { userInputs: [user.email, user.firstName, user.lastName] });
 */
@Injectable()
export class PasswordPolicyService {
  constructor(private readonly breached: BreachedPasswordChecker) {}

  /**
   * Every rule `password` breaks; empty when it is acceptable.
   *
   * @throws CodedException `503 PASSWORD_CHECK_UNAVAILABLE` when the breach check is required,
   * failing closed, did not answer, and no other rule is broken (if one is, the violations are
   * returned: the password has to change anyway).
   */
  async check(password: string, policy: PasswordPolicy, context: PasswordCheckContext = {}): Promise<PolicyViolation[]> {
    const length = codePointLength(password);
    const tooShort = length < policy.minLength;
    // Started first so the request overlaps the (synchronous) strength estimate. Not for a
    // password already too short: it is refused anyway, and the user's next try is likely a
    // variant of it, so even its hash prefix should not leave the process.
    const breach: Promise<BreachedPasswordStatus> | undefined =
      policy.rejectBreached && !tooShort && this.breached.enabled ? this.breached.check(password) : undefined;

    const violations: PolicyViolation[] = [];
    if (tooShort) violations.push({ code: E.TooShort, params: { min: policy.minLength } });
    if (length > policy.maxLength) violations.push({ code: E.TooLong, params: { max: policy.maxLength } });
    if (policy.requireLower && !LOWER.test(password)) violations.push({ code: E.NeedsLower });
    if (policy.requireUpper && !UPPER.test(password)) violations.push({ code: E.NeedsUpper });
    if (policy.requireDigit && !DIGIT.test(password)) violations.push({ code: E.NeedsDigit });
    if (policy.requireSymbol && !SYMBOL.test(password)) violations.push({ code: E.NeedsSymbol });
    if (policy.allowedCharacters === 'latin-digits-symbols' && !LATIN_DIGITS_SYMBOLS.test(password)) {
      violations.push({ code: E.CharactersNotAllowed });
    }
    if (policy.minStrength > 0) {
      const score = estimateStrength(password, context.userInputs ?? []);
      if (score < policy.minStrength) {
        violations.push({ code: E.TooWeak, params: { minStrength: policy.minStrength, score } });
      }
    }

    const status = await breach;
    if (status === 'breached') violations.push({ code: E.Breached });
    if (status === 'unavailable' && this.breached.options.failure === 'closed' && violations.length === 0) {
      throw new CodedException(HttpStatus.SERVICE_UNAVAILABLE, E.CheckUnavailable);
    }
    return violations;
  }

  /**
   * Like {@link check}, but throws when a rule is broken.
   *
   * @param field the field the errors are reported under (`password`, `newPassword`).
   * @throws CodedException `422 PASSWORD_POLICY` with one `errors[]` entry per broken rule, each
   * `{ field, code, params }` (`PASSWORD_TOO_SHORT {min}`, `PASSWORD_TOO_WEAK {minStrength, score}`, ...).
   * @throws CodedException `503 PASSWORD_CHECK_UNAVAILABLE`, see {@link check}.
   */
  async assert(password: string, policy: PasswordPolicy, context: PasswordCheckContext = {}, field = 'password'): Promise<void> {
    const violations = await this.check(password, policy, context);
    if (violations.length > 0) {
      throw new CodedException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        E.Policy,
        undefined,
        violations.map((v) => ({ field, code: v.code, params: v.params })),
      );
    }
  }
}

/** Length in Unicode code points (what a person counts), not UTF-16 code units. */
export function codePointLength(text: string): number {
  // Each surrogate pair is one code point stored as two UTF-16 units.
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}
