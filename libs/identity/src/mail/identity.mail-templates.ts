import { escapeHtml } from '@tenant-iam/notifications';
import type { MailContext, MailTemplates, RenderedMail } from '@tenant-iam/notifications';

/** Names of the mails the identity lib sends. */
export enum IdentityMail {
  VerifyEmail = 'identity.verify-email',
  AccountExists = 'identity.account-exists',
  PasswordReset = 'identity.password-reset',
  PasswordSetup = 'identity.password-setup',
  PasswordChanged = 'identity.password-changed',
  EmailChangeConfirm = 'identity.email-change-confirm',
  EmailChangeNotice = 'identity.email-change-notice',
  /** To an address someone asked to make their login email while it belongs to another account. */
  EmailAddressTaken = 'identity.email-address-taken',
  /** To an unconfirmed address signed up again: finish by choosing the password at the link. */
  SignUpAgain = 'identity.sign-up-again',
  /** An administrator created the account (`IdentityUsers`): choose the password at the link. */
  AccountCreated = 'identity.account-created',
  /** An administrator created the account with a password: where to sign in and with which email, never the password. */
  AccountCreatedNotice = 'identity.account-created-notice',
}

/** The paths of the app's pages that links point to: `<APP_URL>/<path>?token=<token>`. */
export const IDENTITY_LINK_PATHS = {
  verifyEmail: 'verify-email',
  resetPassword: 'reset-password',
  setPassword: 'set-password',
  confirmEmail: 'confirm-email',
  cancelEmailChange: 'cancel-email-change',
  forgotPassword: 'forgot-password',
} as const;

