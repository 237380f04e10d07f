import type { PasswordPolicy } from '@tenant-iam/identity';
import { randomInt } from 'node:crypto';

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#$%&*+-=?@^_~';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** The length a generated password aims for: long enough to be far beyond guessing. */
export const GENERATED_PASSWORD_LENGTH = 20;

const pick = (alphabet: string): string => alphabet[randomInt(alphabet.length)];

/**
 * A random password that meets `policy`: at least {@link GENERATED_PASSWORD_LENGTH} characters
 * (or the policy's minimum, whichever is longer, within its maximum), with a lowercase and an
 * uppercase letter, a digit and a symbol whatever the policy requires, all printable ASCII (so
 * `allowedCharacters: latin-digits-symbols` accepts it). Look-alike characters (l, I, O, 0, 1)
 * are left out: a person may have to type it. Uses `crypto.randomInt`, never `Math.random`.
 */
export function generatePassword(policy: Pick<PasswordPolicy, 'minLength' | 'maxLength'>): string {
  const length = Math.max(4, Math.min(Math.max(GENERATED_PASSWORD_LENGTH, policy.minLength), policy.maxLength));
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher-Yates, so the guaranteed classes are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
