import { LOCALES } from '@tenant-iam/common';
import { TENANCY_MESSAGES } from '../tenancy.messages';
import { InvitationErrorCode, InvitationFieldCode } from './invitation-error-code';
import { INVITATIONS_MESSAGES } from './invitations.messages';

describe('INVITATIONS_MESSAGES', () => {
  it('has a text in every locale for every problem and field code, and is part of TENANCY_MESSAGES', () => {
    const keys = [...Object.values(InvitationErrorCode), ...Object.values(InvitationFieldCode).map((code) => `field.${code}`)];
    for (const locale of LOCALES) {
      expect(Object.keys(INVITATIONS_MESSAGES[locale]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(TENANCY_MESSAGES[locale][key]).toBe(INVITATIONS_MESSAGES[locale][key]);
    }
  });
});
