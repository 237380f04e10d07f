import type { CatalogSubject } from '@tenant-iam/permissions';

/** The subjects of the telephony CRM, as `@Can(action, subject)` and permission groups name them. */
export const TelephonySubject = {
  SipExtension: 'SipExtension',
  NumberPool: 'NumberPool',
  Call: 'Call',
  Sms: 'Sms',
} as const;

/**
 * What the telephony CRM adds to the permission catalogue. Admins hold every action, members
 * what their one permission group grants; clients (users of client companies) get nothing of the
 * extensions and pools, whatever their group says: those are the staff's setup.
 */
export const TELEPHONY_CATALOG: CatalogSubject[] = [
  {
    subject: TelephonySubject.SipExtension,
    // The range, who has which extension, and a colleague's card (with their permission group).
    staffOnly: true,
    label: { en: 'SIP extensions', pl: 'Numery wewnętrzne SIP', uk: 'Внутрішні номери SIP' },
    actions: [
      { action: 'read', label: { en: 'View extensions', pl: 'Podgląd numerów wewnętrznych', uk: 'Перегляд внутрішніх номерів' } },
      {
        action: 'assign',
        label: { en: 'Assign extensions to users', pl: 'Przydzielanie numerów użytkownikom', uk: 'Призначення номерів користувачам' },
      },
      {
        action: 'manage',
        label: { en: 'Set the extension range', pl: 'Ustawianie puli numerów wewnętrznych', uk: 'Налаштування діапазону номерів' },
      },
    ],
  },
  {
    subject: TelephonySubject.NumberPool,
    // Which numbers staff may call from is the organisation's business, not a client's.
    staffOnly: true,
    label: { en: 'Caller-ID and SMS sender pools', pl: 'Pule numerów prezentacji i nadawców SMS', uk: 'Пули номерів і відправників SMS' },
    actions: [
      { action: 'read', label: { en: 'View pools', pl: 'Podgląd pul', uk: 'Перегляд пулів' } },
      {
        action: 'manage',
        label: {
          en: 'Create pools and assign them to users',
          pl: 'Tworzenie pul i przydzielanie ich użytkownikom',
          uk: 'Створення пулів і призначення їх користувачам',
        },
      },
    ],
  },
  {
    subject: TelephonySubject.Call,
    label: { en: 'Calls', pl: 'Połączenia', uk: 'Дзвінки' },
    actions: [
      {
        action: 'make',
        label: { en: 'Make calls and choose the caller ID', pl: 'Dzwonienie i wybór numeru prezentacji', uk: 'Дзвінки та вибір номера' },
      },
    ],
  },
  {
    subject: TelephonySubject.Sms,
    label: { en: 'SMS', pl: 'SMS', uk: 'SMS' },
    actions: [
      {
        action: 'send',
        label: { en: 'Send SMS and choose the sender ID', pl: 'Wysyłanie SMS i wybór nadawcy', uk: 'Надсилання SMS і вибір відправника' },
      },
    ],
  },
];
