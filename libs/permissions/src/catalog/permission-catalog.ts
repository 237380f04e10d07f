import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { FieldError } from '@tenant-iam/common';
import { PermissionsErrorCode } from '../permissions-error-code';
import type { CatalogAction, CatalogSubject, Labels, PermissionRule } from './catalog.types';
import { PERMISSION_NAME_MAX } from './dto/permission-rule.dto';
import { PermissionCatalogResponse } from './dto/permission-catalog.response';
import { PermissionsFeature } from './permissions-feature';
import { invalidConditionField, isPlainObject } from './rule-conditions';

/** A catalogued subject with its actions by name. */
interface IndexedSubject {
  subject: CatalogSubject;
  actions: Map<string, CatalogAction>;
}

const LABEL_LOCALES = ['en', 'pl', 'uk'] as const;

const validName = (name: unknown): name is string =>
  typeof name === 'string' && name.length > 0 && name.length <= PERMISSION_NAME_MAX && name.trim() === name;

const validLabels = (label: unknown): label is Labels =>
  isPlainObject(label) && LABEL_LOCALES.every((locale) => typeof label[locale] === 'string' && label[locale] !== '');

function freezeSubject(entry: CatalogSubject): CatalogSubject {
  return Object.freeze({
    ...entry,
    label: Object.freeze({ ...entry.label }),
    actions: Object.freeze(entry.actions.map((action) => Object.freeze({ ...action, label: Object.freeze({ ...action.label }) }))),
    ...(entry.conditionFields ? { conditionFields: Object.freeze([...entry.conditionFields]) } : {}),
  }) as CatalogSubject;
}

/**
 * Merges the contributions of every `forFeature` call, refusing wiring mistakes: a subject
 * registered twice, an action listed twice, contradictory flags, missing labels. Each would
 * otherwise surface as a permission silently granted or silently missing.
 *
 * @throws Error listing every problem found.
 */
export function indexCatalog(contributions: readonly (readonly CatalogSubject[])[]): Map<string, IndexedSubject> {
  const index = new Map<string, IndexedSubject>();
  const problems: string[] = [];
  for (const subjects of contributions) {
    for (const entry of subjects) {
      const name = entry?.subject;
      if (!validName(name)) {
        problems.push(
          `subject name ${JSON.stringify(name)} must be a non-empty trimmed string of at most ${PERMISSION_NAME_MAX} characters`,
        );
        continue;
      }
      if (index.has(name)) {
        problems.push(`subject "${name}" is registered twice (check the forFeature calls)`);
        continue;
      }
      if (!validLabels(entry.label)) problems.push(`subject "${name}" needs a label in en, pl and uk`);
      if (!Array.isArray(entry.actions)) {
        problems.push(`subject "${name}" has no actions array`);
        continue;
      }
      if (entry.conditionFields !== undefined && !(Array.isArray(entry.conditionFields) && entry.conditionFields.every(validName))) {
        problems.push(`subject "${name}": conditionFields must be an array of field names`);
      }
      if (entry.staffOnly && entry.companyScoped) problems.push(`subject "${name}" is both staffOnly and companyScoped: choose one`);
      const actions = new Map<string, CatalogAction>();
      for (const action of entry.actions) {
        const actionName = action?.action;
        if (!validName(actionName)) {
          problems.push(
            `subject "${name}": action name ${JSON.stringify(actionName)} must be a non-empty trimmed string of at most ${PERMISSION_NAME_MAX} characters`,
          );
          continue;
        }
        const where = `action "${actionName}" of subject "${name}"`;
        if (actions.has(actionName)) problems.push(`${where} is listed twice`);
        if (action.ownerOnly && action.superadminOnly) problems.push(`${where} is both ownerOnly and superadminOnly: choose one`);
        if (action.setOnly && (action.ownerOnly || action.superadminOnly)) {
          problems.push(`${where} is setOnly, but no set may grant an ownerOnly or superadminOnly action`);
        }
        if (!validLabels(action.label)) problems.push(`${where} needs a label in en, pl and uk`);
        actions.set(actionName, action);
      }
      const frozen = freezeSubject(entry);
      index.set(name, { subject: frozen, actions: new Map(frozen.actions.map((action) => [action.action, action])) });
    }
  }
  if (problems.length) throw new Error(`PermissionsModule: invalid permission catalogue: ${problems.join('; ')}`);
  return index;
}

