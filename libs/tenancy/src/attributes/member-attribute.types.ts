import type { Labels } from '@tenant-iam/permissions';

/** A value a member attribute holds: scalars only, so lists can show and filter them. */
export type MemberAttributeValue = string | number | boolean;

/** What `attributes` of a member write may carry: a value, or `null` (on a change: remove it). */
export type MemberAttributeInput = MemberAttributeValue | null;

/** The kinds of attribute a product module may declare. */
export const MEMBER_ATTRIBUTE_TYPES = ['string', 'number', 'boolean'] as const;

/** A kind of attribute. */
export type MemberAttributeType = (typeof MEMBER_ATTRIBUTE_TYPES)[number];

interface AttributeBase {
  /** The key in `attributes`: a letter, then letters, digits or `_`, at most 64 characters. */
  name: string;
  /** Shown to administrators, in every language the product speaks. */
  label: Labels;
  /**
   * At most one member of a tenant holds a given value; the database enforces it (a side table
   * keyed by tenant, name and value), so concurrent writes cannot both win.
   */
  unique?: boolean;
}

/** A text attribute. Values are never trimmed nor case-folded: what is sent is what is kept. */
export interface StringAttributeDefinition extends AttributeBase {
  type: 'string';
  /** A JavaScript regular expression (unicode mode) the whole value must match: `\d{2,6}`. */
  pattern?: string;
  /** At most this many characters (default and ceiling: {@link MEMBER_ATTRIBUTE_STRING_MAX}). */
  maxLength?: number;
  /** The only values allowed. */
  enum?: readonly string[];
}

/** A number attribute. */
export interface NumberAttributeDefinition extends AttributeBase {
  type: 'number';
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** The only values allowed. */
  enum?: readonly number[];
}

/** A yes/no attribute (never `unique`: two values cannot tell members apart). */
export interface BooleanAttributeDefinition extends AttributeBase {
  type: 'boolean';
  unique?: false;
}

/** One typed member attribute, as a product module declares it with `TenancyModule.forFeature`. */
export type MemberAttributeDefinition = StringAttributeDefinition | NumberAttributeDefinition | BooleanAttributeDefinition;

/** Longest text value (and the ceiling of `maxLength`): a value is a code or a short label, and a unique one is an index key. */
export const MEMBER_ATTRIBUTE_STRING_MAX = 256;

/** Most attributes all product modules together may declare (what a member's `attributes` may hold). */
export const MEMBER_ATTRIBUTE_DEFINITIONS_MAX = 50;
