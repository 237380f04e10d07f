import { html } from '@tenant-iam/notifications';
import type { MailTemplates, RenderedMail } from '@tenant-iam/notifications';

/** Names of the usage mails. */
export enum UsageMail {
  /** 80 % of a monthly limit is used. */
  Quota80 = 'tenancy.quota-80',
  /** The whole monthly limit is used: further calls answer 429 until the reset. */
  Quota100 = 'tenancy.quota-100',
}

type Data = Record<string, any>;

// One line, short: organisation names go into subjects.
const org = (d: Data): string =>
  typeof d.organisationName === 'string' ? d.organisationName.replace(/\s+/g, ' ').trim().slice(0, 120) : '';
const day = (d: Data): string => (typeof d.resetsAt === 'string' ? d.resetsAt.slice(0, 10) : '');

function mail(subject: string, paragraphs: string[]): RenderedMail {
  return {
    subject,
    text: paragraphs.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs.map((p) => html`<p>${p}</p>`).join('')}</body></html>`,
  };
}

/** The quota notices in en, pl and uk; data: `organisationName`, `metric`, `used`, `limit`, `resetsAt`. */
export const USAGE_MAIL_TEMPLATES: MailTemplates = {
  [UsageMail.Quota80]: {
    en: (d) =>
      mail(`${org(d)}: 80% of the monthly "${d.metric}" limit used`, [
        `Your organisation ${org(d)} has used ${d.used} of its ${d.limit} "${d.metric}" this month.`,
        `The limit resets on ${day(d)}. When it is reached, further calls are refused until then; a larger plan raises it at once.`,
      ]),
    pl: (d) =>
      mail(`${org(d)}: wykorzystano 80% miesięcznego limitu „${d.metric}”`, [
        `Twoja organizacja ${org(d)} wykorzystała w tym miesiącu ${d.used} z ${d.limit} „${d.metric}”.`,
        `Limit odnowi się ${day(d)}. Po jego wyczerpaniu kolejne wywołania będą odrzucane do tego dnia; większy plan podnosi go od razu.`,
      ]),
    uk: (d) =>
      mail(`${org(d)}: використано 80% місячного ліміту «${d.metric}»`, [
        `Ваша організація ${org(d)} цього місяця використала ${d.used} з ${d.limit} «${d.metric}».`,
        `Ліміт оновиться ${day(d)}. Коли його вичерпано, подальші виклики відхиляються до цієї дати; більший тариф підвищує його одразу.`,
      ]),
  },
  [UsageMail.Quota100]: {
    en: (d) =>
      mail(`${org(d)}: the monthly "${d.metric}" limit is used up`, [
        `Your organisation ${org(d)} has used all ${d.limit} "${d.metric}" of this month.`,
        `Further calls are refused until the limit resets on ${day(d)}, for every member and the API key alike. A larger plan raises it at once.`,
      ]),
    pl: (d) =>
      mail(`${org(d)}: miesięczny limit „${d.metric}” został wyczerpany`, [
        `Twoja organizacja ${org(d)} wykorzystała wszystkie ${d.limit} „${d.metric}” w tym miesiącu.`,
        `Kolejne wywołania będą odrzucane do odnowienia limitu ${day(d)}, dla wszystkich użytkowników i klucza API. Większy plan podnosi go od razu.`,
      ]),
    uk: (d) =>
      mail(`${org(d)}: місячний ліміт «${d.metric}» вичерпано`, [
        `Ваша організація ${org(d)} використала всі ${d.limit} «${d.metric}» цього місяця.`,
        `Подальші виклики відхилятимуться до оновлення ліміту ${day(d)}, для всіх користувачів і ключа API. Більший тариф підвищує його одразу.`,
      ]),
  },
};
