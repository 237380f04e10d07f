import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { PermissionRule } from '../catalog/catalog.types';
import { PermissionCatalog } from '../catalog/permission-catalog';
import { isPlainObject } from '../catalog/rule-conditions';
import { PERMISSIONS_OPTIONS } from '../permissions.module-definition';
import { resolvePermissionsOptions, type ResolvedPermissionsOptions } from '../permissions.options';
import { AbilityCache } from './ability-cache';
import { CompiledPresets, compilePresets, PresetFilter } from './preset-rules';
import { RolePreset } from './role-preset';

/** The ability of one caller in one scope: CASL, subjects named by strings. */
export type AppAbility = MongoAbility<[string, string | Record<string, unknown>]>;

/** What an ability is built from: a role preset, a permission set, and what the scope adds. */
export interface Grants {
  role: RolePreset;
  /** The caller's permission set; null when the preset alone decides. */
  permissionSet: { full: boolean; rules: PermissionRule[] } | null;
  /** Rules the scope adds (e.g. inviting when a tenant lets members invite). Flags still apply. */
  extraRules?: PermissionRule[];
  /** The client companies of a `client`: their rules on company-scoped subjects are limited to these. */
  companyIds?: string[];
  /** When given, the compiled ability is cached under this key; it must change whenever an input does. */
  cacheKey?: string;
}

type AppRawRule = RawRuleOf<AppAbility>;

/**
 * CASL treats `manage` and `all` as wildcards. Catalogue names are plain names here (tenancy has a
 * `manage` action of its own), so the wildcards are moved to strings no catalogue can hold.
 */
const ABILITY_OPTIONS = { anyAction: '\u0000any-action', anySubjectType: '\u0000any-subject' } as const;

/** Field the company scope of a client is written on (`companyScoped` subjects). */
export const COMPANY_FIELD = 'companyId';

/** A CASL ability from raw rules, with the wildcards disarmed (see {@link ABILITY_OPTIONS}). */
export function createAppAbility(rules: AppRawRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, ABILITY_OPTIONS);
}

/**
 * ANDs `companyId IN companyIds` into a rule's conditions. An existing `companyId` condition is
 * kept beside it (several operators on one field are ANDed by the matcher and by `accessibleSql`).
 */
function withCompanyScope(conditions: Record<string, unknown> | undefined, companyIds: readonly string[]): Record<string, unknown> {
  const scope = { $in: [...companyIds] };
  if (!conditions || !(COMPANY_FIELD in conditions)) return { ...conditions, [COMPANY_FIELD]: scope };
  const existing = conditions[COMPANY_FIELD];
  let merged: Record<string, unknown>;
  if (isPlainObject(existing)) {
    merged = { ...existing };
    const inList = merged.$in;
    merged.$in = Array.isArray(inList) ? inList.filter((id) => companyIds.includes(id as string)) : scope.$in;
  } else {
    merged = { $eq: existing, $in: scope.$in };
  }
  return { ...conditions, [COMPANY_FIELD]: merged };
}

/**
 * Builds abilities from grants over the catalogue: one explicit rule list per catalogued action,
 * never `manage all`, so an action nobody catalogued is denied to everyone, the owner included.
 *
 * | role | ability |
 * |---|---|
 * | owner | every action |
 * | superadmin | every action but `ownerOnly` |
 * | admin | every unflagged action, plus its set's rules on unflagged and `setOnly` actions |
 * | member, client | their set only (`full`: every unflagged and `setOnly` action) |
 * | contact | nothing |
 *
 * `extraRules` pass the same flag filter as the role's set; `inverted` rules come last, so they
 * win (CASL's precedence). A client's allowing rules on `companyScoped` subjects are limited to
 * `companyId IN grants.companyIds`.
 */
@Injectable()
export class AbilityFactory implements OnModuleInit {
  private readonly options: ResolvedPermissionsOptions;
  private readonly cache: AbilityCache<AppAbility>;
  private presets?: CompiledPresets;

