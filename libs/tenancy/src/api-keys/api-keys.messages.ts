import { Messages } from '@tenant-iam/common';
import { ApiKeyErrorCode as E } from './api-key-error-code';

/** en/pl/uk texts of the API key codes. */
export const API_KEYS_MESSAGES: Messages = {
  en: {
    [E.ApiKeyInvalid]: 'The API key is not valid. It may have been replaced: ask the organisation for the current one.',
    [E.ApiKeyNotConfigured]: 'API keys are not available on this server.',
    [E.ApiKeyUnreadable]:
      'The API key cannot be shown: it was stored under a secret this server no longer has. It still works; rotate it to get a key that can be shown.',
  },
  pl: {
    [E.ApiKeyInvalid]: 'Klucz API jest nieprawidłowy. Mógł zostać wymieniony: poproś organizację o aktualny.',
    [E.ApiKeyNotConfigured]: 'Klucze API nie są dostępne na tym serwerze.',
    [E.ApiKeyUnreadable]:
      'Nie można pokazać klucza API: zapisano go z sekretem, którego ten serwer już nie ma. Klucz nadal działa; wymień go, aby otrzymać klucz, który można pokazać.',
  },
  uk: {
    [E.ApiKeyInvalid]: 'Ключ API недійсний. Можливо, його замінили: попросіть в організації чинний.',
    [E.ApiKeyNotConfigured]: 'Ключі API недоступні на цьому сервері.',
    [E.ApiKeyUnreadable]:
      'Ключ API неможливо показати: його збережено із секретом, якого цей сервер більше не має. Ключ і далі працює; замініть його, щоб отримати ключ, який можна показати.',
  },
};
