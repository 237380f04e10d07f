import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { IDENTITY_MESSAGES } from '@tenant-iam/identity';
import { POLICIES_MESSAGES } from './policies.messages';
import { PolicyErrorCode } from './policy-error-code';

describe('POLICIES_MESSAGES', () => {
  it('has a text in every locale for every field code, PHONE_INVALID coming from identity', () => {
    const catalog = new MessageCatalog(IDENTITY_MESSAGES, POLICIES_MESSAGES);
    for (const locale of LOCALES) {
      for (const code of Object.values(PolicyErrorCode)) {
        const key = `field.${code}`;
        const own = code === PolicyErrorCode.PhoneInvalid ? IDENTITY_MESSAGES : POLICIES_MESSAGES;
        expect([locale, key, own[locale][key]]).toEqual([locale, key, expect.any(String)]);
        expect(catalog.translate(key, locale)).not.toBe(key);
      }
    }
  });

  it('does not override identity texts', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(POLICIES_MESSAGES[locale])) expect(IDENTITY_MESSAGES[locale][key]).toBeUndefined();
    }
  });

  it('fills the params', () => {
    const catalog = new MessageCatalog(POLICIES_MESSAGES);
    expect(catalog.translate('field.NAME_TOO_SHORT', 'uk', { min: 2 })).toContain('2');
    expect(catalog.translate('field.PHONE_PREFIX_NOT_ALLOWED', 'pl', { prefixes: '067, 068' })).toContain('067, 068');
    expect(catalog.translate('field.PASSWORD_MIN_LENGTH_ABOVE_MAX', 'en', { max: 64 })).toContain('64');
    for (const locale of LOCALES) {
      for (const text of Object.values(POLICIES_MESSAGES[locale])) expect(text).not.toMatch(/\{(?!min\}|max\}|prefixes\})/);
    }
  });
});
