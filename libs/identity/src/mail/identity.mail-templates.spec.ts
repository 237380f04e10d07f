import { LOCALES, Locale } from '@tenant-iam/common';
import type { MailContext } from '@tenant-iam/notifications';
import { IDENTITY_LINK_PATHS, IDENTITY_MAIL_TEMPLATES, IdentityMail, lifetimeInWords } from './identity.mail-templates';

const APP_URL = 'https://app.test';
const TOKEN = 'tok_ABC-123';
const ctx = (locale: Locale): MailContext => ({
  locale,
  appUrl: APP_URL,
  link: (path: string, token: string) => `${APP_URL}/${path}?token=${token}`,
});
const data = { firstName: 'Ala', token: TOKEN, newEmail: 'new@example.com' };

/** Where each mail's button points. */
const LINKS: Record<IdentityMail, string> = {
  [IdentityMail.VerifyEmail]: `${APP_URL}/${IDENTITY_LINK_PATHS.verifyEmail}?token=${TOKEN}`,
  [IdentityMail.PasswordReset]: `${APP_URL}/${IDENTITY_LINK_PATHS.resetPassword}?token=${TOKEN}`,
  [IdentityMail.PasswordSetup]: `${APP_URL}/${IDENTITY_LINK_PATHS.setPassword}?token=${TOKEN}`,
  [IdentityMail.SignUpAgain]: `${APP_URL}/${IDENTITY_LINK_PATHS.setPassword}?token=${TOKEN}`,
  [IdentityMail.AccountCreated]: `${APP_URL}/${IDENTITY_LINK_PATHS.setPassword}?token=${TOKEN}`,
  [IdentityMail.AccountCreatedNotice]: APP_URL,
  [IdentityMail.EmailChangeConfirm]: `${APP_URL}/${IDENTITY_LINK_PATHS.confirmEmail}?token=${TOKEN}`,
  [IdentityMail.EmailChangeNotice]: `${APP_URL}/${IDENTITY_LINK_PATHS.cancelEmailChange}?token=${TOKEN}`,
  [IdentityMail.AccountExists]: `${APP_URL}/${IDENTITY_LINK_PATHS.forgotPassword}`,
  [IdentityMail.PasswordChanged]: `${APP_URL}/${IDENTITY_LINK_PATHS.forgotPassword}`,
  [IdentityMail.EmailAddressTaken]: `${APP_URL}/${IDENTITY_LINK_PATHS.forgotPassword}`,
};
const WITH_TOKEN = [
  IdentityMail.VerifyEmail,
  IdentityMail.PasswordReset,
  IdentityMail.PasswordSetup,
  IdentityMail.SignUpAgain,
  IdentityMail.AccountCreated,
  IdentityMail.EmailChangeConfirm,
  IdentityMail.EmailChangeNotice,
];
const MAILS = Object.values(IdentityMail);

