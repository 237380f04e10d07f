import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, CursorPage, CursorQuery, encodeCursor, FieldError, parseCursor } from '@tenant-iam/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import type { ActivityDataMap } from '../activity/activity.map';
import { isUuid } from '../common/uuid';
import type { TenantContext } from '../context/tenant-context';
import type { GroupResponse } from './dto/group.dto';
import { GroupErrorCode as E, GroupFieldCode as F } from './group-error-code';
import { GroupEntity, GroupKind } from './group.entity';
import { GroupKey, GroupRow, GroupsRepository } from './groups.repository';

/** Deepest a group may sit: a top-level group is level 1. The `groups_tree_guard` trigger holds the same bound. */
export const MAX_GROUP_DEPTH = 10;

/** Most groups (positions and user groups together) one tenant may have. */
export const MAX_GROUPS_PER_TENANT = 500;

const DEFAULT_LIMIT = 20;

/** Who acts in which tenant: all a group change needs of the tenant context. */
export type GroupScope = Pick<TenantContext, 'tenantId' | 'actor'>;

/** What a new group is made of. */
export interface GroupInput {
  name: string;
  kind?: GroupKind;
  /** Absent or null: a top-level group. */
  parentGroupId?: string | null;
}

// The id goes into a uuid parameter: a forged cursor must fail here, not as a database error.
const isGroupKey = (value: Record<string, string | number>): value is GroupKey & Record<string, string> =>
  typeof value.name === 'string' && isUuid(value.id);

const notFound = () => new CodedException(HttpStatus.NOT_FOUND, E.NotFound);
const parentError = (code: F, params?: Record<string, unknown>) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, [
    { field: 'parentGroupId', code, ...(params ? { params } : {}) } satisfies FieldError,
  ]);
const tooDeep = () => parentError(F.GroupTooDeep, { max: MAX_GROUP_DEPTH });
const notEmpty = (row: Pick<GroupRow, 'childrenCount' | 'membersCount'>) =>
  new CodedException(HttpStatus.CONFLICT, E.NotEmpty, { groups: row.childrenCount, members: row.membersCount });

