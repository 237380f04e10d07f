import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { FieldError } from '@tenant-iam/common';
import { AttributeFieldCode as F } from './attribute-error-code';
import { MemberAttributesFeature } from './member-attributes.feature';
import {
  MEMBER_ATTRIBUTE_DEFINITIONS_MAX,
  MEMBER_ATTRIBUTE_STRING_MAX,
  MEMBER_ATTRIBUTE_TYPES,
  MemberAttributeDefinition,
  MemberAttributeInput,
  MemberAttributeValue,
} from './member-attribute.types';

/** A declared attribute, checked and compiled once at boot. */
interface CompiledAttribute {
  definition: MemberAttributeDefinition;
  pattern?: RegExp;
  maxLength: number;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const LOCALES = ['en', 'pl', 'uk'] as const;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Checks and compiles every declaration, refusing wiring mistakes at boot rather than at the first
 * request: a name declared twice (by two modules), a bad name or type, a missing label, a pattern
 * that does not compile, contradictory bounds, a unique yes/no attribute.
 *
 * @throws Error listing every problem found.
 */
export function indexAttributes(contributions: readonly (readonly MemberAttributeDefinition[])[]): Map<string, CompiledAttribute> {
  const index = new Map<string, CompiledAttribute>();
  const problems: string[] = [];
  for (const definitions of contributions) {
    for (const def of definitions) {
      const name = def?.name;
      if (typeof name !== 'string' || !NAME.test(name)) {
        problems.push(`attribute name ${JSON.stringify(name)} must be a letter then letters, digits or _ (at most 64)`);
        continue;
      }
      const where = `attribute "${name}"`;
      if (index.has(name)) {
        problems.push(`${where} is declared twice (check the forFeature calls)`);
        continue;
      }
      if (!MEMBER_ATTRIBUTE_TYPES.includes(def.type)) problems.push(`${where}: type must be one of ${MEMBER_ATTRIBUTE_TYPES.join(', ')}`);
      if (!LOCALES.every((locale) => typeof def.label?.[locale] === 'string' && def.label[locale] !== '')) {
        problems.push(`${where} needs a label in en, pl and uk`);
      }
      let pattern: RegExp | undefined;
      let maxLength = MEMBER_ATTRIBUTE_STRING_MAX;
      if (def.type === 'boolean' && def.unique) problems.push(`${where}: a yes/no attribute cannot be unique`);
      if (def.type === 'string') {
        if (def.pattern !== undefined) {
          try {
            pattern = new RegExp(`^(?:${def.pattern})$`, 'u');
          } catch {
            problems.push(`${where}: pattern does not compile`);
          }
        }
        if (def.maxLength !== undefined) {
          if (!Number.isInteger(def.maxLength) || def.maxLength < 1 || def.maxLength > MEMBER_ATTRIBUTE_STRING_MAX) {
            problems.push(`${where}: maxLength must be a whole number from 1 to ${MEMBER_ATTRIBUTE_STRING_MAX}`);
          } else maxLength = def.maxLength;
        }
        if (def.enum !== undefined && !(Array.isArray(def.enum) && def.enum.length > 0 && def.enum.every((v) => typeof v === 'string'))) {
          problems.push(`${where}: enum must be a non-empty list of texts`);
        }
      }
      if (def.type === 'number') {
        for (const bound of ['min', 'max'] as const) {
          if (def[bound] !== undefined && !isFiniteNumber(def[bound])) problems.push(`${where}: ${bound} must be a finite number`);
        }
        if (isFiniteNumber(def.min) && isFiniteNumber(def.max) && def.min > def.max) problems.push(`${where}: min is above max`);
        if (def.enum !== undefined && !(Array.isArray(def.enum) && def.enum.length > 0 && def.enum.every(isFiniteNumber))) {
          problems.push(`${where}: enum must be a non-empty list of numbers`);
        }
      }
      index.set(name, { definition: Object.freeze({ ...def, label: Object.freeze({ ...def.label }) }), pattern, maxLength });
    }
  }
  if (index.size > MEMBER_ATTRIBUTE_DEFINITIONS_MAX) {
    problems.push(`at most ${MEMBER_ATTRIBUTE_DEFINITIONS_MAX} member attributes may be declared (${index.size} are)`);
  }
  if (problems.length) throw new Error(`TenancyModule: invalid member attributes: ${problems.join('; ')}`);
  return index;
}

/** The outcome of {@link MemberAttributes.check}: the attributes to store, or what is wrong, per field. */
export interface AttributesCheck {
  /** The member's attributes after the write (`null`s removed them). */
  attributes: Record<string, unknown>;
  /** Names whose value differs from before, sorted. */
  changed: string[];
  /** `attributes.<name>: <CODE>` entries; when not empty, nothing may be written. */
  errors: FieldError[];
}

/**
 * Every member attribute declared with `TenancyModule.forFeature({ memberAttributes })`, collected
 * at boot, and the one place that validates a write of `attributes` against them.
 */
@Injectable()
export class MemberAttributes implements OnModuleInit {
  private index?: Map<string, CompiledAttribute>;

