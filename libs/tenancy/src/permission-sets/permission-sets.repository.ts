import { Injectable } from '@nestjs/common';
import type { PermissionRule } from '@tenant-iam/permissions';
import { DataSource, EntityManager } from 'typeorm';
// jsonb columns typed as objects trip TypeORM's deep-partial type; the row is complete.
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PermissionSetEntity } from './permission-set.entity';

/** The only code that reads or writes `permission_sets`. */
@Injectable()
export class PermissionSetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /** What an ability needs of a set, or null when the set is gone. */
  async grantOf(tenantId: string, id: string): Promise<{ full: boolean; rules: PermissionRule[]; version: number } | null> {
    const rows: { full_access: boolean; rules: PermissionRule[]; version: number }[] = await this.dataSource.query(
      'SELECT full_access, rules, version FROM permission_sets WHERE tenant_id = $1 AND id = $2',
      [tenantId, id],
    );
    return rows[0] ? { full: rows[0].full_access, rules: rows[0].rules, version: rows[0].version } : null;
  }

  findById(tenantId: string, id: string, m?: EntityManager): Promise<PermissionSetEntity | null> {
    return this.manager(m).findOneBy(PermissionSetEntity, { tenantId, id });
  }

  /** The tenant's built-in "Full access" set. */
  findBuiltin(tenantId: string, m?: EntityManager): Promise<PermissionSetEntity | null> {
    return this.manager(m).findOneBy(PermissionSetEntity, { tenantId, builtin: true });
  }

  async insert(set: PermissionSetEntity, m?: EntityManager): Promise<void> {
    await this.manager(m).insert(PermissionSetEntity, set as QueryDeepPartialEntity<PermissionSetEntity>);
  }
}
