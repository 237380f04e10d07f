import { escapeHtml } from '@tenant-iam/notifications';
import type { MailTemplates, RenderedMail } from '@tenant-iam/notifications';

/** Mail names of the invitations feature. */
export enum InvitationMail {
  /** The invitation with its single-use link (sent again, with a new link, by a resend). */
  Invitation = 'tenancy.invitation',
}

/** Job names of the invitations feature. */
export enum InvitationJob {
  /** The sweep that marks due invitations `expired` (run on the notifications sweep schedule). */
  ExpireInvitations = 'tenancy.expire-invitations',
}

/** The app page the link opens: `<APP_URL>/invitations/accept?token=<token>`. */
export const INVITATION_LINK_PATH = 'invitations/accept';

type Locale = 'en' | 'pl' | 'uk';
type Data = Record<string, any>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Unit names by plural category, in the form a duration takes after "for" / "przez" / "протягом". */
const UNITS: Record<Locale, Record<'day' | 'hour', Record<string, string>>> = {
  en: { day: { one: 'day', other: 'days' }, hour: { one: 'hour', other: 'hours' } },
  pl: {
    day: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
    hour: { one: 'godzinę', few: 'godziny', many: 'godzin', other: 'godziny' },
  },
  uk: {
    day: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
    hour: { one: 'годину', few: 'години', many: 'годин', other: 'години' },
  },
};

/** The lifetime in words ("7 days", "7 dni", "7 днів"; hours below two days), plural forms by Intl.PluralRules. */
export function invitationLifetime(validForMs: number, locale: Locale): string {
  const days = validForMs >= 2 * DAY && validForMs % DAY === 0;
  const n = Math.max(1, Math.round(validForMs / (days ? DAY : HOUR)));
  const forms = UNITS[locale][days ? 'day' : 'hour'];
  return `${n} ${forms[new Intl.PluralRules(locale).select(n)] ?? forms.other}`;
}

/** One line (names go into subjects). */
const line = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

function compose(subject: string, paragraphs: string[], action: { label: string; url: string }, footer: string): RenderedMail {
  const text = [...paragraphs, `${action.label}: ${action.url}`, footer].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p><p style="color:#666;font-size:12px">${escapeHtml(action.url)}</p>`,
    `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

/**
 * The invitation mail in en, pl and uk. Data: `token`, `validForMs` (the configured lifetime, said in
 * words), `organisationName`, `inviterName` (optional).
 */
export const INVITATION_MAIL_TEMPLATES: MailTemplates = {
  [InvitationMail.Invitation]: {
    en: (d: Data, c) => {
      const org = line(d.organisationName);
      const by = line(d.inviterName);
      return compose(
        `Invitation to join ${org}`,
        [
          by ? `${by} invites you to join ${org}.` : `You are invited to join ${org}.`,
          `Accept with your existing account or create one. The invitation is valid for ${invitationLifetime(d.validForMs, 'en')} and its link works once.`,
        ],
        { label: 'Accept the invitation', url: c.link(INVITATION_LINK_PATH, d.token) },
        'If you do not expect this invitation, ignore this message.',
      );
    },
    pl: (d: Data, c) => {
      const org = line(d.organisationName);
      const by = line(d.inviterName);
      return compose(
        `Zaproszenie do organizacji ${org}`,
        [
          by ? `${by} zaprasza Cię do organizacji ${org}.` : `Zaproszono Cię do organizacji ${org}.`,
          `Przyjmij je istniejącym kontem lub załóż nowe. Zaproszenie jest ważne ${invitationLifetime(d.validForMs, 'pl')}, a link działa jeden raz.`,
        ],
        { label: 'Przyjmij zaproszenie', url: c.link(INVITATION_LINK_PATH, d.token) },
        'Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.',
      );
    },
    uk: (d: Data, c) => {
      const org = line(d.organisationName);
      const by = line(d.inviterName);
      return compose(
        `Запрошення до організації ${org}`,
        [
          by ? `${by} запрошує вас до організації ${org}.` : `Вас запрошено до організації ${org}.`,
          `Прийміть його з наявним обліковим записом або створіть новий. Запрошення дійсне ${invitationLifetime(d.validForMs, 'uk')}, а посилання працює один раз.`,
        ],
        { label: 'Прийняти запрошення', url: c.link(INVITATION_LINK_PATH, d.token) },
        'Якщо ви не очікуєте цього запрошення, проігноруйте цей лист.',
      );
    },
  },
};

/** Jobs the invitations feature handles. */
export const INVITATION_JOBS: readonly string[] = [InvitationJob.ExpireInvitations];
/** Jobs of {@link INVITATION_JOBS} run on the sweep schedule. */
export const INVITATION_SWEEPS: readonly string[] = [InvitationJob.ExpireInvitations];
