import type { Messages } from '@tenant-iam/common';
import { CompanyErrorCode as E } from './company-error-code';

/** en/pl/uk texts of the client-company codes, merged into `TENANCY_MESSAGES`. */
export const COMPANIES_MESSAGES: Messages = {
  en: {
    [E.NotFound]: 'Company not found in this organisation.',
    [E.NameTaken]: 'A company with this name already exists in this organisation.',
    [E.InUse]: 'This company is linked to {members} user(s). Remove it from their companies first.',
  },
  pl: {
    [E.NotFound]: 'Nie znaleziono firmy w tej organizacji.',
    [E.NameTaken]: 'Firma o tej nazwie już istnieje w tej organizacji.',
    [E.InUse]: 'Ta firma jest przypisana do użytkowników ({members}). Najpierw usuń ją z ich firm.',
  },
  uk: {
    [E.NotFound]: 'Компанію в цій організації не знайдено.',
    [E.NameTaken]: 'Компанія з такою назвою вже існує в цій організації.',
    [E.InUse]: 'Цю компанію прив’язано до користувачів ({members}). Спершу вилучіть її з їхніх компаній.',
  },
};
