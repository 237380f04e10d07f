import { Messages } from '@tenant-iam/common';
import { AdminErrorCode as A } from '../admin/admin-error-code';
import { TenantErrorCode as E } from './tenant-error-code';

/** en/pl/uk texts of the organisation and operator codes. */
export const TENANTS_MESSAGES: Messages = {
  en: {
    [E.InvalidSettings]: 'Some settings cannot be saved; see the errors for each field.',
    [E.TransferTargetInvalid]: 'Ownership can only pass to another active member with access to the panel.',
    [A.UnknownPlan]: 'There is no such plan. Available plans: {plans}.',
  },
  pl: {
    [E.InvalidSettings]: 'Części ustawień nie można zapisać; szczegóły przy poszczególnych polach.',
    [E.TransferTargetInvalid]: 'Własność można przekazać tylko innemu aktywnemu członkowi z dostępem do panelu.',
    [A.UnknownPlan]: 'Nie ma takiego planu. Dostępne plany: {plans}.',
  },
  uk: {
    [E.InvalidSettings]: 'Деякі налаштування неможливо зберегти; подробиці біля кожного поля.',
    [E.TransferTargetInvalid]: 'Право власності можна передати лише іншому активному учаснику з доступом до панелі.',
    [A.UnknownPlan]: 'Такого тарифу немає. Доступні тарифи: {plans}.',
  },
};
