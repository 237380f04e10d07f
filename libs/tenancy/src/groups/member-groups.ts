import { HttpStatus, Injectable } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';
import { ActivityLog } from '../activity/activity-log.service';
import type { TenantContext } from '../context/tenant-context';
import { GroupFieldCode as F } from './group-error-code';
import { GroupsRepository } from './groups.repository';

/** Ids as the database spells them (lower case), each once: `A…` and `a…` are one group. */
const normalized = (ids: string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))];

/** The membership whose groups change: its id, and its account (the entry shows in their log). */
export interface GroupMember {
  id: string;
  userId: string;
}

/**
 * The groups of a member, as `POST` and `PATCH /members` set them (`groupIds` replaces the set).
 * Runs inside the members service's transaction; the groups are held (`FOR KEY SHARE`) until it
 * ends, so none of them is deleted between the check and the link.
 */
@Injectable()
export class MemberGroups {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly activity: ActivityLog,
  ) {}

  /**
   * Checks that every id is a group of the tenant, holding them until the transaction ends.
   * Nothing to check when `groupIds` is undefined.
   * @throws `VALIDATION_FAILED` (422: `groupIds: UNKNOWN_GROUP`, params `{ ids }`: the unknown ones)
   */
  async check(tenantId: string, groupIds: string[] | undefined, m: EntityManager): Promise<void> {
    if (!groupIds?.length) return;
    const ids = normalized(groupIds);
    const known = new Set(await this.groups.holdGroups(tenantId, ids, m));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, [
        { field: 'groupIds', code: F.UnknownGroup, params: { ids: unknown } },
      ]);
    }
  }

  /**
   * Makes `groupIds` the member's groups (undefined: leaves them as they are) and records
   * `member.groups_changed` with what was added and removed, when anything was.
   * @throws `VALIDATION_FAILED` (422: `groupIds: UNKNOWN_GROUP`)
   */
  async set(
    scope: Pick<TenantContext, 'tenantId' | 'actor'>,
    member: GroupMember,
    groupIds: string[] | undefined,
    m: EntityManager,
  ): Promise<void> {
    if (groupIds === undefined) return;
    await this.check(scope.tenantId, groupIds, m);
    const { added, removed } = await this.groups.replaceMemberGroups(scope.tenantId, member.id, normalized(groupIds), m);
    if (added.length === 0 && removed.length === 0) return;
    await this.activity.record(m, {
      tenantId: scope.tenantId,
      actor: scope.actor,
      action: 'member.groups_changed',
      target: { type: 'member', id: member.id, userId: member.userId },
      data: { added, removed },
    });
  }
}