  constructor(
    private readonly catalog: PermissionCatalog,
    @Optional() @Inject(PERMISSIONS_OPTIONS) options?: ResolvedPermissionsOptions,
  ) {
    this.options = options ?? resolvePermissionsOptions();
    this.cache = new AbilityCache(this.options.abilityCacheSize);
  }

  /** Compiles the per-role rule lists once, at boot, rather than on the first request. */
  onModuleInit(): void {
    this.compiled();
  }

  /** The ability of these grants; the same instance for the same `cacheKey` while it stays cached. */
  build(grants: Grants): AppAbility {
    if (grants.cacheKey === undefined) return createAppAbility(this.rulesOf(grants));
    const cached = this.cache.get(grants.cacheKey);
    if (cached) return cached;
    const ability = createAppAbility(this.rulesOf(grants));
    this.cache.set(grants.cacheKey, ability);
    return ability;
  }

  /** The raw rules {@link build} compiles for these grants, allowing rules first, inverted ones last. */
  rulesOf(grants: Grants): AppRawRule[] {
    const presets = this.compiled();
    const role = grants.role;
    if (role === RolePreset.Owner || role === RolePreset.Superadmin) {
      // Sets are not held by owners and superadmins; extras can add nothing the preset lacks but may restrict.
      return this.assemble(presets, role, [role === RolePreset.Owner ? presets.owner : presets.superadmin], grants);
    }
    if (role === RolePreset.Admin || role === RolePreset.Member || role === RolePreset.Client) {
      // A full set holds every action the admin preset holds, and the setOnly ones.
      const full = grants.permissionSet?.full === true;
      const fullSet = role === RolePreset.Client ? presets.clientFullSet : presets.fullSet;
      const base = full ? [fullSet] : role === RolePreset.Admin ? [presets.admin] : [];
      return this.assemble(presets, role, base, grants);
    }
    // contact, and any role this version does not know: nothing.
    return [];
  }

  private assemble(presets: CompiledPresets, role: RolePreset, base: readonly AppRawRule[][], grants: Grants): AppRawRule[] {
    const filter = presets.filters[role as keyof CompiledPresets['filters']];
    const allowing: AppRawRule[] = [];
    const inverted: AppRawRule[] = [];
    const granular = grants.permissionSet && !grants.permissionSet.full ? grants.permissionSet.rules : [];
    for (const source of [granular, grants.extraRules ?? []]) {
      for (const rule of source) {
        const raw = toRawRule(rule, filter);
        if (raw) (raw.inverted ? inverted : allowing).push(raw);
      }
    }
    const rules = [...base.flat(), ...allowing];
    const scoped = role === RolePreset.Client ? this.scopeToCompanies(presets, rules, grants.companyIds ?? []) : rules;
    return inverted.length ? [...scoped, ...inverted] : scoped;
  }

  private scopeToCompanies(presets: CompiledPresets, rules: AppRawRule[], companyIds: readonly string[]): AppRawRule[] {
    if (!presets.companyScoped.size) return rules;
    return rules.map((rule) =>
      presets.companyScoped.has(rule.subject as string)
        ? { ...rule, conditions: withCompanyScope(rule.conditions as Record<string, unknown> | undefined, companyIds) }
        : rule,
    );
  }

  private compiled(): CompiledPresets {
    this.presets ??= compilePresets(this.catalog.list());
    return this.presets;
  }
}

/**
 * A stored rule as a fresh raw rule (only action, subject, conditions, inverted: no `fields`, no
 * `reason`), or `null` when the role may not hold its action or the catalogue does not know it.
 */
function toRawRule(rule: PermissionRule, filter: PresetFilter): AppRawRule | null {
  if (!rule || typeof rule.action !== 'string' || typeof rule.subject !== 'string') return null;
  if (!filter(rule.subject, rule.action)) return null;
  const raw: AppRawRule = { action: rule.action, subject: rule.subject };
  if (rule.conditions !== undefined && rule.conditions !== null) {
    // A non-object would make CASL throw on the first check; such a rule grants nothing.
    if (!isPlainObject(rule.conditions)) return rule.inverted ? { ...raw, inverted: true } : null;
    raw.conditions = rule.conditions;
  }
  if (rule.inverted === true) raw.inverted = true;
  return raw;
}
