import { Messages } from '@tenant-iam/common';
import { PermissionsErrorCode as E } from './permissions-error-code';

/** Translations of the permissions field codes (`field.<CODE>`); hand them to `CommonModule.forRoot({ messages })`. */
export const PERMISSIONS_MESSAGES: Messages = {
  en: {
    [`field.${E.UnknownSubject}`]: 'There is no permission subject "{subject}".',
    [`field.${E.UnknownAction}`]: 'There is no action "{action}" on "{subject}".',
    [`field.${E.NotGrantable}`]: 'The action "{action}" on "{subject}" cannot be granted by a permission group.',
    [`field.${E.InvalidConditions}`]:
      'These conditions are not allowed: use only the listed fields, with equality, $eq, $ne, $in or $nin on simple values.',
  },
  pl: {
    [`field.${E.UnknownSubject}`]: 'Nie ma obiektu uprawnień „{subject}”.',
    [`field.${E.UnknownAction}`]: 'Nie ma akcji „{action}” dla „{subject}”.',
    [`field.${E.NotGrantable}`]: 'Akcji „{action}” dla „{subject}” nie można nadać przez grupę uprawnień.',
    [`field.${E.InvalidConditions}`]:
      'Te warunki są niedozwolone: używaj tylko wymienionych pól, z równością, $eq, $ne, $in lub $nin na prostych wartościach.',
  },
  uk: {
    [`field.${E.UnknownSubject}`]: 'Об’єкта дозволів «{subject}» не існує.',
    [`field.${E.UnknownAction}`]: 'Дії «{action}» для «{subject}» не існує.',
    [`field.${E.NotGrantable}`]: 'Дію «{action}» для «{subject}» не можна надати через групу дозволів.',
    [`field.${E.InvalidConditions}`]:
      'Ці умови не дозволені: використовуйте лише наведені поля з рівністю, $eq, $ne, $in або $nin на простих значеннях.',
  },
};