/**
 * A tenant's positions and user groups, nested. Every creation, move and deletion takes the
 * tenant's tree lock first, so the checks below (the parent exists, no cycle, the depth, the
 * count) read a tree nobody else is changing; the database's trigger takes the same lock and
 * refuses a cycle or a too-deep chain even from a write that bypasses this service.
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupsRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
  ) {}

  /** A page of the tenant's groups by name (case aside). @throws `VALIDATION_FAILED` (400) on `cursor` for a foreign cursor. */
  async list(tenantId: string, query: CursorQuery): Promise<CursorPage<GroupResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isGroupKey);
    // One row more than asked tells whether a next page exists without a count.
    const rows = await this.groups.list(tenantId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1]?.group;
    return {
      items: items.map(toResponse),
      nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
    };
  }

  /** One group. @throws `GROUP_NOT_FOUND` (404) for an unknown id, a non-UUID, or another tenant's group. */
  async get(tenantId: string, id: string): Promise<GroupResponse> {
    const row = isUuid(id) ? await this.groups.findWithCounts(tenantId, id) : null;
    if (!row) throw notFound();
    return toResponse(row);
  }

  /**
   * Creates a group, at the top level or under a parent of the tenant.
   * @throws `GROUP_LIMIT_REACHED`, `GROUP_NAME_TAKEN` (409); `VALIDATION_FAILED` (422: `parentGroupId: UNKNOWN_GROUP | GROUP_TOO_DEEP`)
   */
  async create(scope: GroupScope, input: GroupInput): Promise<GroupResponse> {
    const now = this.clock.now();
    const group = Object.assign(new GroupEntity(), {
      id: uuidv7(),
      tenantId: scope.tenantId,
      name: input.name.trim(),
      kind: input.kind ?? 'group',
      parentGroupId: input.parentGroupId?.toLowerCase() ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.transaction(async (m) => {
      await this.groups.lockTree(scope.tenantId, m);
      if ((await this.groups.countInTenant(scope.tenantId, m)) >= MAX_GROUPS_PER_TENANT) {
        throw new CodedException(HttpStatus.CONFLICT, E.LimitReached, { limit: MAX_GROUPS_PER_TENANT });
      }
      if (group.parentGroupId) {
        const chain = await this.groups.ancestorsOf(scope.tenantId, group.parentGroupId, MAX_GROUP_DEPTH + 1, m);
        if (chain.length === 0) throw parentError(F.UnknownGroup);
        if (chain.length + 1 > MAX_GROUP_DEPTH) throw tooDeep();
      }
      await refusals(() => this.groups.insert(group, m), 'write');
      await this.record(m, scope, 'group.created', group, { name: group.name, kind: group.kind, parentGroupId: group.parentGroupId });
    });
    return toResponse({ group, childrenCount: 0, membersCount: 0 });
  }

  /**
   * Renames a group, changes its kind, or moves it with its subgroups (`parentGroupId`; `null`: to
   * the top level). A move never puts a group under itself or one of its subgroups, nor any of
   * its subgroups deeper than {@link MAX_GROUP_DEPTH}.
   * @throws `GROUP_NOT_FOUND` (404); `GROUP_NAME_TAKEN` (409);
   *   `VALIDATION_FAILED` (422: `parentGroupId: UNKNOWN_GROUP | GROUP_CYCLE | GROUP_TOO_DEEP`)
   */
  async update(scope: GroupScope, groupId: string, input: Partial<GroupInput>): Promise<GroupResponse> {
    if (!isUuid(groupId)) throw notFound();
    // Ids are compared with what the database returns (lower case); a path may spell them in capitals.
    const id = groupId.toLowerCase();
    const row = await this.dataSource.transaction(async (m) => {
      const moving = input.parentGroupId !== undefined;
      // The tree lock comes before the row lock, in every path that takes both: no deadlock.
      if (moving) await this.groups.lockTree(scope.tenantId, m);
      const current = await this.groups.lockById(scope.tenantId, id, 'noKeyUpdate', m);
      if (!current) throw notFound();
      const parentGroupId = moving ? (input.parentGroupId?.toLowerCase() ?? null) : current.parentGroupId;
      if (parentGroupId !== current.parentGroupId && parentGroupId !== null) {
        const chain = await this.groups.ancestorsOf(scope.tenantId, parentGroupId, MAX_GROUP_DEPTH + 1, m);
        if (chain.length === 0) throw parentError(F.UnknownGroup);
        if (chain.includes(id)) throw parentError(F.GroupCycle);
        const below = await this.groups.heightBelow(scope.tenantId, id, MAX_GROUP_DEPTH, m);
        if (chain.length + 1 + below > MAX_GROUP_DEPTH) throw tooDeep();
      }
      const next = { name: input.name?.trim() ?? current.name, kind: input.kind ?? current.kind, parentGroupId };
      const changed = (['name', 'kind', 'parentGroupId'] as const).filter((field) => next[field] !== current[field]);
      if (changed.length === 0) return (await this.groups.findWithCounts(scope.tenantId, id, m))!;
      const updated = await refusals(() => this.groups.update(scope.tenantId, id, next, this.clock.now(), m), 'write');
      await this.record(m, scope, 'group.updated', updated, {
        name: updated.name,
        changed: [...changed],
        ...(changed.includes('parentGroupId') ? { fromParentGroupId: current.parentGroupId, toParentGroupId: parentGroupId } : {}),
      });
      return (await this.groups.findWithCounts(scope.tenantId, id, m))!;
    });
    return toResponse(row);
  }

  /**
   * Deletes a group without subgroups or members. The tree lock keeps subgroups from being added
   * under it meanwhile; the row lock (`FOR UPDATE`) waits for members being linked to it and keeps
   * new links out, so the counts taken under both stay true until the delete commits. The keys back
   * that up.
   * @throws `GROUP_NOT_FOUND` (404); `GROUP_NOT_EMPTY` (409, `{ groups, members }`)
   */
  async delete(scope: GroupScope, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound();
    await this.dataSource.transaction(async (m) => {
      await this.groups.lockTree(scope.tenantId, m);
      const current = await this.groups.lockById(scope.tenantId, id, 'update', m);
      if (!current) throw notFound();
      const counted = (await this.groups.findWithCounts(scope.tenantId, id, m))!;
      if (counted.childrenCount > 0 || counted.membersCount > 0) throw notEmpty(counted);
      await refusals(() => this.groups.delete(scope.tenantId, id, m), 'delete');
      await this.record(m, scope, 'group.deleted', current, { name: current.name });
    });
  }

  private record<A extends 'group.created' | 'group.updated' | 'group.deleted'>(
    m: EntityManager,
    scope: GroupScope,
    action: A,
    group: GroupEntity,
    data: ActivityDataMap[A],
  ): Promise<void> {
    return this.activity.record(m, { tenantId: scope.tenantId, actor: scope.actor, action, target: { type: 'group', id: group.id }, data });
  }
}

/**
 * Runs a write, answering the database's refusals: the sibling-name index as 409
 * `GROUP_NAME_TAKEN`, the tree trigger as 422 `parentGroupId` field errors, and a key as a missing
 * parent (a write) or a group still in use (a delete). The service's own checks come first; these
 * only answer what slipped past them.
 */
async function refusals<T>(write: () => Promise<T>, kind: 'write' | 'delete'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    switch (GroupsRepository.refusedBy(error)) {
      case 'name':
        throw new CodedException(HttpStatus.CONFLICT, E.NameTaken);
      case 'cycle':
        throw parentError(F.GroupCycle);
      case 'depth':
        throw tooDeep();
      case 'parentKey':
        throw kind === 'write' ? parentError(F.UnknownGroup) : notEmpty({ childrenCount: 1, membersCount: 0 });
      case 'memberKey':
        if (kind === 'delete') throw notEmpty({ childrenCount: 0, membersCount: 1 });
        throw error;
      default:
        throw error;
    }
  }
}

function toResponse({ group, childrenCount, membersCount }: GroupRow): GroupResponse {
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    parentGroupId: group.parentGroupId,
    childrenCount,
    membersCount,
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
  };
}