type Data = Record<string, any>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Unit names by plural category (Intl.PluralRules), in the accusative a duration takes in pl and uk. */
const UNITS = {
  en: { minute: { one: 'minute', other: 'minutes' }, hour: { one: 'hour', other: 'hours' }, day: { one: 'day', other: 'days' } },
  pl: {
    minute: { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' },
    hour: { one: 'godzinę', few: 'godziny', many: 'godzin', other: 'godziny' },
    day: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
  },
  uk: {
    minute: { one: 'хвилину', few: 'хвилини', many: 'хвилин', other: 'хвилини' },
    hour: { one: 'годину', few: 'години', many: 'годин', other: 'години' },
    day: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
  },
} as const;

/**
 * A link's lifetime in words ("24 hours", "7 dni", "30 хвилин"), from `validForMs` in the mail
 * data, so the text says what the configuration says; undefined when the data has none.
 */
export function lifetimeInWords(validForMs: unknown, locale: 'en' | 'pl' | 'uk'): string | undefined {
  if (typeof validForMs !== 'number' || !(validForMs > 0)) return undefined;
  const [unit, size] =
    validForMs >= 2 * DAY && validForMs % DAY === 0
      ? (['day', DAY] as const)
      : validForMs >= HOUR
        ? (['hour', HOUR] as const)
        : (['minute', MINUTE] as const);
  const n = Math.max(1, Math.round(validForMs / size));
  const forms: Record<string, string> = UNITS[locale][unit];
  return `${n} ${forms[new Intl.PluralRules(locale).select(n)] ?? forms.other}`;
}

/** "The link is valid for … and works once." in each language; without a lifetime, only the second half. */
const singleUse = {
  en: (d: Data) =>
    lifetimeInWords(d.validForMs, 'en')
      ? `The link is valid for ${lifetimeInWords(d.validForMs, 'en')} and works once.`
      : 'The link works once.',
  pl: (d: Data) =>
    lifetimeInWords(d.validForMs, 'pl')
      ? `Link jest ważny ${lifetimeInWords(d.validForMs, 'pl')} i działa jeden raz.`
      : 'Link działa jeden raz.',
  uk: (d: Data) =>
    lifetimeInWords(d.validForMs, 'uk')
      ? `Посилання дійсне ${lifetimeInWords(d.validForMs, 'uk')} і працює один раз.`
      : 'Посилання працює один раз.',
};

/** "The cancel link is valid for …" in each language; empty without a lifetime. */
const cancelValid = {
  en: (d: Data) => (lifetimeInWords(d.validForMs, 'en') ? ` The cancel link is valid for ${lifetimeInWords(d.validForMs, 'en')}.` : ''),
  pl: (d: Data) => (lifetimeInWords(d.validForMs, 'pl') ? ` Link do anulowania jest ważny ${lifetimeInWords(d.validForMs, 'pl')}.` : ''),
  uk: (d: Data) => (lifetimeInWords(d.validForMs, 'uk') ? ` Посилання для скасування дійсне ${lifetimeInWords(d.validForMs, 'uk')}.` : ''),
};

/** Builds text and HTML from paragraphs and an optional call-to-action link. */
function compose(subject: string, paragraphs: string[], action?: { label: string; url: string }, footer?: string): RenderedMail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), ...(footer ? [footer] : [])].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action
      ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p><p style="color:#666;font-size:12px">${escapeHtml(action.url)}</p>`
      : '',
    footer ? `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>` : '',
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

const hello = {
  en: (d: Data) => (d.firstName ? `Hello ${d.firstName},` : 'Hello,'),
  pl: (d: Data) => (d.firstName ? `Dzień dobry, ${d.firstName}!` : 'Dzień dobry!'),
  uk: (d: Data) => (d.firstName ? `Вітаємо, ${d.firstName}!` : 'Вітаємо!'),
};

/** An organisation name on one line (it goes into subjects), or undefined. */
function organisationOf(d: Data): string | undefined {
  const name = typeof d.organisationName === 'string' ? d.organisationName.replace(/\s+/g, ' ').trim() : '';
  return name || undefined;
}

/** "An account was created for you (in <organisation>)." in each language. */
const accountCreated = {
  en: (d: Data) => (organisationOf(d) ? `An account was created for you in ${organisationOf(d)}.` : 'An account was created for you.'),
  pl: (d: Data) => (organisationOf(d) ? `Utworzono dla Ciebie konto w organizacji ${organisationOf(d)}.` : 'Utworzono dla Ciebie konto.'),
  uk: (d: Data) =>
    organisationOf(d) ? `Для вас створено обліковий запис в організації ${organisationOf(d)}.` : 'Для вас створено обліковий запис.',
};

/** Every identity mail in en, pl and uk; registered with `NotificationsModule.forFeature`. */
export const IDENTITY_MAIL_TEMPLATES: MailTemplates = {
  [IdentityMail.VerifyEmail]: {
    en: (d, c: MailContext) =>
      compose(
        'Confirm your email address',
        [hello.en(d), `Please confirm your email address to activate your account. ${singleUse.en(d)}`],
        { label: 'Confirm email address', url: c.link(IDENTITY_LINK_PATHS.verifyEmail, d.token) },
        'If you did not sign up, ignore this message.',
      ),
    pl: (d, c) =>
      compose(
        'Potwierdź adres e-mail',
        [hello.pl(d), `Potwierdź swój adres e-mail, aby aktywować konto. ${singleUse.pl(d)}`],
        { label: 'Potwierdź adres e-mail', url: c.link(IDENTITY_LINK_PATHS.verifyEmail, d.token) },
        'Jeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.',
      ),
    uk: (d, c) =>
      compose(
        'Підтвердьте адресу електронної пошти',
        [hello.uk(d), `Підтвердьте свою адресу електронної пошти, щоб активувати обліковий запис. ${singleUse.uk(d)}`],
        { label: 'Підтвердити адресу', url: c.link(IDENTITY_LINK_PATHS.verifyEmail, d.token) },
        'Якщо ви не реєструвалися, просто проігноруйте цей лист.',
      ),
  },
  [IdentityMail.AccountExists]: {
    en: (d, c) =>
      compose(
        'You already have an account',
        [
          hello.en(d),
          'Someone tried to sign up with this email address, but an account already exists. If it was you, sign in or reset your password.',
        ],
        { label: 'Reset password', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
        'If it was not you, no action is needed: your account is unchanged.',
      ),
    pl: (d, c) =>
      compose(
        'Masz już konto',
        [
          hello.pl(d),
          'Ktoś próbował założyć konto na ten adres e-mail, ale konto już istnieje. Jeśli to Ty, zaloguj się albo zresetuj hasło.',
        ],
        { label: 'Zresetuj hasło', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
        'Jeśli to nie Ty, nic nie musisz robić: Twoje konto się nie zmieniło.',
      ),
    uk: (d, c) =>
      compose(
        'У вас уже є обліковий запис',
        [
          hello.uk(d),
          'Хтось намагався зареєструватися з цією адресою, але обліковий запис уже існує. Якщо це були ви, увійдіть або скиньте пароль.',
        ],
        { label: 'Скинути пароль', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
        'Якщо це були не ви, нічого робити не потрібно: ваш обліковий запис не змінився.',
      ),
  },
  [IdentityMail.PasswordReset]: {
    en: (d, c) =>
      compose(
        'Reset your password',
        [hello.en(d), `We received a request to reset your password. ${singleUse.en(d)}`],
        { label: 'Set a new password', url: c.link(IDENTITY_LINK_PATHS.resetPassword, d.token) },
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ),
    pl: (d, c) =>
      compose(
        'Zresetuj hasło',
        [hello.pl(d), `Otrzymaliśmy prośbę o zresetowanie hasła. ${singleUse.pl(d)}`],
        { label: 'Ustaw nowe hasło', url: c.link(IDENTITY_LINK_PATHS.resetPassword, d.token) },
        'Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.',
      ),
    uk: (d, c) =>
      compose(
        'Скидання пароля',
        [hello.uk(d), `Ми отримали запит на скидання пароля. ${singleUse.uk(d)}`],
        { label: 'Встановити новий пароль', url: c.link(IDENTITY_LINK_PATHS.resetPassword, d.token) },
        'Якщо ви цього не робили, проігноруйте лист: пароль залишиться без змін.',
      ),
  },
  [IdentityMail.PasswordSetup]: {
    en: (d, c) =>
      compose(
        'Set your password',
        [
          hello.en(d),
          `An account was created for you. Set your password to sign in. ${singleUse.en(d)} After that, use "Forgot password".`,
        ],
        { label: 'Set password', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
      ),
    pl: (d, c) =>
      compose(
        'Ustaw hasło',
        [
          hello.pl(d),
          `Utworzono dla Ciebie konto. Ustaw hasło, aby się zalogować. ${singleUse.pl(d)} Później skorzystaj z opcji „Nie pamiętam hasła”.`,
        ],
        { label: 'Ustaw hasło', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
      ),
    uk: (d, c) =>
      compose(
        'Встановіть пароль',
        [
          hello.uk(d),
          `Для вас створено обліковий запис. Встановіть пароль, щоб увійти. ${singleUse.uk(d)} Після цього скористайтеся «Забули пароль?».`,
        ],
        { label: 'Встановити пароль', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
      ),
  },
  [IdentityMail.SignUpAgain]: {
    en: (d, c) =>
      compose(
        'Finish signing up: choose your password',
        [
          hello.en(d),
          'Someone, probably you, signed up again with this address before it was confirmed. To finish, choose your password at the link below: only whoever reads this mailbox decides it, not the password typed at sign-up. Earlier confirmation links of this address no longer work.',
          singleUse.en(d),
          'If you did not sign up, ignore this message.',
        ],
        { label: 'Choose a password', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
      ),
    pl: (d, c) =>
      compose(
        'Dokończ rejestrację: wybierz hasło',
        [
          hello.pl(d),
          'Ktoś, prawdopodobnie Ty, ponownie zarejestrował się tym adresem, zanim został potwierdzony. Aby dokończyć, wybierz hasło pod poniższym linkiem: decyduje o nim tylko osoba czytająca tę skrzynkę, a nie hasło wpisane przy rejestracji. Wcześniejsze linki potwierdzające ten adres już nie działają.',
          singleUse.pl(d),
          'Jeśli to nie Ty się rejestrowałeś, zignoruj tę wiadomość.',
        ],
        { label: 'Wybierz hasło', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
      ),
    uk: (d, c) =>
      compose(
        'Завершіть реєстрацію: оберіть пароль',
        [
          hello.uk(d),
          'Хтось, імовірно ви, повторно зареєструвався з цією адресою до її підтвердження. Щоб завершити, оберіть пароль за посиланням нижче: його визначає лише той, хто читає цю скриньку, а не пароль, введений під час реєстрації. Попередні посилання для підтвердження цієї адреси більше не діють.',
          singleUse.uk(d),
          'Якщо ви не реєструвалися, проігноруйте цей лист.',
        ],
        { label: 'Обрати пароль', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
      ),
  },
  [IdentityMail.PasswordChanged]: {
    en: (d, c) =>
      compose(
        'Your password was changed',
        [hello.en(d), 'The password of your account was just changed and your other sessions were signed out.'],
        { label: 'Not you? Reset your password', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
      ),
    pl: (d, c) =>
      compose('Hasło zostało zmienione', [hello.pl(d), 'Hasło do Twojego konta zostało właśnie zmienione, a pozostałe sesje wylogowane.'], {
        label: 'To nie Ty? Zresetuj hasło',
        url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}`,
      }),
    uk: (d, c) =>
      compose('Пароль змінено', [hello.uk(d), 'Пароль вашого облікового запису щойно змінено, інші сеанси завершено.'], {
        label: 'Це не ви? Скиньте пароль',
        url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}`,
      }),
  },
  [IdentityMail.EmailChangeConfirm]: {
    en: (d, c) =>
      compose(
        'Confirm your new email address',
        [hello.en(d), `Confirm that ${d.newEmail} should become the login email of your account. ${singleUse.en(d)}`],
        { label: 'Confirm new address', url: c.link(IDENTITY_LINK_PATHS.confirmEmail, d.token) },
      ),
    pl: (d, c) =>
      compose(
        'Potwierdź nowy adres e-mail',
        [hello.pl(d), `Potwierdź, że ${d.newEmail} ma być nowym adresem logowania do Twojego konta. ${singleUse.pl(d)}`],
        { label: 'Potwierdź nowy adres', url: c.link(IDENTITY_LINK_PATHS.confirmEmail, d.token) },
      ),
    uk: (d, c) =>
      compose('Підтвердьте нову адресу', [hello.uk(d), `Підтвердьте, що ${d.newEmail} стане новою адресою для входу. ${singleUse.uk(d)}`], {
        label: 'Підтвердити нову адресу',
        url: c.link(IDENTITY_LINK_PATHS.confirmEmail, d.token),
      }),
  },
  [IdentityMail.EmailChangeNotice]: {
    en: (d, c) =>
      compose(
        'Your login email is being changed',
        [
          hello.en(d),
          `A change of your login email to ${d.newEmail} was requested. If it was you, nothing else is needed.${cancelValid.en(d)}`,
        ],
        { label: "It wasn't me: cancel the change", url: c.link(IDENTITY_LINK_PATHS.cancelEmailChange, d.token) },
      ),
    pl: (d, c) =>
      compose(
        'Zmiana adresu e-mail do logowania',
        [
          hello.pl(d),
          `Zażądano zmiany adresu e-mail do logowania na ${d.newEmail}. Jeśli to Ty, nic więcej nie musisz robić.${cancelValid.pl(d)}`,
        ],
        { label: 'To nie ja: anuluj zmianę', url: c.link(IDENTITY_LINK_PATHS.cancelEmailChange, d.token) },
      ),
    uk: (d, c) =>
      compose(
        'Зміна адреси для входу',
        [
          hello.uk(d),
          `Надійшов запит змінити адресу для входу на ${d.newEmail}. Якщо це ви, більше нічого робити не потрібно.${cancelValid.uk(d)}`,
        ],
        { label: 'Це не я: скасувати зміну', url: c.link(IDENTITY_LINK_PATHS.cancelEmailChange, d.token) },
      ),
  },
  [IdentityMail.EmailAddressTaken]: {
    en: (d, c) =>
      compose(
        'Someone tried to use your email address',
        [
          hello.en(d),
          'Someone asked to make this address the login email of another account. It belongs to your account, so nothing was changed and no other account can take it.',
          'If it was you, sign in with this address instead.',
        ],
        { label: 'Forgot your password?', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
        'If it was not you, no action is needed: your account is unchanged.',
      ),
    pl: (d, c) =>
      compose(
        'Ktoś próbował użyć Twojego adresu e-mail',
        [
          hello.pl(d),
          'Ktoś poprosił, aby ten adres stał się adresem logowania innego konta. Należy on do Twojego konta, więc nic się nie zmieniło i żadne inne konto go nie przejmie.',
          'Jeśli to Ty, zaloguj się na konto z tym adresem.',
        ],
        { label: 'Nie pamiętasz hasła?', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
        'Jeśli to nie Ty, nic nie musisz robić: Twoje konto się nie zmieniło.',
      ),
    uk: (d, c) =>
      compose(
        'Хтось намагався використати вашу адресу',
        [
          hello.uk(d),
          'Хтось попросив зробити цю адресу адресою для входу іншого облікового запису. Вона належить вашому обліковому запису, тому нічого не змінено і жоден інший обліковий запис не зможе її забрати.',
          'Якщо це були ви, увійдіть з цією адресою.',
        ],
        { label: 'Забули пароль?', url: `${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}` },
        'Якщо це були не ви, нічого робити не потрібно: ваш обліковий запис не змінився.',
      ),
  },
  [IdentityMail.AccountCreated]: {
    en: (d, c) =>
      compose(
        organisationOf(d) ? `Your account in ${organisationOf(d)}: set your password` : 'Your new account: set your password',
        [hello.en(d), `${accountCreated.en(d)} Set your password to sign in. ${singleUse.en(d)} After that, use "Forgot password".`],
        { label: 'Set password', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
        'If you did not expect this, ignore this message: nobody can sign in until a password is set at this link.',
      ),
    pl: (d, c) =>
      compose(
        organisationOf(d) ? `Twoje konto w organizacji ${organisationOf(d)}: ustaw hasło` : 'Twoje nowe konto: ustaw hasło',
        [
          hello.pl(d),
          `${accountCreated.pl(d)} Ustaw hasło, aby się zalogować. ${singleUse.pl(d)} Później skorzystaj z opcji „Nie pamiętam hasła”.`,
        ],
        { label: 'Ustaw hasło', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
        'Jeśli się tego nie spodziewałeś, zignoruj tę wiadomość: nikt się nie zaloguje, dopóki pod tym linkiem nie zostanie ustawione hasło.',
      ),
    uk: (d, c) =>
      compose(
        organisationOf(d)
          ? `Ваш обліковий запис в організації ${organisationOf(d)}: встановіть пароль`
          : 'Ваш новий обліковий запис: встановіть пароль',
        [
          hello.uk(d),
          `${accountCreated.uk(d)} Встановіть пароль, щоб увійти. ${singleUse.uk(d)} Після цього скористайтеся «Забули пароль?».`,
        ],
        { label: 'Встановити пароль', url: c.link(IDENTITY_LINK_PATHS.setPassword, d.token) },
        'Якщо ви цього не очікували, проігноруйте лист: ніхто не зможе увійти, доки за цим посиланням не встановлено пароль.',
      ),
  },
  // Never a password: the administrator hands it over another way, or the owner resets it.
  [IdentityMail.AccountCreatedNotice]: {
    en: (d, c) =>
      compose(
        organisationOf(d) ? `Your account in ${organisationOf(d)}` : 'Your new account',
        [
          hello.en(d),
          accountCreated.en(d),
          `Sign in at ${c.appUrl} with ${d.email ? `your email address ${d.email}` : 'this email address'} and the password you were given.`,
          `If you do not have it, choose a new one with "Forgot password": ${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}`,
        ],
        { label: 'Sign in', url: c.appUrl },
      ),
    pl: (d, c) =>
      compose(
        organisationOf(d) ? `Twoje konto w organizacji ${organisationOf(d)}` : 'Twoje nowe konto',
        [
          hello.pl(d),
          accountCreated.pl(d),
          `Zaloguj się na ${c.appUrl} ${d.email ? `adresem e-mail ${d.email}` : 'tym adresem e-mail'} i przekazanym Ci hasłem.`,
          `Jeśli nie masz hasła, ustaw nowe za pomocą opcji „Nie pamiętam hasła”: ${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}`,
        ],
        { label: 'Zaloguj się', url: c.appUrl },
      ),
    uk: (d, c) =>
      compose(
        organisationOf(d) ? `Ваш обліковий запис в організації ${organisationOf(d)}` : 'Ваш новий обліковий запис',
        [
          hello.uk(d),
          accountCreated.uk(d),
          `Увійдіть на ${c.appUrl} ${d.email ? `з адресою ${d.email}` : 'з цією адресою'} і паролем, який вам передали.`,
          `Якщо пароля у вас немає, встановіть новий через «Забули пароль?»: ${c.appUrl}/${IDENTITY_LINK_PATHS.forgotPassword}`,
        ],
        { label: 'Увійти', url: c.appUrl },
      ),
  },
};
