import { Messages } from '@tenant-iam/common';
import { UsageErrorCode as E } from './usage-error-code';

/** en/pl/uk texts of the usage codes. */
export const USAGE_MESSAGES: Messages = {
  en: {
    [E.QuotaExceeded]: 'The monthly limit for "{metric}" ({limit}) is used up. It resets on {resetsAt}.',
  },
  pl: {
    [E.QuotaExceeded]: 'Miesięczny limit dla „{metric}” ({limit}) został wyczerpany. Odnowi się {resetsAt}.',
  },
  uk: {
    [E.QuotaExceeded]: 'Місячний ліміт для «{metric}» ({limit}) вичерпано. Він оновиться {resetsAt}.',
  },
};
