import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { domainToASCII } from 'node:url';

/**
 * Invisible and bidirectional control characters: zero-width space/joiners and LRM/RLM
 * (U+200B–U+200F), bidi embeddings and overrides (U+202A–U+202E), word joiner and invisible
 * operators (U+2060–U+2064), bidi isolates (U+2066–U+2069) and the zero-width no-break space
 * (U+FEFF). They make two addresses that look the same differ (or, worse, IDNA silently drops
 * them from a domain), so an address containing one is refused rather than cleaned.
 */
const INVISIBLE_OR_BIDI = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** True when `email` contains a character {@link normalizeEmail} refuses to fold away (see {@link EmailInput}). */
export function hasInvisibleCharacters(email: string): boolean {
  return INVISIBLE_OR_BIDI.test(email);
}

/**
 * The one form of an address that is stored, compared and looked up:
 * - Unicode NFKC (full-width `ａ＠ｂ．ｃｏｍ` is `a@b.com`, a decomposed `é` equals the precomposed one);
 * - surrounding white space trimmed;
 * - the local part lower-cased (`Ala` and `ala` are one account);
 * - the domain lower-cased and converted to ASCII (IDNA/punycode: `przykład.pl` is
 *   `xn--przykad-rjb.pl`, so both spellings reach one account). A domain IDNA refuses is kept
 *   lower-cased as typed; validation refuses such input where it is a new address.
 *
 * Not folded, on purpose: dots and `+tags` in the local part (`a.b+x@` and `ab@` are different
 * accounts, as most providers other than Gmail treat them), a trailing dot of the domain, and
 * confusable letters of other scripts (Cyrillic `а` is not Latin `a`). Invisible and bidi control
 * characters are refused at the edge ({@link EmailInput}), not stripped here.
 */
export function normalizeEmail(email: string): string {
  const text = email.normalize('NFKC').trim();
  const at = text.lastIndexOf('@');
  if (at < 0) return text.toLowerCase().normalize('NFKC');
  // Lower-casing can leave a sequence NFKC would compose again; normalise once more so the result is stable.
  const local = text.slice(0, at).toLowerCase().normalize('NFKC');
  const domain = text
    .slice(at + 1)
    .toLowerCase()
    .normalize('NFKC');
  return `${local}@${domainToASCII(domain) || domain}`;
}

/**
 * Decorators for every email field of a request body: NFKC before the other validators run (so a
 * full-width address validates as what it is), and a field error `EMAIL_INVISIBLE_CHARACTERS`
 * (inside `400 VALIDATION_FAILED`) for an invisible or bidi control character anywhere in it, and
 * `IS_EMAIL` for a quoted local part or any white space.
 * The service still calls {@link normalizeEmail}; this is the part only the edge can do.
 *
 * @example
 * class LoginDto { @EmailInput() @IsString() email: string; }
 */
export function EmailInput(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFKC') : value)),
    ValidateBy({
      // The validation factory derives the field code from this name: EMAIL_INVISIBLE_CHARACTERS
      // (IdentityErrorCode.EmailInvisibleCharacters; email.spec.ts checks that they agree).
      name: 'emailInvisibleCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleCharacters(value),
        defaultMessage: () => 'email must not contain invisible or bidirectional control characters',
      },
    }),
    ValidateBy({
      // RFC 5321 allows quoted local parts ("a b"@x, "a@b"@x); no mailbox we send to needs one, and
      // they carry spaces and a second `@` into every later step. Same field code as a bad address.
      name: 'isEmail',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || PLAIN_ADDRESS.test(value.trim()),
        defaultMessage: () => 'email must be an address without quotes or spaces',
      },
    }),
  );
}

/** One `@`, and no white space or quote anywhere. */
const PLAIN_ADDRESS = /^[^\s"@]+@[^\s"@]+$/;
