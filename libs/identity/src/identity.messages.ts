import { Messages } from '@tenant-iam/common';
import { IdentityErrorCode as E } from './common/identity-error-code';
import { PASSWORDS_MESSAGES } from './passwords';

const own: Messages = {
  en: {
    [E.InvalidCredentials]: 'The email or password is incorrect.',
    [E.EmailNotVerified]: 'Confirm your email address first; check your mailbox for the link.',
    [E.AccountDisabled]: 'This account is disabled.',
    [E.TooManyAttempts]: 'Too many login attempts. Try again in {retryAfter} s.',
    [E.TokenInvalid]: 'This link is not valid.',
    [E.TokenExpired]: 'This link has expired. Ask for a new one.',
    [E.TokenUsed]: 'This link has already been used.',
    [E.RefreshTokenInvalid]: 'The session has ended. Sign in again.',
    [E.RefreshTokenReused]: 'This refresh token was already used; the session was ended for safety. Sign in again.',
    [E.SessionRevoked]: 'The session has ended. Sign in again.',
    [E.SessionNotFound]: 'Session not found.',
    [E.CurrentPasswordInvalid]: 'The current password is incorrect.',
    [E.EmailTaken]: 'This email address is already in use.',
    [E.EmailUnchanged]: 'This is already your email address.',
    [E.AccessTokenExpired]: 'The access token has expired; refresh it.',
    'field.PHONE_INVALID': 'Enter a valid phone number in international format.',
    [E.SessionExpired]: 'The session has reached its maximum lifetime. Sign in again.',
    'field.EMAIL_INVISIBLE_CHARACTERS': 'The email address contains invisible or text-direction characters; type it again.',
    [E.SessionReplaced]: 'You signed in on another device, which ended this session: one session at a time applies to your account.',
  },
  pl: {
    [E.InvalidCredentials]: 'Nieprawidłowy e-mail lub hasło.',
    [E.EmailNotVerified]: 'Najpierw potwierdź adres e-mail; link jest w Twojej skrzynce.',
    [E.AccountDisabled]: 'To konto jest zablokowane.',
    [E.TooManyAttempts]: 'Zbyt wiele prób logowania. Spróbuj ponownie za {retryAfter} s.',
    [E.TokenInvalid]: 'Ten link jest nieprawidłowy.',
    [E.TokenExpired]: 'Ten link wygasł. Poproś o nowy.',
    [E.TokenUsed]: 'Ten link został już użyty.',
    [E.RefreshTokenInvalid]: 'Sesja wygasła. Zaloguj się ponownie.',
    [E.RefreshTokenReused]: 'Ten token odświeżania był już użyty; dla bezpieczeństwa sesja została zakończona. Zaloguj się ponownie.',
    [E.SessionRevoked]: 'Sesja wygasła. Zaloguj się ponownie.',
    [E.SessionNotFound]: 'Nie znaleziono sesji.',
    [E.CurrentPasswordInvalid]: 'Obecne hasło jest nieprawidłowe.',
    [E.EmailTaken]: 'Ten adres e-mail jest już używany.',
    [E.EmailUnchanged]: 'To już jest Twój adres e-mail.',
    [E.AccessTokenExpired]: 'Token dostępu wygasł; odśwież go.',
    'field.PHONE_INVALID': 'Podaj poprawny numer telefonu w formacie międzynarodowym.',
    [E.SessionExpired]: 'Sesja osiągnęła maksymalny czas trwania. Zaloguj się ponownie.',
    'field.EMAIL_INVISIBLE_CHARACTERS': 'Adres e-mail zawiera niewidoczne znaki lub znaki kierunku tekstu; wpisz go ponownie.',
    [E.SessionReplaced]: 'Zalogowano się na innym urządzeniu, co zakończyło tę sesję: na Twoim koncie obowiązuje jedna sesja naraz.',
  },
  uk: {
    [E.InvalidCredentials]: 'Неправильна адреса електронної пошти або пароль.',
    [E.EmailNotVerified]: 'Спочатку підтвердьте адресу електронної пошти; посилання у вашій скриньці.',
    [E.AccountDisabled]: 'Цей обліковий запис заблоковано.',
    [E.TooManyAttempts]: 'Забагато спроб входу. Спробуйте знову через {retryAfter} с.',
    [E.TokenInvalid]: 'Це посилання недійсне.',
    [E.TokenExpired]: 'Термін дії посилання минув. Запросіть нове.',
    [E.TokenUsed]: 'Це посилання вже використано.',
    [E.RefreshTokenInvalid]: 'Сеанс завершено. Увійдіть знову.',
    [E.RefreshTokenReused]: 'Цей токен оновлення вже використано; з міркувань безпеки сеанс завершено. Увійдіть знову.',
    [E.SessionRevoked]: 'Сеанс завершено. Увійдіть знову.',
    [E.SessionNotFound]: 'Сеанс не знайдено.',
    [E.CurrentPasswordInvalid]: 'Поточний пароль неправильний.',
    [E.EmailTaken]: 'Ця адреса вже використовується.',
    [E.EmailUnchanged]: 'Це вже ваша адреса.',
    [E.AccessTokenExpired]: 'Термін дії токена доступу минув; оновіть його.',
    'field.PHONE_INVALID': 'Введіть коректний номер телефону в міжнародному форматі.',
    [E.SessionExpired]: 'Сеанс досяг максимальної тривалості. Увійдіть знову.',
    'field.EMAIL_INVISIBLE_CHARACTERS': 'Адреса електронної пошти містить невидимі символи або символи напрямку тексту; введіть її знову.',
    [E.SessionReplaced]: 'Ви увійшли на іншому пристрої, і цей сеанс завершено: для вашого облікового запису діє один сеанс одночасно.',
  },
};

const merge = (...sources: Messages[]): Messages => ({
  en: Object.assign({}, ...sources.map((s) => s.en)),
  pl: Object.assign({}, ...sources.map((s) => s.pl)),
  uk: Object.assign({}, ...sources.map((s) => s.uk)),
});

/** Translations of every identity error and field code; hand them to the problem filter's catalogue. */
export const IDENTITY_MESSAGES: Messages = merge(PASSWORDS_MESSAGES, own);
