import type { Messages } from '@tenant-iam/common';
import { TelephonyErrorCode as E, TelephonyFieldCode as F } from './telephony-error-code';

/** en/pl/uk texts of the telephony example's codes; the host adds them to `CommonModule.forRoot({ messages })`. */
export const TELEPHONY_MESSAGES: Messages = {
  en: {
    [E.SipRangeNotSet]: 'This organisation has no SIP extension range yet: set one, or assign the extension by hand.',
    [E.PoolNotFound]: 'Pool not found in this organisation.',
    [E.PoolNameTaken]: 'A pool of this kind with this name exists.',
    [E.MembersOnly]: 'Only a user of the organisation can do this.',
    [`field.${F.PoolNotAssigned}`]: 'This pool is not assigned to you.',
    [`field.${F.NotInPool}`]: 'This number is not in the pool.',
    [`field.${F.UnknownMember}`]: 'There is no such user in this organisation.',
    [`field.${F.InvalidRange}`]: 'The range must run upwards and hold at most 10 000 extensions.',
  },
  pl: {
    [E.SipRangeNotSet]: 'Ta organizacja nie ma jeszcze puli numerów wewnętrznych SIP: ustaw ją lub przydziel numer ręcznie.',
    [E.PoolNotFound]: 'Nie znaleziono puli w tej organizacji.',
    [E.PoolNameTaken]: 'Pula tego rodzaju o tej nazwie już istnieje.',
    [E.MembersOnly]: 'Może to zrobić tylko użytkownik organizacji.',
    [`field.${F.PoolNotAssigned}`]: 'Ta pula nie jest Ci przydzielona.',
    [`field.${F.NotInPool}`]: 'Tego numeru nie ma w puli.',
    [`field.${F.UnknownMember}`]: 'W tej organizacji nie ma takiego użytkownika.',
    [`field.${F.InvalidRange}`]: 'Zakres musi rosnąć i obejmować najwyżej 10 000 numerów.',
  },
  uk: {
    [E.SipRangeNotSet]: 'Ця організація ще не має діапазону внутрішніх номерів SIP: задайте його або призначте номер вручну.',
    [E.PoolNotFound]: 'Пул в цій організації не знайдено.',
    [E.PoolNameTaken]: 'Пул такого типу з такою назвою вже існує.',
    [E.MembersOnly]: 'Це може зробити лише користувач організації.',
    [`field.${F.PoolNotAssigned}`]: 'Цей пул вам не призначено.',
    [`field.${F.NotInPool}`]: 'Цього номера немає в пулі.',
    [`field.${F.UnknownMember}`]: 'У цій організації немає такого користувача.',
    [`field.${F.InvalidRange}`]: 'Діапазон має зростати й містити щонайбільше 10 000 номерів.',
  },
};
