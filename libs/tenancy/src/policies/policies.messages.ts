import { Messages } from '@tenant-iam/common';
import { PolicyErrorCode as E } from './policy-error-code';

/**
 * en/pl/uk texts of the tenant policy and settings field codes, under `field.<CODE>`, with `{min}`,
 * `{max}` and `{prefixes}` filled from the error's params. Numbers are phrased so that no plural
 * form depends on them. `PHONE_INVALID` is identity's code and text (`IDENTITY_MESSAGES`).
 */
export const POLICIES_MESSAGES: Messages = {
  en: {
    [`field.${E.UnknownSetting}`]: 'There is no such setting.',
    [`field.${E.NotStricter}`]: 'An organisation may only make this rule stricter than the one every account follows.',
    [`field.${E.MinLengthAboveMaxLength}`]: 'The minimum length cannot exceed the maximum length ({max}).',
    [`field.${E.PhonePrefixInvalid}`]: 'A prefix is digits, optionally after a leading +, such as 067 or +38067.',
    [`field.${E.ArrayMaxSize}`]: 'This list can hold at most {max} entries.',
    [`field.${E.NameScript}`]:
      'Use only letters of the alphabet this organisation requires; parts of a name may be joined by a hyphen, a space or an apostrophe.',
    [`field.${E.NameTooShort}`]: 'The name is too short: the minimum number of letters is {min}.',
    [`field.${E.PhonePrefixNotAllowed}`]: 'This organisation accepts only numbers starting with: {prefixes}.',
    [`field.${E.PhoneRequired}`]: 'Enter a phone number.',
  },
  pl: {
    [`field.${E.UnknownSetting}`]: 'Nie ma takiego ustawienia.',
    [`field.${E.NotStricter}`]: 'Organizacja może tylko zaostrzyć tę regułę względem tej, która obowiązuje każde konto.',
    [`field.${E.MinLengthAboveMaxLength}`]: 'Minimalna długość nie może przekraczać maksymalnej ({max}).',
    [`field.${E.PhonePrefixInvalid}`]: 'Prefiks składa się z cyfr, opcjonalnie poprzedzonych znakiem +, np. 067 lub +38067.',
    [`field.${E.ArrayMaxSize}`]: 'Maksymalna liczba pozycji na tej liście to {max}.',
    [`field.${E.NameScript}`]:
      'Używaj tylko liter alfabetu wymaganego przez organizację; części imienia lub nazwiska można łączyć łącznikiem, spacją lub apostrofem.',
    [`field.${E.NameTooShort}`]: 'To imię lub nazwisko jest za krótkie – minimalna liczba liter to {min}.',
    [`field.${E.PhonePrefixNotAllowed}`]: 'Ta organizacja przyjmuje tylko numery zaczynające się od: {prefixes}.',
    [`field.${E.PhoneRequired}`]: 'Podaj numer telefonu.',
  },
  uk: {
    [`field.${E.UnknownSetting}`]: 'Такого налаштування немає.',
    [`field.${E.NotStricter}`]: 'Організація може лише посилити це правило порівняно з тим, що діє для всіх облікових записів.',
    [`field.${E.MinLengthAboveMaxLength}`]: 'Мінімальна довжина не може перевищувати максимальну ({max}).',
    [`field.${E.PhonePrefixInvalid}`]: 'Префікс складається з цифр, на початку може бути +, наприклад 067 або +38067.',
    [`field.${E.ArrayMaxSize}`]: 'Максимальна кількість елементів у цьому списку — {max}.',
    [`field.${E.NameScript}`]:
      'Використовуйте лише літери абетки, яку вимагає організація; частини імені чи прізвища можна поєднувати дефісом, пробілом або апострофом.',
    [`field.${E.NameTooShort}`]: 'Ім’я або прізвище закоротке: мінімальна кількість літер — {min}.',
    [`field.${E.PhonePrefixNotAllowed}`]: 'Ця організація приймає лише номери, що починаються з: {prefixes}.',
    [`field.${E.PhoneRequired}`]: 'Введіть номер телефону.',
  },
};
