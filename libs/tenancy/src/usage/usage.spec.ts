import { API_KEYS_MESSAGES } from '../api-keys/api-keys.messages';
import { USAGE_MAIL_TEMPLATES, UsageMail } from './usage.mail';
import { USAGE_MESSAGES } from './usage.messages';
import { monthOf } from './usage.service';

describe('monthOf', () => {
  it('is the calendar month in UTC, whatever the local time', () => {
    expect(monthOf(new Date('2026-12-31T23:59:59.999Z'))).toEqual({
      period: '2026-12-01',
      label: '2026-12',
      start: new Date('2026-12-01T00:00:00Z'),
      resetsAt: new Date('2027-01-01T00:00:00Z'),
    });
    expect(monthOf(new Date('2027-01-01T00:00:00Z')).period).toBe('2027-01-01');
    expect(monthOf(new Date('2028-02-29T12:00:00Z')).resetsAt).toEqual(new Date('2028-03-01T00:00:00Z'));
  });
});

describe('usage and API key texts', () => {
  it('every code has a message in en, pl and uk', () => {
    for (const messages of [USAGE_MESSAGES, API_KEYS_MESSAGES]) {
      const keys = Object.keys(messages.en).sort();
      expect(Object.keys(messages.pl).sort()).toEqual(keys);
      expect(Object.keys(messages.uk).sort()).toEqual(keys);
    }
  });

  it('the quota mails render in every locale, escape the organisation name in HTML and keep it on one line', () => {
    const data = { organisationName: 'A <b>&</b>\nB', metric: 'search', used: 800, limit: 1000, resetsAt: '2027-01-01T00:00:00.000Z' };
    for (const name of [UsageMail.Quota80, UsageMail.Quota100]) {
      for (const locale of ['en', 'pl', 'uk'] as const) {
        const mail = USAGE_MAIL_TEMPLATES[name][locale](data, { locale, appUrl: 'http://app.test', link: () => '' });
        expect(mail.subject).toContain('A <b>&</b> B');
        expect(mail.subject).not.toContain('\n');
        expect(mail.text).toContain('2027-01-01');
        expect(mail.html).not.toContain('<b>');
        expect(mail.html).toContain('&lt;b&gt;');
      }
    }
  });
});
