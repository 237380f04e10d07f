import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MembershipEntity, MembershipRole } from '../memberships/membership.entity';
import { TenantEntity } from './tenant.entity';

/** What may change on a tenant row through {@link TenantsRepository.update}. */
export type TenantChanges = Partial<Pick<TenantEntity, 'name' | 'billingEmail' | 'plan' | 'settings' | 'settingsVersion' | 'updatedAt'>>;

/** One row of the operators' list: the tenant with its membership count. */
export interface OperatorTenantRow {
  tenant: TenantEntity;
  seatsUsed: number;
}

/** The sort key of the operators' list, newest first. */
export interface OperatorTenantKey {
  createdAt: Date;
  id: string;
}

/**
 * The only code that reads or writes `tenants`; also what the tenant as a whole needs of its
 * memberships (the seat count, the owner's row during a transfer).
 */
/** Seats in use: memberships plus pending invitations not yet expired (the member-add check counts the same). */
const SEATS_SQL = (tenant: string, now: string) =>
  `(SELECT count(*) FROM memberships m WHERE m.tenant_id = ${tenant}) +
   (SELECT count(*) FROM invitations i WHERE i.tenant_id = ${tenant} AND i.status = 'pending' AND i.expires_at > ${now})`;

@Injectable()
export class TenantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  async insert(tenant: TenantEntity, m: EntityManager): Promise<void> {
    await m.insert(TenantEntity, tenant as QueryDeepPartialEntity<TenantEntity>);
  }

  findById(id: string, m?: EntityManager): Promise<TenantEntity | null> {
    return this.manager(m).findOneBy(TenantEntity, { id });
  }

  /**
   * Locks the tenant's row until the transaction ends and returns it: what changes seats, the
   * owner or the settings runs one at a time per tenant. Null when the tenant is gone.
   * `FOR NO KEY UPDATE`, not `FOR UPDATE`: inserts that only reference the tenant (an activity entry,
   * a permission set) take a key-share lock on it, and must not queue behind this one; with
   * `FOR UPDATE` an add holding the tenant and a set delete holding the set deadlocked.
   */
  async lockForUpdate(id: string, m: EntityManager): Promise<TenantEntity | null> {
    return m.getRepository(TenantEntity).createQueryBuilder('t').setLock('for_no_key_update').where('t.id = :id', { id }).getOne();
  }

  /** Writes `changes` to the tenant's row (in the caller's transaction). */
  async update(id: string, changes: TenantChanges, m: EntityManager): Promise<void> {
    await m.update(TenantEntity, { id }, changes as QueryDeepPartialEntity<TenantEntity>);
  }

  /**
   * What a plan's seats count in the tenant at `now`: its memberships, every status and role, and
   * its pending invitations not past their expiry.
   */
  async countSeats(tenantId: string, now: Date, m?: EntityManager): Promise<number> {
    const rows: { n: number }[] = await this.manager(m).query(`SELECT (${SEATS_SQL('$1', '$2')})::int AS n`, [tenantId, now]);
    return rows[0]?.n ?? 0;
  }

  /** The membership of `userId` in `tenantId`, or null (read in the caller's transaction, under the tenant lock). */
  /**
   * The membership of `userId` in the tenant, locked until the transaction ends (`FOR NO KEY
   * UPDATE`, like a block or a removal takes it): a transfer never promotes a member that was
   * blocked or removed after it was read.
   */
  lockMembership(tenantId: string, userId: string, m: EntityManager): Promise<MembershipEntity | null> {
    return m
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('for_no_key_update')
      .where('m.tenant_id = :tenantId AND m.user_id = :userId', { tenantId, userId })
      .getOne();
  }

  /**
   * Moves ownership from the current owner's membership to `to`: the old owner becomes a
   * superadmin, `to` the owner without a permission set, and `tenants.owner_user_id` follows. The
   * demotion goes first: one owner per tenant is a partial unique index, checked per statement.
   * Call it under {@link lockForUpdate}.
   */
  async transferOwnership(tenantId: string, from: MembershipEntity, to: MembershipEntity, now: Date, m: EntityManager): Promise<void> {
    await m.update(MembershipEntity, { tenantId, id: from.id }, {
      role: MembershipRole.Superadmin,
      permissionSetId: null,
      updatedAt: now,
    } as QueryDeepPartialEntity<MembershipEntity>);
    await m.update(MembershipEntity, { tenantId, id: to.id }, {
      role: MembershipRole.Owner,
      permissionSetId: null,
      updatedAt: now,
    } as QueryDeepPartialEntity<MembershipEntity>);
    await m.update(TenantEntity, { id: tenantId }, { ownerUserId: to.userId, updatedAt: now });
  }

  /**
   * Every tenant, newest first, after `before` when given, with its seats in use at `now`; at most
   * `limit` rows. For the platform operators, never for a tenant route.
   */
  async listForOperators(limit: number, now: Date, before?: OperatorTenantKey): Promise<OperatorTenantRow[]> {
    const qb = this.dataSource
      .getRepository(TenantEntity)
      .createQueryBuilder('t')
      .addSelect(`(${SEATS_SQL('t.id', ':now')})::int`, 'seats_used')
      .setParameter('now', now);
    if (before) qb.where('(t.created_at, t.id) < (:at, :id)', { at: before.createdAt, id: before.id });
    const { entities, raw } = await qb.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').limit(limit).getRawAndEntities();
    const used = new Map((raw as { t_id: string; seats_used: number }[]).map((r) => [r.t_id, Number(r.seats_used)]));
    return entities.map((tenant) => ({ tenant, seatsUsed: used.get(tenant.id) ?? 0 }));
  }
}
