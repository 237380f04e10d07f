import type { CatalogSubject } from '@tenant-iam/permissions';

/** Subjects of the tenancy lib, as `@Can(action, subject)` names them. */
export const TenancySubject = {
  Tenant: 'Tenant',
  PermissionCatalog: 'PermissionCatalog',
  Member: 'Member',
  PermissionSet: 'PermissionSet',
  Activity: 'Activity',
  Invitation: 'Invitation',
  ApiKey: 'ApiKey',
  Group: 'Group',
  Company: 'Company',
  Contact: 'Contact',
} as const;

/**
 * What tenancy contributes to the permission catalogue. Member management is `superadminOnly`
 * (no set grants it); billing and ownership are `ownerOnly`; reading the API key and inviting are
 * `setOnly` (an admin needs a set for them).
 */
export const TENANCY_CATALOG: CatalogSubject[] = [
  {
    subject: TenancySubject.Tenant,
    label: { en: 'Organisation', pl: 'Organizacja', uk: 'Організація' },
    actions: [
      { action: 'read', label: { en: 'View the organisation', pl: 'Podgląd organizacji', uk: 'Перегляд організації' } },
      {
        action: 'update',
        label: { en: 'Change name and settings', pl: 'Zmiana nazwy i ustawień', uk: 'Зміна назви та налаштувань' },
        superadminOnly: true,
      },
      {
        action: 'billing',
        label: { en: 'Billing email and plan', pl: 'E-mail rozliczeniowy i plan', uk: 'Платіжний e-mail і тариф' },
        ownerOnly: true,
      },
      {
        action: 'transferOwnership',
        label: { en: 'Transfer ownership', pl: 'Przekazanie własności', uk: 'Передача права власності' },
        ownerOnly: true,
      },
    ],
  },
  {
    subject: TenancySubject.PermissionCatalog,
    label: { en: 'Permission catalogue', pl: 'Katalog uprawnień', uk: 'Каталог дозволів' },
    actions: [{ action: 'read', label: { en: 'View the catalogue', pl: 'Podgląd katalogu', uk: 'Перегляд каталогу' } }],
  },
  {
    subject: TenancySubject.Member,
    label: { en: 'Users', pl: 'Użytkownicy', uk: 'Користувачі' },
    conditionFields: ['role', 'status', 'userId'],
    actions: [
      { action: 'read', label: { en: 'View users', pl: 'Podgląd użytkowników', uk: 'Перегляд користувачів' } },
      { action: 'create', label: { en: 'Add users', pl: 'Dodawanie użytkowników', uk: 'Додавання користувачів' }, superadminOnly: true },
      {
        action: 'update',
        label: { en: 'Change roles, rights and profiles', pl: 'Zmiana ról, uprawnień i profili', uk: 'Зміна ролей, прав і профілів' },
        superadminOnly: true,
      },
      {
        action: 'block',
        label: {
          en: 'Block and unblock users',
          pl: 'Blokowanie i odblokowanie użytkowników',
          uk: 'Блокування і розблокування користувачів',
        },
        superadminOnly: true,
      },
      { action: 'delete', label: { en: 'Remove users', pl: 'Usuwanie użytkowników', uk: 'Видалення користувачів' }, superadminOnly: true },
    ],
  },
  {
    subject: TenancySubject.PermissionSet,
    // The organisation's access configuration, its members' groups among it: staff data, never a client's.
    staffOnly: true,
    label: { en: 'Permission groups', pl: 'Grupy uprawnień', uk: 'Групи дозволів' },
    actions: [
      { action: 'read', label: { en: 'View permission groups', pl: 'Podgląd grup uprawnień', uk: 'Перегляд груп дозволів' } },
      {
        action: 'manage',
        label: {
          en: 'Create, change and delete permission groups',
          pl: 'Tworzenie, zmiana i usuwanie grup uprawnień',
          uk: 'Створення, зміна й видалення груп дозволів',
        },
        superadminOnly: true,
      },
    ],
  },
  {
    subject: TenancySubject.Activity,
    // The log names every company, contact and member of the tenant: staff data, never a client's.
    staffOnly: true,
    label: { en: 'Activity log', pl: 'Dziennik aktywności', uk: 'Журнал активності' },
    actions: [{ action: 'read', label: { en: 'View the activity log', pl: 'Podgląd dziennika', uk: 'Перегляд журналу' } }],
  },
  {
    subject: TenancySubject.Invitation,
    label: { en: 'Invitations', pl: 'Zaproszenia', uk: 'Запрошення' },
    actions: [
      { action: 'create', label: { en: 'Invite people', pl: 'Zapraszanie osób', uk: 'Запрошення людей' }, setOnly: true },
      { action: 'read', label: { en: 'View invitations', pl: 'Podgląd zaproszeń', uk: 'Перегляд запрошень' }, setOnly: true },
      { action: 'revoke', label: { en: 'Revoke invitations', pl: 'Odwoływanie zaproszeń', uk: 'Відкликання запрошень' }, setOnly: true },
    ],
  },
  {
    subject: TenancySubject.ApiKey,
    label: { en: 'API key', pl: 'Klucz API', uk: 'Ключ API' },
    actions: [
      { action: 'read', label: { en: 'View the API key', pl: 'Podgląd klucza API', uk: 'Перегляд ключа API' }, setOnly: true },
      { action: 'rotate', label: { en: 'Rotate the API key', pl: 'Zmiana klucza API', uk: 'Заміна ключа API' }, superadminOnly: true },
    ],
  },
  {
    subject: TenancySubject.Group,
    // The organisation's own structure: a client (a customer's user) neither reads nor changes it.
    staffOnly: true,
    label: { en: 'Positions and user groups', pl: 'Stanowiska i grupy użytkowników', uk: 'Посади та групи користувачів' },
    actions: [
      { action: 'read', label: { en: 'View groups', pl: 'Podgląd grup', uk: 'Перегляд груп' } },
      { action: 'create', label: { en: 'Create groups', pl: 'Tworzenie grup', uk: 'Створення груп' } },
      {
        action: 'update',
        label: { en: 'Rename and move groups', pl: 'Zmiana nazw i przenoszenie grup', uk: 'Перейменування та переміщення груп' },
      },
      { action: 'delete', label: { en: 'Delete groups', pl: 'Usuwanie grup', uk: 'Видалення груп' } },
    ],
  },
  {
    // A client's rules are limited to its own companies: a company's `companyId` is its own id.
    subject: TenancySubject.Company,
    label: { en: 'Client companies', pl: 'Firmy klientów', uk: 'Компанії клієнтів' },
    companyScoped: true,
    conditionFields: ['companyId'],
    actions: [
      { action: 'read', label: { en: 'View companies', pl: 'Podgląd firm', uk: 'Перегляд компаній' } },
      { action: 'create', label: { en: 'Add companies', pl: 'Dodawanie firm', uk: 'Додавання компаній' } },
      { action: 'update', label: { en: 'Change companies', pl: 'Zmiana firm', uk: 'Зміна компаній' } },
      { action: 'delete', label: { en: 'Delete companies', pl: 'Usuwanie firm', uk: 'Видалення компаній' } },
    ],
  },
  {
    subject: TenancySubject.Contact,
    label: { en: 'Contacts', pl: 'Kontakty', uk: 'Контакти' },
    // A client's rules are limited to the contacts of its own companies.
    companyScoped: true,
    conditionFields: ['companyId'],
    actions: [
      { action: 'read', label: { en: 'View contacts', pl: 'Podgląd kontaktów', uk: 'Перегляд контактів' } },
      { action: 'create', label: { en: 'Add contacts', pl: 'Dodawanie kontaktów', uk: 'Додавання контактів' } },
      { action: 'update', label: { en: 'Change contacts', pl: 'Zmiana kontaktów', uk: 'Зміна контактів' } },
      { action: 'delete', label: { en: 'Delete contacts', pl: 'Usuwanie kontaktów', uk: 'Видалення контактів' } },
    ],
  },
];
