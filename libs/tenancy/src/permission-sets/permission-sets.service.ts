import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException, CursorPage, CursorQuery, encodeCursor, FieldError, parseCursor } from '@tenant-iam/common';
import { PermissionCatalog, PermissionRule } from '@tenant-iam/permissions';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import { isUuid } from '../common/uuid';
import type { TenantContext } from '../context/tenant-context';
import { TenancyErrorCode } from '../tenancy-error-code';
import { TenantsRepository } from '../tenants/tenants.repository';
import type { PermissionSetResponse } from './dto/permission-set.dto';
import { PermissionSetEntity } from './permission-set.entity';
import { RULES_WITH_FULL_ACCESS, PermissionSetErrorCode as E } from './permission-set-error-code';
import { PermissionSetKey, PermissionSetRow, PermissionSetsRepository } from './permission-sets.repository';

/** Most sets one tenant may have, the built-in one included. */
export const MAX_PERMISSION_SETS_PER_TENANT = 100;

const DEFAULT_LIMIT = 20;

/** Who acts in which tenant: all a permission-set change needs of the tenant context. */
export type PermissionSetScope = Pick<TenantContext, 'tenantId' | 'actor'>;

/** What a new set is made of. */
export interface PermissionSetInput {
  name: string;
  full?: boolean;
  rules?: PermissionRule[];
}

// The id goes into a uuid parameter: a forged cursor must fail here, not as a database error.
const isSetKey = (value: Record<string, string | number>): value is PermissionSetKey & Record<string, string> =>
  typeof value.name === 'string' && isUuid(value.id);

/**
 * A tenant's permission sets ("permission groups"): a name and either full access or CASL raw
 * rules over the permission catalogue. Every change bumps the set's version, so abilities
 * cached for it are rebuilt on the next request; every change is logged in its transaction.
 */
