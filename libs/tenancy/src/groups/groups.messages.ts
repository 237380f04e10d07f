import type { Messages } from '@tenant-iam/common';
import { GroupErrorCode as E, GroupFieldCode as F } from './group-error-code';

/** en/pl/uk texts of the group codes (problem codes, and field codes under `field.<CODE>`), merged into `TENANCY_MESSAGES`. */
export const GROUPS_MESSAGES: Messages = {
  en: {
    [E.NotFound]: 'Group not found.',
    [E.NameTaken]: 'A group with this name already exists at this level.',
    [E.LimitReached]: 'This organisation already has {limit} groups, the most allowed.',
    [E.NotEmpty]: 'This group still has {groups} subgroup(s) and {members} user(s). Move or remove them first.',
    [`field.${F.UnknownGroup}`]: 'There is no such group in this organisation.',
    [`field.${F.GroupCycle}`]: 'A group cannot be placed under itself or under one of its subgroups.',
    [`field.${F.GroupTooDeep}`]: 'Groups nest at most {max} levels deep.',
  },
  pl: {
    [E.NotFound]: 'Nie znaleziono grupy.',
    [E.NameTaken]: 'Grupa o tej nazwie już istnieje na tym poziomie.',
    [E.LimitReached]: 'Ta organizacja ma już {limit} grup, czyli najwięcej, ile można.',
    [E.NotEmpty]: 'Ta grupa ma jeszcze podgrupy ({groups}) i użytkowników ({members}). Najpierw przenieś ich lub usuń.',
    [`field.${F.UnknownGroup}`]: 'W tej organizacji nie ma takiej grupy.',
    [`field.${F.GroupCycle}`]: 'Grupy nie można umieścić w niej samej ani w żadnej z jej podgrup.',
    [`field.${F.GroupTooDeep}`]: 'Grupy można zagnieżdżać najwyżej na {max} poziomach.',
  },
  uk: {
    [E.NotFound]: 'Групу не знайдено.',
    [E.NameTaken]: 'Група з такою назвою вже існує на цьому рівні.',
    [E.LimitReached]: 'Ця організація вже має {limit} груп — це максимум.',
    [E.NotEmpty]: 'Ця група ще має підгрупи ({groups}) і користувачів ({members}). Спершу перенесіть або видаліть їх.',
    [`field.${F.UnknownGroup}`]: 'У цій організації немає такої групи.',
    [`field.${F.GroupCycle}`]: 'Групу не можна розмістити в ній самій або в одній з її підгруп.',
    [`field.${F.GroupTooDeep}`]: 'Групи можна вкладати щонайбільше на {max} рівнів.',
  },
};
