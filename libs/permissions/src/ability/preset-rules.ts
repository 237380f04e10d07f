import type { RawRuleOf } from '@casl/ability';
import type { CatalogAction, CatalogSubject } from '../catalog/catalog.types';
import type { AppAbility } from './ability.factory';

/** Whether a role may hold `action` on `subject` (catalogued, and its flags allow the role). */
export type PresetFilter = (subject: string, action: string) => boolean;

/** The per-role rule lists, computed once from the catalogue. */
export interface CompiledPresets {
  /** Every catalogued action. */
  owner: RawRuleOf<AppAbility>[];
  /** Every action but `ownerOnly`. */
  superadmin: RawRuleOf<AppAbility>[];
  /** Every action without a flag. */
  admin: RawRuleOf<AppAbility>[];
  /** A `full` set: every unflagged and `setOnly` action. */
  fullSet: RawRuleOf<AppAbility>[];
  /** A client's `full` set: the same without `staffOnly` subjects. */
  clientFullSet: RawRuleOf<AppAbility>[];
  /** Which stored or extra rules each role may keep (a client never keeps rules on `staffOnly` subjects). */
  filters: Record<'owner' | 'superadmin' | 'admin' | 'member' | 'client', PresetFilter>;
  /** Subjects whose rows belong to client companies. */
  companyScoped: ReadonlySet<string>;
}

/** One frozen rule per subject, listing the subject's actions that pass `keep`. */
function rulesWhere(subjects: readonly CatalogSubject[], keep: (action: CatalogAction) => boolean): RawRuleOf<AppAbility>[] {
  const rules: RawRuleOf<AppAbility>[] = [];
  for (const entry of subjects) {
    const actions = entry.actions.filter(keep).map((action) => action.action);
    if (actions.length) rules.push(Object.freeze({ action: actions, subject: entry.subject }));
  }
  return rules;
}

const grantable = (action: CatalogAction) => !action.ownerOnly && !action.superadminOnly;

/** Precomputes what every role starts from, so building an ability costs a few array copies. */
export function compilePresets(subjects: readonly CatalogSubject[]): CompiledPresets {
  const actions = new Map<string, Map<string, CatalogAction>>();
  for (const entry of subjects) actions.set(entry.subject, new Map(entry.actions.map((action) => [action.action, action])));
  const find = (subject: string, action: string) => actions.get(subject)?.get(action);
  const setFilter: PresetFilter = (subject, action) => {
    const found = find(subject, action);
    return !!found && grantable(found);
  };
  const staffOnly = new Set(subjects.filter((entry) => entry.staffOnly).map((entry) => entry.subject));
  return {
    owner: rulesWhere(subjects, () => true),
    superadmin: rulesWhere(subjects, (action) => !action.ownerOnly),
    admin: rulesWhere(subjects, (action) => grantable(action) && !action.setOnly),
    fullSet: rulesWhere(subjects, grantable),
    clientFullSet: rulesWhere(
      subjects.filter((entry) => !entry.staffOnly),
      grantable,
    ),
    filters: {
      owner: (subject, action) => !!find(subject, action),
      superadmin: (subject, action) => {
        const found = find(subject, action);
        return !!found && !found.ownerOnly;
      },
      admin: setFilter,
      member: setFilter,
      // A client's set, even a full one, never reaches the tenant's staff data.
      client: (subject, action) => setFilter(subject, action) && !staffOnly.has(subject),
    },
    companyScoped: new Set(subjects.filter((entry) => entry.companyScoped).map((entry) => entry.subject)),
  };
}
