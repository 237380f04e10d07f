/** A label in every language the product speaks. */
export type Labels = Record<'en' | 'pl' | 'uk', string>;

/** One action of a catalogued subject, with the flags that decide which presets and sets may hold it. */
export interface CatalogAction {
  action: string;
  label: Labels;
  /** Only the owner (billing, plan, ownership transfer). No set grants it. */
  ownerOnly?: boolean;
  /** Only the owner and superadmins. No set grants it. */
  superadminOnly?: boolean;
  /** Not in the admin preset: a permission set (full or granular) must grant it. */
  setOnly?: boolean;
}

/** A subject permission sets can grant actions on; libs and product modules contribute them. */
export interface CatalogSubject {
  subject: string;
  label: Labels;
  actions: CatalogAction[];
  /** Rows of this subject belong to client companies: a client's rules are limited to theirs (`companyId`). */
  companyScoped?: boolean;
  /**
   * Staff data of the whole tenant (its positions and groups, its activity log): never granted to a
   * client, whatever its set says. Not combinable with `companyScoped`.
   */
  staffOnly?: boolean;
  /** Fields a rule's `conditions` may name (equality and `$in`/`$nin`/`$ne` on scalars only). */
  conditionFields?: string[];
}

/** A CASL raw rule as a permission set stores it. */
export interface PermissionRule {
  action: string;
  subject: string;
  conditions?: Record<string, unknown>;
  inverted?: boolean;
}