  constructor(@Optional() private readonly discovery?: DiscoveryService) {}

  /**
   * A registry of the given definitions, outside Nest (tests, scripts).
   * @throws Error as the boot would, on a broken declaration.
   */
  static fromDefinitions(definitions: readonly MemberAttributeDefinition[]): MemberAttributes {
    const registry = new MemberAttributes();
    registry.index = indexAttributes([definitions]);
    return registry;
  }

  onModuleInit(): void {
    this.loaded();
  }

  /** Every declared attribute, in declaration order. */
  list(): MemberAttributeDefinition[] {
    return [...this.loaded().values()].map((entry) => entry.definition);
  }

  /** The attribute of that name, or `undefined`. */
  get(name: string): MemberAttributeDefinition | undefined {
    return this.loaded().get(name)?.definition;
  }

  /** The names of the unique attributes. */
  uniqueNames(): string[] {
    return this.list()
      .filter((definition) => definition.unique === true)
      .map((definition) => definition.name);
  }

  /**
   * Validates a write and computes the result. `create`: the attributes of a new member (`null`
   * means "not set"). `merge`: a change, key by key over `current`: a value sets the key, `null`
   * removes it, keys not sent stay. A key nobody declared is refused, except `null` for a key the
   * member still holds from before it was undeclared (so old data can be cleaned).
   */
  check(input: Record<string, MemberAttributeInput> | undefined, current: Record<string, unknown> = {}): AttributesCheck {
    const attributes: Record<string, unknown> = { ...current };
    const errors: FieldError[] = [];
    for (const [name, value] of Object.entries(input ?? {})) {
      const entry = this.loaded().get(name);
      if (!entry) {
        if (value === null && Object.prototype.hasOwnProperty.call(current, name)) delete attributes[name];
        else errors.push({ field: `attributes.${name}`, code: F.UnknownAttribute });
        continue;
      }
      if (value === null) {
        delete attributes[name];
        continue;
      }
      const code = validateValue(entry, value);
      if (code) errors.push({ field: `attributes.${name}`, ...code });
      else attributes[name] = value;
    }
    return { attributes, changed: changedNames(current, attributes), errors };
  }

  /** The field error of one value for `name`, or null when it is valid (an unknown name is an error too). */
  validate(name: string, value: MemberAttributeValue): FieldError | null {
    const entry = this.loaded().get(name);
    if (!entry) return { field: `attributes.${name}`, code: F.UnknownAttribute };
    const code = validateValue(entry, value);
    return code ? { field: `attributes.${name}`, ...code } : null;
  }

  // Lazy, so the order of the providers' onModuleInit does not matter: whoever asks first loads.
  private loaded(): Map<string, CompiledAttribute> {
    if (!this.index) {
      const features = (this.discovery?.getProviders() ?? [])
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is MemberAttributesFeature => instance instanceof MemberAttributesFeature);
      this.index = indexAttributes([...new Set(features)].map((feature) => feature.definitions));
    }
    return this.index;
  }
}

/** The names whose values differ between two attribute objects (scalars: strict equality; key order is irrelevant), sorted. */
export function changedNames(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !Object.is(before[name], after[name])).sort();
}

function validateValue(entry: CompiledAttribute, value: unknown): Omit<FieldError, 'field'> | null {
  const def = entry.definition;
  if (typeof value !== def.type || (def.type === 'number' && !isFiniteNumber(value))) {
    return { code: F.WrongType, params: { type: def.type } };
  }
  if (def.type === 'string') {
    const text = value as string;
    if (text.length === 0) return { code: F.Empty };
    if (text.length > entry.maxLength) return { code: F.TooLong, params: { maxLength: entry.maxLength } };
    if (def.enum && !def.enum.includes(text)) return { code: F.NotAllowed, params: { allowed: [...def.enum] } };
    if (entry.pattern && !entry.pattern.test(text)) return { code: F.Pattern };
  }
  if (def.type === 'number') {
    const n = value as number;
    if (def.integer && !Number.isInteger(n)) return { code: F.NotInteger };
    if (def.min !== undefined && n < def.min) return { code: F.TooSmall, params: { min: def.min } };
    if (def.max !== undefined && n > def.max) return { code: F.TooLarge, params: { max: def.max } };
    if (def.enum && !def.enum.includes(n)) return { code: F.NotAllowed, params: { allowed: [...def.enum] } };
  }
  return null;
}
