import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { IDENTITY_MESSAGES } from '@tenant-iam/identity';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { COMPANIES_MESSAGES } from './companies.messages';
import { CompanyErrorCode } from './company-error-code';

describe('COMPANIES_MESSAGES', () => {
  it('has a text in every locale for every code, and is part of TENANCY_MESSAGES', () => {
    for (const locale of LOCALES) {
      for (const key of Object.values(CompanyErrorCode)) {
        expect([locale, key, typeof COMPANIES_MESSAGES[locale][key]]).toEqual([locale, key, 'string']);
        expect(TENANCY_MESSAGES[locale][key]).toBe(COMPANIES_MESSAGES[locale][key]);
      }
    }
  });

  it('fills the member count of COMPANY_IN_USE and clashes with no other text', () => {
    const catalog = new MessageCatalog(IDENTITY_MESSAGES, TENANCY_MESSAGES);
    for (const locale of LOCALES) {
      expect(catalog.translate(CompanyErrorCode.InUse, locale, { members: 7 })).toContain('7');
      for (const key of Object.keys(COMPANIES_MESSAGES[locale])) expect(IDENTITY_MESSAGES[locale][key]).toBeUndefined();
    }
  });
});
