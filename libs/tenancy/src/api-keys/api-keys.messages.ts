import { Messages } from '@tenant-iam/common';
import { ApiKeyErrorCode as E } from './api-key-error-code';

/** en/pl/uk texts of the API key codes. */
export const API_KEYS_MESSAGES: Messages = {
  en: {
    [E.ApiKeyInvalid]: 'The API key is not valid. It may have been replaced: ask the organisation for the current one.',
    [E.ApiKeyNotConfigured]: 'API keys are not available on this server.',
  },
  pl: {
    [E.ApiKeyInvalid]: 'Klucz API jest nieprawidłowy. Mógł zostać wymieniony: poproś organizację o aktualny.',
    [E.ApiKeyNotConfigured]: 'Klucze API nie są dostępne na tym serwerze.',
  },
  uk: {
    [E.ApiKeyInvalid]: 'Ключ API недійсний. Можливо, його замінили: попросіть в організації чинний.',
    [E.ApiKeyNotConfigured]: 'Ключі API недоступні на цьому сервері.',
  },
};
