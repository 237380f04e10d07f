import { INVITATION_MAIL_TEMPLATES, InvitationMail, invitationLifetime } from './invitations.mail';

const DAY = 24 * 3_600_000;
const ctx = (locale: 'en' | 'pl' | 'uk') => ({
  locale,
  appUrl: 'http://app.test',
  link: (path: string, token: string) => `http://app.test/${path}?token=${encodeURIComponent(token)}`,
});

describe('invitation mail', () => {
  it('says the configured lifetime with the plural form of each language', () => {
    expect(invitationLifetime(7 * DAY, 'en')).toBe('7 days');
    expect(invitationLifetime(2 * DAY, 'pl')).toBe('2 dni');
    expect(invitationLifetime(5 * DAY, 'pl')).toBe('5 dni');
    expect(invitationLifetime(22 * DAY, 'uk')).toBe('22 дні');
    expect(invitationLifetime(7 * DAY, 'uk')).toBe('7 днів');
    expect(invitationLifetime(21 * DAY, 'uk')).toBe('21 день');
    expect(invitationLifetime(DAY, 'en')).toBe('24 hours');
    expect(invitationLifetime(3_600_000, 'pl')).toBe('1 godzinę');
    expect(invitationLifetime(36 * 3_600_000, 'uk')).toBe('36 годин');
  });

  it('renders every language with the link, the organisation and the inviter, escaping HTML', () => {
    const data = { token: 'tok-1', validForMs: 7 * DAY, organisationName: 'A & <B>', inviterName: 'Olena Nowak' };
    for (const locale of ['en', 'pl', 'uk'] as const) {
      const mail = INVITATION_MAIL_TEMPLATES[InvitationMail.Invitation][locale](data, ctx(locale));
      expect(mail.text).toContain('http://app.test/invitations/accept?token=tok-1');
      expect(mail.text).toContain('Olena Nowak');
      expect(mail.subject).toContain('A & <B>');
      expect(mail.html).toContain('A &amp; &lt;B&gt;');
      expect(mail.html).not.toContain('<B>');
    }
    const en = INVITATION_MAIL_TEMPLATES[InvitationMail.Invitation].en({ ...data, inviterName: null }, ctx('en'));
    expect(en.text).toContain('You are invited to join A & <B>.\n');
    expect(en.text).toContain('valid for 7 days');
  });
});
