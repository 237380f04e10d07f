import type { Messages } from '@tenant-iam/common';
import { RULES_WITH_FULL_ACCESS, PermissionSetErrorCode as E } from './permission-set-error-code';

/** Texts of the permission-set codes, merged into `TENANCY_MESSAGES`. */
export const PERMISSION_SETS_MESSAGES: Messages = {
  en: {
    [E.NotFound]: 'Permission group not found.',
    [E.NameTaken]: 'A permission group with this name already exists.',
    [E.LimitReached]: 'This organisation already has {limit} permission groups, the most allowed.',
    [E.Builtin]: 'The built-in permission group cannot be changed or deleted.',
    [E.InUse]: 'This permission group is assigned to {members} user(s). Assign them another group first.',
    [E.RulesInvalid]: 'Some rules of the permission group are not valid.',
    [`field.${RULES_WITH_FULL_ACCESS}`]: 'A full-access group grants everything already; leave the rules out.',
  },
  pl: {
    [E.NotFound]: 'Nie znaleziono grupy uprawnień.',
    [E.NameTaken]: 'Grupa uprawnień o tej nazwie już istnieje.',
    [E.LimitReached]: 'Ta organizacja ma już {limit} grup uprawnień, czyli najwięcej, ile można.',
    [E.Builtin]: 'Wbudowanej grupy uprawnień nie można zmienić ani usunąć.',
    [E.InUse]: 'Ta grupa uprawnień jest przypisana do użytkowników ({members}). Najpierw przypisz im inną grupę.',
    [E.RulesInvalid]: 'Niektóre reguły grupy uprawnień są nieprawidłowe.',
    [`field.${RULES_WITH_FULL_ACCESS}`]: 'Grupa z pełnym dostępem daje już wszystko; pomiń reguły.',
  },
  uk: {
    [E.NotFound]: 'Групу дозволів не знайдено.',
    [E.NameTaken]: 'Група дозволів із такою назвою вже існує.',
    [E.LimitReached]: 'Ця організація вже має {limit} груп дозволів — це максимум.',
    [E.Builtin]: 'Вбудовану групу дозволів не можна змінити або видалити.',
    [E.InUse]: 'Цю групу дозволів призначено користувачам ({members}). Спершу призначте їм іншу групу.',
    [E.RulesInvalid]: 'Деякі правила групи дозволів недійсні.',
    [`field.${RULES_WITH_FULL_ACCESS}`]: 'Група з повним доступом уже дає все; не вказуйте правила.',
  },
};
