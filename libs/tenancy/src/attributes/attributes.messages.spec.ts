import { LOCALES, MessageCatalog } from '@tenant-iam/common';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { AttributeErrorCode, AttributeFieldCode } from './attribute-error-code';
import { ATTRIBUTES_MESSAGES } from './attributes.messages';

describe('ATTRIBUTES_MESSAGES', () => {
  it('has a text in every locale for every problem and field code, and is part of TENANCY_MESSAGES', () => {
    const keys = [...Object.values(AttributeErrorCode), ...Object.values(AttributeFieldCode).map((code) => `field.${code}`)];
    for (const locale of LOCALES) {
      for (const key of keys) {
        expect([locale, key, typeof ATTRIBUTES_MESSAGES[locale][key]]).toEqual([locale, key, 'string']);
        expect(TENANCY_MESSAGES[locale][key]).toBe(ATTRIBUTES_MESSAGES[locale][key]);
      }
    }
  });

  it('fills the attribute name and the bounds', () => {
    const catalog = new MessageCatalog(TENANCY_MESSAGES);
    for (const locale of LOCALES) {
      expect(catalog.translate(AttributeErrorCode.AttributeTaken, locale, { name: 'sipExtension' })).toContain('sipExtension');
      expect(catalog.translate(`field.${AttributeFieldCode.TooLarge}`, locale, { max: 10 })).toContain('10');
    }
  });
});
