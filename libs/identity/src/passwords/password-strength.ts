import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as enDictionary } from '@zxcvbn-ts/language-en';
import { PasswordStrength } from './password-policy';

// zxcvbn 4 has no global options any more: one factory, built on first use (about 200 ms to rank
// the dictionaries) and shared by the process.
let factory: ZxcvbnFactory | undefined;

/** UTF-16 units of a password the estimate looks at (a surrogate pair is never split); the rest can only make it stronger. */
export const STRENGTH_INPUT_MAX = 64;
// What we know about a person is short; a bound keeps a hostile profile from costing time either.
const USER_INPUT_MAX = 100;
const USER_WORDS_MAX = 32;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...enDictionary },
    graphs: adjacencyGraphs,
    // The estimate runs on the event loop and its cost grows fast with length and with l33t
    // substitutions (a random 128-character password took over a second with the defaults).
    // Judging only the first 64 characters can only underestimate, and 4 substitutions still
    // catch `P@ssw0rd`; together they keep one estimate under ~50 ms.
    maxLength: STRENGTH_INPUT_MAX,
    l33tMaxSubstitutions: 4,
  });
  return factory;
}

/**
 * Turns what we know about the person (email, names) into the words zxcvbn should treat as
 * guessable: each value, the email's local part and domain label, and every run of letters or
 * digits of three or more. `jan.kowalski@example.com` gives `jan.kowalski`, `jan`, `kowalski`,
 * `example`, so `jan.kowalski2024` scores as weak.
 */
export function expandUserInputs(inputs: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const raw of inputs.slice(0, USER_WORDS_MAX)) {
    const value = raw?.slice(0, USER_INPUT_MAX).trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    const at = value.lastIndexOf('@');
    if (at > 0) {
      words.add(value.slice(0, at));
      const label = value.slice(at + 1).split('.')[0];
      if (label) words.add(label);
    }
    for (const part of value.split(/[^\p{L}\p{N}]+/u)) {
      if ([...part].length >= 3) words.add(part);
    }
  }
  return [...words].slice(0, USER_WORDS_MAX);
}

/**
 * The zxcvbn score of `password`, with `userInputs` as extra guessable words. Synchronous and
 * CPU-bound (up to ~50 ms): only the first {@link STRENGTH_INPUT_MAX} UTF-16 units are judged
 * (cut here, before an unpaired surrogate, rather than inside zxcvbn), and user inputs are bounded
 * too. Call it only when no cheaper rule has already refused the password.
 */
export function estimateStrength(password: string, userInputs: readonly (string | null | undefined)[] = []): PasswordStrength {
  let bounded = password.slice(0, STRENGTH_INPUT_MAX);
  if (bounded.length < password.length && /[\uD800-\uDBFF]$/.test(bounded)) bounded = bounded.slice(0, -1);
  return zxcvbn().check(bounded, expandUserInputs(userInputs)).score;
}
