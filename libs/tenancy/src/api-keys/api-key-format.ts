import { randomBytes } from 'node:crypto';

/** Every key starts with this, so secret scanners (and people) recognise a leaked one. */
export const API_KEY_PREFIX = 'tiam_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 32 random bytes in base62 fill at most 43 characters; shorter numbers are left-padded. */
const BODY_LENGTH = 43;
/** Characters of the body kept in the display prefix: enough to tell keys apart, nothing to guess with. */
const SHOWN = 8;

/** The shape of a key this lib issued: checked before any lookup, so junk costs no query. */
export const API_KEY_PATTERN = /^tiam_[0-9A-Za-z]{43}$/;

/** A new key, `tiam_` + 32 random bytes in base62 (no `-`/`_`, so a double-click selects it whole). */
export function generateApiKey(): string {
  let n = BigInt(`0x${randomBytes(32).toString('hex')}`);
  let body = '';
  while (n > 0n) {
    body = ALPHABET[Number(n % 62n)] + body;
    n /= 62n;
  }
  return API_KEY_PREFIX + body.padStart(BODY_LENGTH, '0');
}

/** What is shown of a key beside it, and in lists and logs: `tiam_` and its first characters. */
export function displayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + SHOWN);
}
