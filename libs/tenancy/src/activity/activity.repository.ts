import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
// jsonb columns typed as objects trip TypeORM's deep-partial type; the row is complete.
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ActivityEntryEntity } from './activity-entry.entity';

/** The sort key of the log, newest first. */
export interface ActivityKey {
  at: Date;
  id: string;
}

/** The only code that reads or writes `activity_log`. Writes take the caller's transaction. */
@Injectable()
export class ActivityRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(m: EntityManager, entry: ActivityEntryEntity): Promise<void> {
    await m.insert(ActivityEntryEntity, entry as QueryDeepPartialEntity<ActivityEntryEntity>);
  }

  /**
   * One entry in every tenant `userId` is a member of, in one statement (for account events).
   * `ids` are the new rows' ids, at most one per membership; extra ones are ignored.
   */
  static async insertForUserTenants(
    m: EntityManager,
    userId: string,
    entry: { action: string; at: Date; data: Record<string, unknown> },
    newId: () => string,
  ): Promise<void> {
    const tenants: { tenant_id: string }[] = await m.query('SELECT tenant_id FROM memberships WHERE user_id = $1', [userId]);
    if (tenants.length === 0) return;
    await m.query(
      `INSERT INTO activity_log (id, tenant_id, at, actor_type, actor_id, actor_user_id, action, target_type, target_id, target_user_id, data)
       SELECT u.id, u.tenant_id, $3, 'user', $4::text, $4::uuid, $5, 'user', $4::text, $4::uuid, $6::jsonb
       FROM unnest($1::uuid[], $2::uuid[]) AS u(id, tenant_id)`,
      [tenants.map(() => newId()), tenants.map((t) => t.tenant_id), entry.at, userId, entry.action, JSON.stringify(entry.data)],
    );
  }

  /**
   * A page of a tenant's log, newest first, after `before` when given. With `userId`, only entries
   * by or about that user.
   */
  list(tenantId: string, limit: number, options: { userId?: string; before?: ActivityKey } = {}): Promise<ActivityEntryEntity[]> {
    const qb = this.dataSource.getRepository(ActivityEntryEntity).createQueryBuilder('a').where('a.tenant_id = :tenantId', { tenantId });
    if (options.userId) qb.andWhere('(a.target_user_id = :userId OR a.actor_user_id = :userId)', { userId: options.userId });
    if (options.before) qb.andWhere('(a.at, a.id) < (:at, :id)', { at: options.before.at, id: options.before.id });
    return qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }
}
