import { Injectable } from '@nestjs/common';
import { Clock } from '@tenant-iam/common';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../context/actor';
import { ActivityEntryEntity } from './activity-entry.entity';
import type { ActivityAction, ActivityDataMap, ActivityTarget } from './activity.map';
import { ActivityKey, ActivityRepository } from './activity.repository';

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

  /** A page of the tenant's log (or of one user's entries in it), newest first. */
  list(tenantId: string, limit: number, options: { userId?: string; before?: ActivityKey } = {}): Promise<ActivityEntryEntity[]> {
    return this.repository.list(tenantId, limit, options);
  }
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
