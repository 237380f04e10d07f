import { COMMON_MESSAGES, LOCALES, MessageCatalog } from '@tenant-iam/common';
import { IdentityErrorCode } from './common/identity-error-code';
import { IDENTITY_MESSAGES } from './identity.messages';
import { PASSWORDS_MESSAGES } from './passwords';

// Codes used only as a field error's code (inside VALIDATION_FAILED), so their text is `field.<CODE>`.
const FIELD_CODES: string[] = [IdentityErrorCode.PhoneInvalid, IdentityErrorCode.EmailInvisibleCharacters];
const PROBLEM_CODES: string[] = Object.values(IdentityErrorCode).filter((code) => !FIELD_CODES.includes(code));
const keyOf = (code: string) => (FIELD_CODES.includes(code) ? `field.${code}` : code);

describe('IDENTITY_MESSAGES', () => {
  it('has an en, pl and uk text for every identity error code', () => {
    expect(PROBLEM_CODES).toHaveLength(17);
    for (const code of Object.values(IdentityErrorCode)) {
      for (const locale of LOCALES) {
        const text = IDENTITY_MESSAGES[locale][keyOf(code)];
        expect([locale, code, typeof text]).toEqual([locale, code, 'string']);
        expect(text.trim()).not.toBe('');
      }
    }
  });

  it('is really translated: pl and uk differ from en', () => {
    for (const code of Object.values(IdentityErrorCode)) {
      const key = keyOf(code);
      expect([key, IDENTITY_MESSAGES.pl[key]]).not.toEqual([key, IDENTITY_MESSAGES.en[key]]);
      expect([key, IDENTITY_MESSAGES.uk[key]]).not.toEqual([key, IDENTITY_MESSAGES.en[key]]);
      expect([key, IDENTITY_MESSAGES.uk[key]]).not.toEqual([key, IDENTITY_MESSAGES.pl[key]]);
    }
  });

  it('has the same keys in every locale, and no text the common messages already own', () => {
    const en = Object.keys(IDENTITY_MESSAGES.en).sort();
    expect(Object.keys(IDENTITY_MESSAGES.pl).sort()).toEqual(en);
    expect(Object.keys(IDENTITY_MESSAGES.uk).sort()).toEqual(en);
    for (const key of en) expect([key, COMMON_MESSAGES.en[key]]).toEqual([key, undefined]);
  });

  it('includes the password messages', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(PASSWORDS_MESSAGES[locale])) expect(IDENTITY_MESSAGES[locale][key]).toBe(text);
    }
  });

  it('uses the same placeholders in every locale', () => {
    for (const key of Object.keys(IDENTITY_MESSAGES.en)) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      const en = placeholders(IDENTITY_MESSAGES.en[key]);
      expect([key, placeholders(IDENTITY_MESSAGES.pl[key])]).toEqual([key, en]);
      expect([key, placeholders(IDENTITY_MESSAGES.uk[key])]).toEqual([key, en]);
    }
  });

  it('renders the retry delay of TOO_MANY_LOGIN_ATTEMPTS through the catalogue', () => {
    const catalog = new MessageCatalog(COMMON_MESSAGES, IDENTITY_MESSAGES);
    expect(catalog.translate(IdentityErrorCode.TooManyAttempts, 'en', { retryAfter: 42 })).toBe(
      'Too many login attempts. Try again in 42 s.',
    );
    expect(catalog.translate(IdentityErrorCode.TooManyAttempts, 'pl', { retryAfter: 42 })).toContain('42 s');
    expect(catalog.translate(IdentityErrorCode.TooManyAttempts, 'uk', { retryAfter: 42 })).toContain('42 с');
  });
});
