import { mergeMessages, Messages } from '@tenant-iam/common';
import { COMPANIES_MESSAGES } from './companies/companies.messages';
import { ATTRIBUTES_MESSAGES } from './attributes/attributes.messages';
import { MEMBERS_MESSAGES } from './members/members.messages';
import { PERMISSION_SETS_MESSAGES } from './permission-sets/permission-sets.messages';
import { POLICIES_MESSAGES } from './policies/policies.messages';
import { TenancyErrorCode as E } from './tenancy-error-code';
import { TENANTS_MESSAGES } from './tenants/tenants.messages';
import { GROUPS_MESSAGES } from './groups/groups.messages';
import { CONTACTS_MESSAGES } from './contacts/contacts.messages';
import { INVITATIONS_MESSAGES } from './invitations/invitations.messages';
import { API_KEYS_MESSAGES } from './api-keys/api-keys.messages';
import { USAGE_MESSAGES } from './usage/usage.messages';

const context: Messages = {
  en: {
    [E.TenantNotFound]: 'Organisation not found.',
    [E.MembershipBlocked]: 'Your access to this organisation is blocked. Contact its administrator.',
    [E.NoPanelAccess]: 'Your role in this organisation has no access to the panel.',
  },
  pl: {
    [E.TenantNotFound]: 'Nie znaleziono organizacji.',
    [E.MembershipBlocked]: 'Twój dostęp do tej organizacji jest zablokowany. Skontaktuj się z jej administratorem.',
    [E.NoPanelAccess]: 'Twoja rola w tej organizacji nie daje dostępu do panelu.',
  },
  uk: {
    [E.TenantNotFound]: 'Організацію не знайдено.',
    [E.MembershipBlocked]: 'Ваш доступ до цієї організації заблоковано. Зверніться до її адміністратора.',
    [E.NoPanelAccess]: 'Ваша роль у цій організації не дає доступу до панелі.',
  },
};

/** Every message of the tenancy lib, for `CommonModule.forRoot({ messages })`. Features add theirs here. */
export const TENANCY_MESSAGES: Messages = mergeMessages(
  context,
  POLICIES_MESSAGES,
  MEMBERS_MESSAGES,
  TENANTS_MESSAGES,
  PERMISSION_SETS_MESSAGES,
  GROUPS_MESSAGES,
  COMPANIES_MESSAGES,
  CONTACTS_MESSAGES,
  ATTRIBUTES_MESSAGES,
  INVITATIONS_MESSAGES,
  API_KEYS_MESSAGES,
  USAGE_MESSAGES,
);
