import type { CatalogSubject } from '@tenant-iam/permissions';

/** The subjects of the marketplace, as `@Can(action, subject)` and permission sets name them. */
export const MarketplaceSubject = {
  Order: 'Order',
  CashRegister: 'CashRegister',
} as const;

/**
 * What the marketplace adds to the permission catalogue (through `PermissionsModule.forFeature`).
 *
 * - `Order` rows belong to client companies (`companyScoped`): a client's rules on orders are
 *   limited to its own companies. Sets may write conditions on `companyId` and `status`.
 * - Cancelling an order and configuring the cash register are `superadminOnly`: the owner and
 *   superadmins hold them, admins do not, and no permission set can grant them.
 */
export const MARKETPLACE_CATALOG: CatalogSubject[] = [
  {
    subject: MarketplaceSubject.Order,
    label: { en: 'Orders', pl: 'Zamówienia', uk: 'Замовлення' },
    companyScoped: true,
    conditionFields: ['companyId', 'status'],
    actions: [
      { action: 'read', label: { en: 'View orders', pl: 'Podgląd zamówień', uk: 'Перегляд замовлень' } },
      { action: 'create', label: { en: 'Place orders', pl: 'Składanie zamówień', uk: 'Оформлення замовлень' } },
      {
        action: 'cancel',
        label: { en: 'Cancel orders', pl: 'Anulowanie zamówień', uk: 'Скасування замовлень' },
        superadminOnly: true,
      },
    ],
  },
  {
    subject: MarketplaceSubject.CashRegister,
    label: { en: 'Cash register', pl: 'Kasa fiskalna', uk: 'Касовий апарат' },
    actions: [
      { action: 'read', label: { en: 'View the cash register', pl: 'Podgląd kasy', uk: 'Перегляд каси' } },
      {
        action: 'configure',
        label: { en: 'Configure the cash register', pl: 'Konfiguracja kasy', uk: 'Налаштування каси' },
        superadminOnly: true,
      },
    ],
  },
];
