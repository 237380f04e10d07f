import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { GroupErrorCode, GroupFieldCode } from './group-error-code';
import { GROUPS_MESSAGES } from './groups.messages';

describe('GROUPS_MESSAGES', () => {
  it('has a text in every locale for every problem and field code, and is part of TENANCY_MESSAGES', () => {
    const keys = [...Object.values(GroupErrorCode), ...Object.values(GroupFieldCode).map((code) => `field.${code}`)];
    expect(Object.keys(GROUPS_MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const locale of LOCALES) {
      for (const key of keys) {
        expect([locale, key, typeof GROUPS_MESSAGES[locale][key]]).toEqual([locale, key, 'string']);
        expect(TENANCY_MESSAGES[locale][key]).toBe(GROUPS_MESSAGES[locale][key]);
      }
    }
  });

  it('fills the counts of a group that is not empty', () => {
    const catalog = new MessageCatalog(TENANCY_MESSAGES);
    for (const locale of LOCALES) {
      const text = catalog.translate(GroupErrorCode.NotEmpty, locale, { groups: 3, members: 7 });
      expect(text).toContain('3');
      expect(text).toContain('7');
    }
  });
});
