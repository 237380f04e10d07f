import { Messages } from '@tenant-iam/common';
import { AttributeErrorCode as E, AttributeFieldCode as F } from './attribute-error-code';

/** en/pl/uk texts of the member attribute codes (problem codes, and field codes under `field.<CODE>`). */
export const ATTRIBUTES_MESSAGES: Messages = {
  en: {
    [E.AttributeTaken]: 'Another user of this organisation already has this value ({name}).',
    [E.AttributePoolExhausted]: 'Every value available for {name} is already taken.',
    [`field.${F.UnknownAttribute}`]: 'There is no such attribute.',
    [`field.${F.WrongType}`]: 'The value must be of type {type}.',
    [`field.${F.Empty}`]: 'The value cannot be empty; send null to remove it.',
    [`field.${F.TooLong}`]: 'The value can have at most {maxLength} characters.',
    [`field.${F.Pattern}`]: 'The value does not have the required form.',
    [`field.${F.NotAllowed}`]: 'The value must be one of: {allowed}.',
    [`field.${F.NotInteger}`]: 'The value must be a whole number.',
    [`field.${F.TooSmall}`]: 'The value must be at least {min}.',
    [`field.${F.TooLarge}`]: 'The value must be at most {max}.',
    [`field.${F.Taken}`]: 'Another user of this organisation already has this value.',
  },
  pl: {
    [E.AttributeTaken]: 'Inny użytkownik tej organizacji ma już tę wartość ({name}).',
    [E.AttributePoolExhausted]: 'Wszystkie dostępne wartości pola {name} są już zajęte.',
    [`field.${F.UnknownAttribute}`]: 'Nie ma takiego atrybutu.',
    [`field.${F.WrongType}`]: 'Wartość musi być typu {type}.',
    [`field.${F.Empty}`]: 'Wartość nie może być pusta; wyślij null, aby ją usunąć.',
    [`field.${F.TooLong}`]: 'Wartość może mieć najwyżej {maxLength} znaków.',
    [`field.${F.Pattern}`]: 'Wartość nie ma wymaganej postaci.',
    [`field.${F.NotAllowed}`]: 'Wartość musi być jedną z: {allowed}.',
    [`field.${F.NotInteger}`]: 'Wartość musi być liczbą całkowitą.',
    [`field.${F.TooSmall}`]: 'Wartość musi wynosić co najmniej {min}.',
    [`field.${F.TooLarge}`]: 'Wartość może wynosić najwyżej {max}.',
    [`field.${F.Taken}`]: 'Inny użytkownik tej organizacji ma już tę wartość.',
  },
  uk: {
    [E.AttributeTaken]: 'Інший користувач цієї організації вже має це значення ({name}).',
    [E.AttributePoolExhausted]: 'Усі доступні значення поля {name} уже зайняті.',
    [`field.${F.UnknownAttribute}`]: 'Такого атрибута немає.',
    [`field.${F.WrongType}`]: 'Значення має бути типу {type}.',
    [`field.${F.Empty}`]: 'Значення не може бути порожнім; надішліть null, щоб його видалити.',
    [`field.${F.TooLong}`]: 'Значення може мати щонайбільше {maxLength} символів.',
    [`field.${F.Pattern}`]: 'Значення не має потрібного вигляду.',
    [`field.${F.NotAllowed}`]: 'Значення має бути одним із: {allowed}.',
    [`field.${F.NotInteger}`]: 'Значення має бути цілим числом.',
    [`field.${F.TooSmall}`]: 'Значення має бути не менше {min}.',
    [`field.${F.TooLarge}`]: 'Значення має бути не більше {max}.',
    [`field.${F.Taken}`]: 'Інший користувач цієї організації вже має це значення.',
  },
};
