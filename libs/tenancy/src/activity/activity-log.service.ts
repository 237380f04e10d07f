import { Injectable } from '@nestjs/common';
import { Clock, CursorPage, CursorQuery, encodeCursor, isCursorTimestamp, parseCursor } from '@tenant-iam/common';
import { isUuid } from '../common/uuid';
import type { ActivityEntryResponse } from './dto/activity.response';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../context/actor';
import { ActivityEntryEntity } from './activity-entry.entity';
import type { ActivityAction, ActivityDataMap, ActivityTarget } from './activity.map';
import { ActivityRepository } from './activity.repository';

/** One entry to record; `data` is typed by the action. */
export interface ActivityRecord<A extends ActivityAction> {
  tenantId: string;
  actor: Actor;
  action: A;
  target?: ActivityTarget;
  data: ActivityDataMap[A];
}

/** The append-only activity log of each tenant. */
@Injectable()
export class ActivityLog {
  constructor(
    private readonly repository: ActivityRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Records an entry **in the caller's transaction** `m`: it commits with the action it records, or
   * not at all.
   */
  async record<A extends ActivityAction>(m: EntityManager, entry: ActivityRecord<A>): Promise<void> {
    await this.repository.insert(m, toRow(entry, this.clock.now()));
  }

  /**
   * A page of the tenant's log, newest first; with `userId`, only the entries by or about that
   * user (their log in this tenant). 400 `VALIDATION_FAILED` on `cursor` for a cursor it did not make.
   */
  async page(tenantId: string, query: CursorQuery, options: { userId?: string } = {}): Promise<CursorPage<ActivityEntryResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const before = parseCursor(query.cursor, isActivityKey);
    const rows = await this.repository.list(tenantId, limit + 1, {
      userId: options.userId,
      before: before && { at: new Date(before.at), id: before.id },
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toResponse),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at.toISOString(), id: last.id }) : null,
    };
  }
}

const DEFAULT_LIMIT = 20;

const isActivityKey = (value: Record<string, string | number>): value is { at: string; id: string } =>
  isCursorTimestamp(value.at) && isUuid(value.id);

function toResponse(row: ActivityEntryEntity): ActivityEntryResponse {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { type: row.actorType, id: row.actorId },
    action: row.action,
    target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
    data: row.data,
  };
}

function toRow<A extends ActivityAction>(entry: ActivityRecord<A>, at: Date): ActivityEntryEntity {
  const row = new ActivityEntryEntity();
  row.id = uuidv7();
  row.tenantId = entry.tenantId;
  row.at = at;
  row.actorType = entry.actor.type;
  row.actorId = entry.actor.type === 'user' ? entry.actor.userId : entry.actor.type === 'apiKey' ? entry.actor.apiKeyId : entry.actor.job;
  row.actorUserId = entry.actor.type === 'user' ? entry.actor.userId : null;
  row.action = entry.action;
  row.targetType = entry.target?.type ?? null;
  row.targetId = entry.target?.id ?? null;
  row.targetUserId = entry.target?.userId ?? null;
  row.data = entry.data as Record<string, unknown>;
  return row;
}