/**
 * Every subject and action registered with `PermissionsModule.forFeature`, collected at boot.
 * Immutable once loaded: abilities compiled from it stay valid for the life of the process.
 */
@Injectable()
export class PermissionCatalog implements OnModuleInit {
  private index?: Map<string, IndexedSubject>;
  private subjects?: CatalogSubject[];

  constructor(@Optional() private readonly discovery?: DiscoveryService) {}

  /**
   * A catalogue of the given subjects, outside Nest (tests, scripts, benchmarks).
   * @throws Error as the boot would, on a broken catalogue.
   */
  static fromSubjects(subjects: readonly CatalogSubject[]): PermissionCatalog {
    const catalog = new PermissionCatalog();
    catalog.load([subjects]);
    return catalog;
  }

  onModuleInit(): void {
    this.loaded();
  }

  /** Every subject, in registration order. */
  list(): CatalogSubject[] {
    return [...this.loadedSubjects()];
  }

  /** The subject of that name, or `undefined`. */
  subject(name: string): CatalogSubject | undefined {
    return this.loaded().get(name)?.subject;
  }

  /** The action of that subject, or `undefined` when either is not catalogued. */
  action(subject: string, action: string): CatalogAction | undefined {
    return this.loaded().get(subject)?.actions.get(action);
  }

  /** One entry per broken rule: `rules.<i>.subject: UNKNOWN_SUBJECT`, `rules.<i>.action: UNKNOWN_ACTION | NOT_GRANTABLE`, `rules.<i>.conditions: INVALID_CONDITIONS`. */
  validateRules(rules: PermissionRule[]): FieldError[] {
    const errors: FieldError[] = [];
    rules.forEach((rule, i) => {
      const subjectName = rule?.subject;
      const entry = typeof subjectName === 'string' ? this.loaded().get(subjectName) : undefined;
      if (!entry) {
        errors.push({ field: `rules.${i}.subject`, code: PermissionsErrorCode.UnknownSubject, params: { subject: String(subjectName) } });
        return;
      }
      const action = typeof rule.action === 'string' ? entry.actions.get(rule.action) : undefined;
      const params = { subject: subjectName, action: String(rule.action) };
      if (!action) errors.push({ field: `rules.${i}.action`, code: PermissionsErrorCode.UnknownAction, params });
      else if (action.ownerOnly || action.superadminOnly)
        errors.push({ field: `rules.${i}.action`, code: PermissionsErrorCode.NotGrantable, params });
      // null, like undefined, means no conditions (the DTO lets both through, the factory reads both so).
      if (rule.conditions !== undefined && rule.conditions !== null) {
        const field = invalidConditionField(rule.conditions, entry.subject.conditionFields ?? []);
        if (field !== undefined) {
          errors.push({
            field: `rules.${i}.conditions`,
            code: PermissionsErrorCode.InvalidConditions,
            ...(field ? { params: { field } } : {}),
          });
        }
      }
    });
    return errors;
  }

  /** The catalogue as `GET /tenants/:tenantId/permissions/catalog` answers it: every flag spelled out. */
  toResponse(): PermissionCatalogResponse {
    return {
      items: this.loadedSubjects().map((entry) => ({
        subject: entry.subject,
        label: { en: entry.label.en, pl: entry.label.pl, uk: entry.label.uk },
        companyScoped: entry.companyScoped === true,
        staffOnly: entry.staffOnly === true,
        conditionFields: [...(entry.conditionFields ?? [])],
        actions: entry.actions.map((action) => ({
          action: action.action,
          label: { en: action.label.en, pl: action.label.pl, uk: action.label.uk },
          ownerOnly: action.ownerOnly === true,
          superadminOnly: action.superadminOnly === true,
          setOnly: action.setOnly === true,
        })),
      })),
    };
  }

  private load(contributions: readonly (readonly CatalogSubject[])[]): void {
    const index = indexCatalog(contributions);
    this.index = index;
    this.subjects = [...index.values()].map((entry) => entry.subject);
  }

  private loadedSubjects(): CatalogSubject[] {
    this.loaded();
    return this.subjects!;
  }

  // Lazy, so the order of the providers' onModuleInit does not matter: whoever asks first loads.
  private loaded(): Map<string, IndexedSubject> {
    if (!this.index) {
      const features = (this.discovery?.getProviders() ?? [])
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is PermissionsFeature => instance instanceof PermissionsFeature);
      this.load([...new Set(features)].map((feature) => feature.subjects));
    }
    return this.index!;
  }
}
