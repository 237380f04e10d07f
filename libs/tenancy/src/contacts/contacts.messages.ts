import { Messages } from '@tenant-iam/common';
import { ContactErrorCode as E, ContactFieldCode as F } from './contact-error-code';

/**
 * en/pl/uk texts of the contacts codes (problem codes, and field codes under `field.<CODE>`).
 * `field.UNKNOWN_COMPANY` is the members' text (same code, same meaning).
 */
export const CONTACTS_MESSAGES: Messages = {
  en: {
    [E.ContactNotFound]: 'Contact not found in this organisation.',
    [E.ContactLimitReached]: 'This organisation already has the most contacts it may hold ({limit}). Remove some first.',
    [`field.${F.UnknownContact}`]: 'There is no such contact in this organisation.',
    [`field.${F.ContactAlreadyLinked}`]: 'This contact already belongs to another user.',
    [`field.${F.ContactWithoutPanelAccess}`]: 'This contact has no panel access: give it panel access first to make it a user.',
    [`field.${F.Required}`]: 'This field is required.',
  },
  pl: {
    [E.ContactNotFound]: 'Nie znaleziono kontaktu w tej organizacji.',
    [E.ContactLimitReached]: 'Ta organizacja ma już najwięcej kontaktów, ile może mieć ({limit}). Najpierw usuń niektóre.',
    [`field.${F.UnknownContact}`]: 'W tej organizacji nie ma takiego kontaktu.',
    [`field.${F.ContactAlreadyLinked}`]: 'Ten kontakt należy już do innego użytkownika.',
    [`field.${F.ContactWithoutPanelAccess}`]:
      'Ten kontakt nie ma dostępu do panelu: najpierw nadaj mu dostęp do panelu, aby zrobić z niego użytkownika.',
    [`field.${F.Required}`]: 'To pole jest wymagane.',
  },
  uk: {
    [E.ContactNotFound]: 'Контакт у цій організації не знайдено.',
    [E.ContactLimitReached]: 'Ця організація вже має найбільшу дозволену кількість контактів ({limit}). Спершу видаліть деякі.',
    [`field.${F.UnknownContact}`]: 'У цій організації немає такого контакту.',
    [`field.${F.ContactAlreadyLinked}`]: 'Цей контакт уже належить іншому користувачеві.',
    [`field.${F.ContactWithoutPanelAccess}`]:
      'Цей контакт не має доступу до панелі: спершу надайте йому доступ до панелі, щоб зробити його користувачем.',
    [`field.${F.Required}`]: 'Це поле обов’язкове.',
  },
};
