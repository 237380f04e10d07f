import { LOCALES } from '@tenant-iam/common';
import { TelephonyErrorCode, TelephonyFieldCode } from './telephony-error-code';
import { TELEPHONY_MESSAGES } from './telephony.messages';

describe('TELEPHONY_MESSAGES', () => {
  it('has a text in every locale for every problem and field code', () => {
    const keys = [...Object.values(TelephonyErrorCode), ...Object.values(TelephonyFieldCode).map((code) => `field.${code}`)];
    for (const locale of LOCALES) {
      for (const key of keys) expect([locale, key, typeof TELEPHONY_MESSAGES[locale][key]]).toEqual([locale, key, 'string']);
    }
  });
});
