import { Messages } from '@tenant-iam/common';
import { PasswordErrorCode as E } from './password-error-code';

/**
 * en/pl/uk texts for the password problems (`PASSWORD_POLICY`, `PASSWORD_CHECK_UNAVAILABLE`) and for
 * each field code under `field.<CODE>`, with `{min}` and `{max}` filled from the error's params.
 * Numbers are phrased so that no plural form depends on them.
 */
export const PASSWORDS_MESSAGES: Messages = {
  en: {
    [E.Policy]: 'The password does not meet the requirements.',
    [E.CheckUnavailable]: 'We cannot check the password right now. Please try again in a moment.',
    [`field.${E.TooShort}`]: 'Use at least {min} characters.',
    [`field.${E.TooLong}`]: 'Use at most {max} characters.',
    [`field.${E.NeedsLower}`]: 'Add a lowercase letter.',
    [`field.${E.NeedsUpper}`]: 'Add an uppercase letter.',
    [`field.${E.NeedsDigit}`]: 'Add a digit.',
    [`field.${E.NeedsSymbol}`]: 'Add a symbol, such as ! # or %.',
    [`field.${E.CharactersNotAllowed}`]: 'Use only Latin letters without accents, digits, spaces and symbols such as ! # or %.',
    [`field.${E.TooWeak}`]:
      'This password is too easy to guess. Try a longer phrase of unrelated words, and avoid names, dates and sequences like "qwerty".',
    [`field.${E.Breached}`]: 'This password has appeared in a data breach, so attackers already know it. Choose another one.',
  },
  pl: {
    [E.Policy]: 'Hasło nie spełnia wymagań.',
    [E.CheckUnavailable]: 'Nie możemy teraz sprawdzić hasła. Spróbuj ponownie za chwilę.',
    [`field.${E.TooShort}`]: 'Hasło jest za krótkie – minimalna liczba znaków to {min}.',
    [`field.${E.TooLong}`]: 'Hasło jest za długie – maksymalna liczba znaków to {max}.',
    [`field.${E.NeedsLower}`]: 'Dodaj małą literę.',
    [`field.${E.NeedsUpper}`]: 'Dodaj wielką literę.',
    [`field.${E.NeedsDigit}`]: 'Dodaj cyfrę.',
    [`field.${E.NeedsSymbol}`]: 'Dodaj znak specjalny, np. ! # lub %.',
    [`field.${E.CharactersNotAllowed}`]:
      'Hasło może zawierać tylko litery łacińskie (bez polskich znaków), cyfry, spacje i znaki specjalne, np. ! # lub %.',
    [`field.${E.TooWeak}`]:
      'To hasło łatwo odgadnąć. Postaw na dłuższą frazę z kilku niezwiązanych ze sobą słów i unikaj imion, dat oraz ciągów typu „qwerty”.',
    [`field.${E.Breached}`]: 'To hasło pojawiło się w wyciekach danych, więc atakujący już je znają. Wybierz inne.',
  },
  uk: {
    [E.Policy]: 'Пароль не відповідає вимогам.',
    [E.CheckUnavailable]: 'Зараз не вдається перевірити пароль. Спробуйте ще раз за хвилину.',
    [`field.${E.TooShort}`]: 'Пароль закороткий: мінімальна кількість символів — {min}.',
    [`field.${E.TooLong}`]: 'Пароль задовгий: максимальна кількість символів — {max}.',
    [`field.${E.NeedsLower}`]: 'Додайте малу літеру.',
    [`field.${E.NeedsUpper}`]: 'Додайте велику літеру.',
    [`field.${E.NeedsDigit}`]: 'Додайте цифру.',
    [`field.${E.NeedsSymbol}`]: 'Додайте спеціальний символ, наприклад ! # або %.',
    [`field.${E.CharactersNotAllowed}`]:
      'Використовуйте лише латинські літери, цифри, пробіли та спецсимволи (наприклад, ! # або %), без кирилиці.',
    [`field.${E.TooWeak}`]:
      'Такий пароль легко вгадати. Оберіть довшу фразу з кількох не пов’язаних між собою слів і уникайте імен, дат та послідовностей на кшталт «qwerty».',
    [`field.${E.Breached}`]: 'Цей пароль уже траплявся у витоках даних, тож зловмисники його знають. Оберіть інший.',
  },
};
