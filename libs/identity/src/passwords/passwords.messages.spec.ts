import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { PasswordErrorCode } from './password-error-code';
import { PASSWORDS_MESSAGES } from './passwords.messages';

const PROBLEM_CODES = [PasswordErrorCode.Policy, PasswordErrorCode.CheckUnavailable];
const FIELD_CODES = Object.values(PasswordErrorCode).filter((code) => !PROBLEM_CODES.includes(code));

describe('PASSWORDS_MESSAGES', () => {
  it('covers the problem codes and every field code in en, pl and uk, and nothing else', () => {
    const keys = [...PROBLEM_CODES, ...FIELD_CODES.map((code) => `field.${code}`)].sort();
    expect(FIELD_CODES).toHaveLength(9);
    for (const locale of LOCALES) {
      expect(Object.keys(PASSWORDS_MESSAGES[locale]).sort()).toEqual(keys);
      for (const text of Object.values(PASSWORDS_MESSAGES[locale])) expect(text.trim()).not.toBe('');
    }
  });

  it('is really translated', () => {
    for (const key of Object.keys(PASSWORDS_MESSAGES.en)) {
      expect(PASSWORDS_MESSAGES.pl[key]).not.toBe(PASSWORDS_MESSAGES.en[key]);
      expect(PASSWORDS_MESSAGES.uk[key]).not.toBe(PASSWORDS_MESSAGES.en[key]);
      expect(PASSWORDS_MESSAGES.uk[key]).not.toBe(PASSWORDS_MESSAGES.pl[key]);
    }
  });

  it('uses exactly the placeholders each code has params for', () => {
    const expected: Record<string, string[]> = {
      [`field.${PasswordErrorCode.TooShort}`]: ['{min}'],
      [`field.${PasswordErrorCode.TooLong}`]: ['{max}'],
    };
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(PASSWORDS_MESSAGES[locale])) {
        expect([key, text.match(/\{\w+\}/g) ?? []]).toEqual([key, expected[key] ?? []]);
      }
    }
  });

  it('renders through the message catalogue', () => {
    const catalog = new MessageCatalog(PASSWORDS_MESSAGES);
    expect(catalog.translate('field.PASSWORD_TOO_SHORT', 'en', { min: 12 })).toBe('Use at least 12 characters.');
    expect(catalog.translate('field.PASSWORD_TOO_SHORT', 'pl', { min: 12 })).toContain('12');
    expect(catalog.translate('field.PASSWORD_TOO_LONG', 'uk', { max: 64 })).toContain('64');
    expect(catalog.translate('PASSWORD_POLICY', 'en')).toBe('The password does not meet the requirements.');
  });
});
