import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { IDENTITY_MESSAGES } from '@tenant-iam/identity';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { ContactErrorCode, ContactFieldCode } from './contact-error-code';
import { CONTACTS_MESSAGES } from './contacts.messages';

describe('CONTACTS_MESSAGES', () => {
  it('gives every problem and field code of contacts a text in every locale, through TENANCY_MESSAGES', () => {
    const keys = [...Object.values(ContactErrorCode), ...Object.values(ContactFieldCode).map((code) => `field.${code}`)];
    for (const locale of LOCALES) {
      for (const key of keys) expect([locale, key, typeof TENANCY_MESSAGES[locale][key]]).toEqual([locale, key, 'string']);
      for (const key of Object.keys(CONTACTS_MESSAGES[locale])) {
        expect(TENANCY_MESSAGES[locale][key]).toBe(CONTACTS_MESSAGES[locale][key]);
        expect(IDENTITY_MESSAGES[locale][key]).toBeUndefined();
      }
    }
  });

  it('fills the contact limit', () => {
    const catalog = new MessageCatalog(IDENTITY_MESSAGES, TENANCY_MESSAGES);
    for (const locale of LOCALES)
      expect(catalog.translate(ContactErrorCode.ContactLimitReached, locale, { limit: 10000 })).toContain('10000');
  });
});
