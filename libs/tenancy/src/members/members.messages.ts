import { Messages } from '@tenant-iam/common';
import { MemberErrorCode as E, MemberFieldCode as F } from './member-error-code';

/** en/pl/uk texts of the members codes (problem codes, and field codes under `field.<CODE>`). */
export const MEMBERS_MESSAGES: Messages = {
  en: {
    [E.MemberNotFound]: 'User not found in this organisation.',
    [E.SeatLimitReached]: 'All seats of the plan are taken (limit: {limit}). Remove a user or change the plan.',
    [E.PhoneTaken]: 'Another user of this organisation already has this phone number.',
    [E.ProfilePolicy]: 'The profile does not meet the rules of this organisation.',
    [E.CannotModifySelf]: 'You cannot change or remove your own membership.',
    [E.CannotBlockSelf]: 'You cannot block yourself.',
    [E.CannotModifyOwner]: "The owner's membership cannot be changed; only a transfer of ownership does that.",
    [E.ProfileNotManaged]: 'This account was not created by this organisation: only its owner changes the profile.',
    [E.AccountNotConfirmed]:
      'This address has an account whose owner has not confirmed the address yet. Ask them to confirm it (a password reset from that mailbox does), then add them again.',
    [`field.${F.UnknownCompany}`]: 'There is no such company in this organisation.',
    [`field.${F.UnknownPermissionSet}`]: 'There is no such permission group in this organisation.',
    [`field.${F.NotApplicable}`]: 'This role holds no permission group.',
    [`field.${F.PermissionSetRequired}`]: 'This role needs a permission group.',
    [`field.${F.InvalidAttributes}`]:
      'Attributes are an object of at most 50 keys (up to 64 characters each) with text, number, true/false or empty values, at most 8 KiB in total.',
  },
  pl: {
    [E.MemberNotFound]: 'Nie znaleziono użytkownika w tej organizacji.',
    [E.SeatLimitReached]: 'Wszystkie miejsca w planie są zajęte (limit: {limit}). Usuń użytkownika lub zmień plan.',
    [E.PhoneTaken]: 'Inny użytkownik tej organizacji ma już ten numer telefonu.',
    [E.ProfilePolicy]: 'Profil nie spełnia zasad tej organizacji.',
    [E.CannotModifySelf]: 'Nie możesz zmienić ani usunąć własnego członkostwa.',
    [E.CannotBlockSelf]: 'Nie możesz zablokować samego siebie.',
    [E.CannotModifyOwner]: 'Członkostwa właściciela nie można zmienić; robi to tylko przekazanie własności.',
    [E.ProfileNotManaged]: 'To konto nie zostało utworzone przez tę organizację: profil zmienia tylko jego właściciel.',
    [E.AccountNotConfirmed]:
      'Ten adres ma konto, którego właściciel nie potwierdził jeszcze adresu. Poproś go o potwierdzenie (wystarczy reset hasła z tej skrzynki), a potem dodaj go ponownie.',
    [`field.${F.UnknownCompany}`]: 'W tej organizacji nie ma takiej firmy.',
    [`field.${F.UnknownPermissionSet}`]: 'W tej organizacji nie ma takiej grupy uprawnień.',
    [`field.${F.NotApplicable}`]: 'Ta rola nie ma grupy uprawnień.',
    [`field.${F.PermissionSetRequired}`]: 'Ta rola wymaga grupy uprawnień.',
    [`field.${F.InvalidAttributes}`]:
      'Atrybuty to obiekt o maksymalnie 50 kluczach (każdy do 64 znaków) z wartościami tekstowymi, liczbowymi, logicznymi lub pustymi, łącznie do 8 KiB.',
  },
  uk: {
    [E.MemberNotFound]: 'Користувача в цій організації не знайдено.',
    [E.SeatLimitReached]: 'Усі місця тарифу зайняті (ліміт: {limit}). Видаліть користувача або змініть тариф.',
    [E.PhoneTaken]: 'Інший користувач цієї організації вже має цей номер телефону.',
    [E.ProfilePolicy]: 'Профіль не відповідає правилам цієї організації.',
    [E.CannotModifySelf]: 'Ви не можете змінити чи видалити власне членство.',
    [E.CannotBlockSelf]: 'Ви не можете заблокувати себе.',
    [E.CannotModifyOwner]: 'Членство власника змінити не можна; це робить лише передача права власності.',
    [E.ProfileNotManaged]: 'Цей обліковий запис створила не ця організація: профіль змінює лише його власник.',
    [E.AccountNotConfirmed]:
      'Для цієї адреси є обліковий запис, власник якого ще не підтвердив адресу. Попросіть його підтвердити її (достатньо скинути пароль із цієї скриньки), а потім додайте знову.',
    [`field.${F.UnknownCompany}`]: 'У цій організації немає такої компанії.',
    [`field.${F.UnknownPermissionSet}`]: 'У цій організації немає такої групи дозволів.',
    [`field.${F.NotApplicable}`]: 'Ця роль не має групи дозволів.',
    [`field.${F.PermissionSetRequired}`]: 'Ця роль потребує групи дозволів.',
    [`field.${F.InvalidAttributes}`]:
      'Атрибути — це об’єкт щонайбільше з 50 ключів (до 64 символів кожен) з текстовими, числовими, логічними або порожніми значеннями, загалом до 8 КіБ.',
  },
};
