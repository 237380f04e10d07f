/**
 * The categories of mail a contact may subscribe to. The schema's CHECK holds the same list: add a
 * category there (a migration) and here together.
 */
export const NOTIFICATION_CATEGORIES = ['general', 'services', 'domains', 'payments', 'support'] as const;

/** One of {@link NOTIFICATION_CATEGORIES}. */
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** True for a known category. */
export const isNotificationCategory = (value: unknown): value is NotificationCategory =>
  typeof value === 'string' && (NOTIFICATION_CATEGORIES as readonly string[]).includes(value);

/** Each category once, in the canonical order above: what is stored and shown. */
export const canonicalCategories = (values: readonly string[]): NotificationCategory[] =>
  NOTIFICATION_CATEGORIES.filter((category) => values.includes(category));
