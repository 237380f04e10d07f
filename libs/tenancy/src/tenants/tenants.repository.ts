import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TenantEntity } from './tenant.entity';

/** The only code that reads or writes `tenants`. */
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
   */
  async lockForUpdate(id: string, m: EntityManager): Promise<TenantEntity | null> {
    return m.getRepository(TenantEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id }).getOne();
  }
}
