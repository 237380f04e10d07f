import type { CatalogSubject } from '@tenant-iam/permissions';

/** The subject of the insolvency search, as `@Can(action, subject)` and permission sets name it. */
export const InsolvencySubject = {
  Search: 'InsolvencySearch',
} as const;

/**
 * What the insolvency search adds to the permission catalogue. `run` carries no flag: the owner,
 * superadmins and admins have it, members when their permission group grants it (the built-in
 * "Full access" group does). The route is also open to the organisation's API key.
 */
export const INSOLVENCY_SEARCH_CATALOG: CatalogSubject[] = [
  {
    subject: InsolvencySubject.Search,
    label: { en: 'Insolvency list', pl: 'Lista niewypłacalności', uk: 'Реєстр неплатоспроможності' },
    actions: [
      {
        action: 'run',
        label: { en: 'Search the insolvency list', pl: 'Wyszukiwanie na liście', uk: 'Пошук у реєстрі' },
      },
    ],
  },
];