describe('IDENTITY_MAIL_TEMPLATES', () => {
  it('has a template for every mail, and only those, in en, pl and uk', () => {
    expect(Object.keys(IDENTITY_MAIL_TEMPLATES).sort()).toEqual([...MAILS].sort());
    for (const mail of MAILS) expect(Object.keys(IDENTITY_MAIL_TEMPLATES[mail]).sort()).toEqual([...LOCALES].sort());
  });

  it('points the link paths at the app pages', () => {
    expect(IDENTITY_LINK_PATHS).toEqual({
      verifyEmail: 'verify-email',
      resetPassword: 'reset-password',
      setPassword: 'set-password',
      confirmEmail: 'confirm-email',
      cancelEmailChange: 'cancel-email-change',
      forgotPassword: 'forgot-password',
    });
  });

  describe.each(MAILS)('%s', (mail) => {
    it.each(LOCALES)('renders a non-empty subject, text and html document in %s, greeting by name', (locale) => {
      const rendered = IDENTITY_MAIL_TEMPLATES[mail][locale](data, ctx(locale));
      expect(rendered.subject.trim().length).toBeGreaterThan(5);
      expect(rendered.subject).not.toContain('\n');
      expect(rendered.text.trim().length).toBeGreaterThan(40);
      expect(rendered.html).toMatch(/^<!doctype html><html><body[^>]*>.*<\/body><\/html>$/s);
      expect(rendered.text).toContain('Ala');
      expect(rendered.html).toContain('Ala');
    });

    it.each(LOCALES)('puts its link into both the text and the html in %s', (locale) => {
      const rendered = IDENTITY_MAIL_TEMPLATES[mail][locale](data, ctx(locale));
      expect(rendered.text).toContain(LINKS[mail]);
      expect(rendered.html).toContain(`href="${LINKS[mail]}"`);
    });

    it.each(LOCALES)('escapes data in the html in %s', (locale) => {
      const hostile = { ...data, firstName: '<script>alert("x")</script>', newEmail: '<img src=x onerror=alert(1)>@example.com' };
      const rendered = IDENTITY_MAIL_TEMPLATES[mail][locale](hostile, ctx(locale));
      expect(rendered.html).not.toContain('<script>');
      expect(rendered.html).not.toContain('<img');
      expect(rendered.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    });

    it.each(LOCALES)('greets without a name in %s', (locale) => {
      const rendered = IDENTITY_MAIL_TEMPLATES[mail][locale]({ token: TOKEN, newEmail: 'new@example.com' }, ctx(locale));
      expect(rendered.text).not.toContain('undefined');
      expect(rendered.html).not.toContain('undefined');
    });

    it('is really translated: the pl and uk subjects differ from en and from each other', () => {
      const [en, pl, uk] = LOCALES.map((locale) => IDENTITY_MAIL_TEMPLATES[mail][locale](data, ctx(locale)).subject);
      expect(pl).not.toBe(en);
      expect(uk).not.toBe(en);
      expect(uk).not.toBe(pl);
    });
  });

  it.each(WITH_TOKEN)('%s carries the token it is given', (mail) => {
    for (const locale of LOCALES) {
      const rendered = IDENTITY_MAIL_TEMPLATES[mail][locale]({ ...data, token: 'other-token' }, ctx(locale));
      expect(rendered.text).toContain('?token=other-token');
      expect(rendered.html).toContain('?token=other-token');
      expect(rendered.text).not.toContain(TOKEN);
    }
  });

  it.each([IdentityMail.EmailChangeConfirm, IdentityMail.EmailChangeNotice])('%s names the new address', (mail) => {
    for (const locale of LOCALES) {
      expect(IDENTITY_MAIL_TEMPLATES[mail][locale](data, ctx(locale)).text).toContain('new@example.com');
    }
  });

  it('the taken-address notice names no other address, carries no token and states no lifetime', () => {
    for (const locale of LOCALES) {
      const rendered = IDENTITY_MAIL_TEMPLATES[IdentityMail.EmailAddressTaken][locale](data, ctx(locale));
      expect(rendered.text).not.toContain('new@example.com');
      expect(rendered.text).not.toContain('token=');
      expect(rendered.text.replace(APP_URL, '')).not.toMatch(/\d/);
    }
  });
});

describe('mails about an account an administrator created', () => {
  const org = { ...data, organisationName: 'Acme\nSp. z o.o.', email: 'ala@example.com', validForMs: 3 * 86_400_000 };

  it.each(LOCALES)('name the organisation on one line, in the subject and the text, in %s', (locale) => {
    for (const mail of [IdentityMail.AccountCreated, IdentityMail.AccountCreatedNotice]) {
      const rendered = IDENTITY_MAIL_TEMPLATES[mail][locale](org, ctx(locale));
      expect(rendered.subject).toContain('Acme Sp. z o.o.');
      expect(rendered.text).toContain('Acme Sp. z o.o.');
    }
  });

  it('the set-password mail says its configured lifetime', () => {
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.AccountCreated].en(org, ctx('en')).text).toContain('valid for 3 days');
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.AccountCreated].pl(org, ctx('pl')).text).toContain('ważny 3 dni');
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.AccountCreated].uk(org, ctx('uk')).text).toContain('дійсне 3 дні');
  });

  it.each(LOCALES)('the notice says where to sign in and with which email, and carries no token or password, in %s', (locale) => {
    const rendered = IDENTITY_MAIL_TEMPLATES[IdentityMail.AccountCreatedNotice][locale]({ ...org, password: 'Secret-123' }, ctx(locale));
    expect(rendered.text).toContain(`${APP_URL} `);
    expect(rendered.text).toContain('ala@example.com');
    expect(rendered.text).not.toContain('token=');
    expect(rendered.text).not.toContain('Secret-123');
    expect(rendered.html).not.toContain('Secret-123');
  });
});

describe('link lifetimes in mail texts', () => {
  it('say the configured lifetime in each language, with its plural form', () => {
    expect(lifetimeInWords(24 * 3_600_000, 'en')).toBe('24 hours');
    expect(lifetimeInWords(3_600_000, 'en')).toBe('1 hour');
    expect(lifetimeInWords(7 * 86_400_000, 'pl')).toBe('7 dni');
    expect(lifetimeInWords(22 * 3_600_000, 'pl')).toBe('22 godziny');
    expect(lifetimeInWords(25 * 3_600_000, 'pl')).toBe('25 godzin');
    expect(lifetimeInWords(3_600_000, 'uk')).toBe('1 годину');
    expect(lifetimeInWords(30 * 60_000, 'uk')).toBe('30 хвилин');
    expect(lifetimeInWords(undefined, 'en')).toBeUndefined();
  });

  it('render the lifetime the mail data carries, not a fixed one', () => {
    const twoHours = IDENTITY_MAIL_TEMPLATES[IdentityMail.PasswordReset].en({ ...data, validForMs: 2 * 3_600_000 }, ctx('en'));
    expect(twoHours.text).toContain('valid for 2 hours');
    const pl = IDENTITY_MAIL_TEMPLATES[IdentityMail.VerifyEmail].pl({ ...data, validForMs: 48 * 3_600_000 }, ctx('pl'));
    expect(pl.text).toContain('ważny 2 dni');
    const cancel = { ...data, validForMs: 22 * 3_600_000 };
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.EmailChangeNotice].en(cancel, ctx('en')).text).toContain(
      'The cancel link is valid for 22 hours.',
    );
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.EmailChangeNotice].pl(cancel, ctx('pl')).text).toContain(
      'Link do anulowania jest ważny 22 godziny.',
    );
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.EmailChangeNotice].uk(cancel, ctx('uk')).text).toContain(
      'Посилання для скасування дійсне 22 години.',
    );
    expect(IDENTITY_MAIL_TEMPLATES[IdentityMail.EmailChangeNotice].en(data, ctx('en')).text).not.toContain('valid for');
    const unknown = IDENTITY_MAIL_TEMPLATES[IdentityMail.PasswordSetup].en(data, ctx('en'));
    expect(unknown.text).toContain('The link works once.');
    expect(unknown.text).not.toMatch(/\d+ hours/);
  });
});