@Injectable()
export class PermissionSetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sets: PermissionSetsRepository,
    private readonly tenants: TenantsRepository,
    private readonly catalog: PermissionCatalog,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
  ) {}

  /** A page of the tenant's sets by name (case aside). @throws `VALIDATION_FAILED` on `cursor` for a foreign cursor. */
  async list(tenantId: string, query: CursorQuery): Promise<CursorPage<PermissionSetResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isSetKey);
    // One row more than asked tells whether a next page exists without a count.
    const rows = await this.sets.list(tenantId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1]?.set;
    return {
      items: items.map(toResponse),
      nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
    };
  }

  /** One set. @throws 404 `PERMISSION_SET_NOT_FOUND` for an unknown id, a non-UUID, or another tenant's set. */
  async get(tenantId: string, id: string): Promise<PermissionSetResponse> {
    const row = isUuid(id) ? await this.sets.findWithCount(tenantId, id) : null;
    if (!row) throw notFound();
    return toResponse(row);
  }

  /**
   * Creates a set. The tenant's row is locked while the sets are counted, so concurrent creations
   * never pass the limit together; the unique index, not a read, decides whether the name is free.
   *
   * @throws 422 `PERMISSION_RULES_INVALID` (one field error per broken rule; `rules: RULES_WITH_FULL_ACCESS` with `full`),
   *   409 `PERMISSION_SET_LIMIT_REACHED`, 409 `PERMISSION_SET_NAME_TAKEN`.
   */
  async create(scope: PermissionSetScope, input: PermissionSetInput): Promise<PermissionSetResponse> {
    const full = input.full === true;
    const rules = this.checkedRules(full, input.rules);
    const now = this.clock.now();
    const set = Object.assign(new PermissionSetEntity(), {
      id: uuidv7(),
      tenantId: scope.tenantId,
      name: input.name.trim(),
      builtin: false,
      fullAccess: full,
      rules,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.transaction(async (m) => {
      // Sets are counted under the tenant's row lock: concurrent creations queue here.
      const tenant = await this.tenants.lockForUpdate(scope.tenantId, m);
      if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
      if ((await this.sets.countForTenant(scope.tenantId, m)) >= MAX_PERMISSION_SETS_PER_TENANT) {
        throw new CodedException(HttpStatus.CONFLICT, E.LimitReached, { limit: MAX_PERMISSION_SETS_PER_TENANT });
      }
      await refusals(() => this.sets.insert(set, m));
      await this.record(m, scope, 'permission_set.created', set);
    });
    return toResponse({ set, membersCount: 0 });
  }

  /**
   * Changes a set's name, access or rules. `full: true` clears the rules; rules given for a set
   * that stays full answer `rules: RULES_WITH_FULL_ACCESS`. The version bump makes the next request of
   * every member holding the set use the new rules.
   *
   * @throws 404 `PERMISSION_SET_NOT_FOUND`, 409 `PERMISSION_SET_BUILTIN`, 422 `PERMISSION_RULES_INVALID`,
   *   409 `PERMISSION_SET_NAME_TAKEN`.
   */
  async update(scope: PermissionSetScope, id: string, input: Partial<PermissionSetInput>): Promise<PermissionSetResponse> {
    if (!isUuid(id)) throw notFound();
    const row = await this.dataSource.transaction(async (m) => {
      const current = await this.sets.lockById(scope.tenantId, id, m);
      if (!current) throw notFound();
      if (current.builtin) throw new CodedException(HttpStatus.CONFLICT, E.Builtin);
      const full = input.full ?? current.fullAccess;
      const rules = full ? this.checkedRules(true, input.rules) : input.rules ? this.checkedRules(false, input.rules) : current.rules;
      const updated = await refusals(() =>
        this.sets.update(scope.tenantId, id, { name: input.name?.trim() ?? current.name, fullAccess: full, rules }, this.clock.now(), m),
      );
      await this.record(m, scope, 'permission_set.updated', updated);
      return { set: updated, membersCount: await this.sets.countMembers(scope.tenantId, id, m) };
    });
    return toResponse(row);
  }

  /**
   * Deletes a set nobody holds. The set's row is locked first, so no member can be given it
   * between the count and the delete; the memberships' foreign key backs that up.
   *
   * @throws 404 `PERMISSION_SET_NOT_FOUND`, 409 `PERMISSION_SET_BUILTIN`, 409 `PERMISSION_SET_IN_USE` (`{ members }`).
   */
  async delete(scope: PermissionSetScope, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound();
    try {
      await this.dataSource.transaction(async (m) => {
        const current = await this.sets.lockById(scope.tenantId, id, m);
        if (!current) throw notFound();
        if (current.builtin) throw new CodedException(HttpStatus.CONFLICT, E.Builtin);
        const members = await this.sets.countMembers(scope.tenantId, id, m);
        if (members > 0) throw inUse(members);
        await this.sets.delete(scope.tenantId, id, m);
        await this.record(m, scope, 'permission_set.deleted', current);
      });
    } catch (error) {
      if (PermissionSetsRepository.refusedBy(error) !== 'inUse') throw error;
      // The key refused it: someone was given the set after all. Count again, outside the rolled-back transaction.
      throw inUse(Math.max(1, await this.sets.countMembers(scope.tenantId, id)));
    }
  }

  /** The rules to store: checked against the catalogue, reduced to the fields a rule has. */
  private checkedRules(full: boolean, rules: PermissionRule[] | undefined): PermissionRule[] {
    if (full) {
      if (rules?.length) throw rulesInvalid([{ field: 'rules', code: RULES_WITH_FULL_ACCESS }]);
      return [];
    }
    const list = rules ?? [];
    const errors = this.catalog.validateRules(list);
    if (errors.length) throw rulesInvalid(errors);
    return list.map(storedRule);
  }

  private record(
    m: EntityManager,
    scope: PermissionSetScope,
    action: 'permission_set.created' | 'permission_set.updated' | 'permission_set.deleted',
    set: PermissionSetEntity,
  ): Promise<void> {
    return this.activity.record(m, {
      tenantId: scope.tenantId,
      actor: scope.actor,
      action,
      target: { type: 'permissionSet', id: set.id },
      data: { name: set.name },
    });
  }
}

const notFound = () => new CodedException(HttpStatus.NOT_FOUND, E.NotFound);
const inUse = (members: number) => new CodedException(HttpStatus.CONFLICT, E.InUse, { members });
const rulesInvalid = (errors: FieldError[]) => new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, E.RulesInvalid, undefined, errors);

/** Runs a write, answering the name index's refusal as 409 `PERMISSION_SET_NAME_TAKEN`. */
async function refusals<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (PermissionSetsRepository.refusedBy(error) === 'name') throw new CodedException(HttpStatus.CONFLICT, E.NameTaken);
    throw error;
  }
}

/** A plain rule (DTO instances carry their class): action, subject, and conditions/inverted when set. */
function storedRule(rule: PermissionRule): PermissionRule {
  return {
    action: rule.action,
    subject: rule.subject,
    ...(rule.conditions !== undefined && rule.conditions !== null ? { conditions: rule.conditions } : {}),
    ...(rule.inverted ? { inverted: true } : {}),
  };
}

function toResponse({ set, membersCount }: PermissionSetRow): PermissionSetResponse {
  return {
    id: set.id,
    name: set.name,
    builtin: set.builtin,
    full: set.fullAccess,
    rules: set.rules,
    membersCount,
    createdAt: set.createdAt.toISOString(),
    updatedAt: set.updatedAt.toISOString(),
  };
}
