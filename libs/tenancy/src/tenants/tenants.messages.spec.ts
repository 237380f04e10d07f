import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { AdminErrorCode } from '../admin/admin-error-code';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { TenantErrorCode } from './tenant-error-code';
import { TENANTS_MESSAGES } from './tenants.messages';

describe('TENANTS_MESSAGES', () => {
  const codes = [...Object.values(TenantErrorCode), ...Object.values(AdminErrorCode)];

  it('has a text in every locale for every organisation and operator code, and the lib ships them', () => {
    const catalog = new MessageCatalog(TENANCY_MESSAGES);
    for (const locale of LOCALES) {
      for (const code of codes) {
        expect([locale, code, TENANTS_MESSAGES[locale][code]]).toEqual([locale, code, expect.any(String)]);
        expect(catalog.translate(code, locale)).toBe(TENANTS_MESSAGES[locale][code]);
      }
      expect(Object.keys(TENANTS_MESSAGES[locale]).sort()).toEqual([...codes].sort());
    }
  });

  it('fills the list of plans', () => {
    const catalog = new MessageCatalog(TENANTS_MESSAGES);
    for (const locale of LOCALES)
      expect(catalog.translate(AdminErrorCode.UnknownPlan, locale, { plans: 'basic, pro' })).toContain('basic, pro');
  });
});
