import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { IDENTITY_MESSAGES } from '@tenant-iam/identity';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { MemberErrorCode, MemberFieldCode } from './member-error-code';
import { MEMBERS_MESSAGES } from './members.messages';

describe('MEMBERS_MESSAGES', () => {
  it('has a text in every locale for every problem and field code, and is part of TENANCY_MESSAGES', () => {
    const keys = [...Object.values(MemberErrorCode), ...Object.values(MemberFieldCode).map((code) => `field.${code}`)];
    for (const locale of LOCALES) {
      for (const key of keys) {
        expect([locale, key, typeof MEMBERS_MESSAGES[locale][key]]).toEqual([locale, key, 'string']);
        expect(TENANCY_MESSAGES[locale][key]).toBe(MEMBERS_MESSAGES[locale][key]);
      }
    }
  });

  it("fills the seat limit and leaves identity's texts alone", () => {
    const catalog = new MessageCatalog(IDENTITY_MESSAGES, TENANCY_MESSAGES);
    for (const locale of LOCALES) {
      expect(catalog.translate(MemberErrorCode.SeatLimitReached, locale, { limit: 25 })).toContain('25');
      for (const key of Object.keys(MEMBERS_MESSAGES[locale])) expect(IDENTITY_MESSAGES[locale][key]).toBeUndefined();
    }
  });
});
