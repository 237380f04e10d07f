import { Injectable } from '@nestjs/common';
import { prepared, runPrepared } from '@tenant-iam/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApiKeyEntity } from './api-key.entity';

/** What a request's key resolves to. */
export interface ApiKeyLookup {
  id: string;
  tenantId: string;
  /** Null while live. */
  expiresAt: Date | null;
}

/** Every request with `X-Api-Key` runs it: parsed and planned once per connection. */
const BY_HASH = prepared('tenancy_api_key_by_hash', 'SELECT id, tenant_id, expires_at FROM api_keys WHERE key_hash = $1');

/** The only code on `api_keys`. */
@Injectable()
export class ApiKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(m: EntityManager, key: ApiKeyEntity): Promise<void> {
    await m.insert(ApiKeyEntity, key as QueryDeepPartialEntity<ApiKeyEntity>);
  }

  /**
   * Inserts `key` as the tenant's live key unless it already has one (the partial unique index
   * decides, so two first reads at once make one key). True when this one went in.
   */
  async insertLiveIfMissing(key: ApiKeyEntity, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO api_keys (id, tenant_id, key_hash, prefix, sealed_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id) WHERE expires_at IS NULL DO NOTHING
       RETURNING id`,
      [key.id, key.tenantId, key.keyHash, key.prefix, key.sealedKey, key.createdAt],
    );
    return rows.length > 0;
  }

  /** The tenant's live key, or null. */
  findLive(tenantId: string, m?: EntityManager): Promise<ApiKeyEntity | null> {
    return (m ?? this.dataSource.manager)
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.tenant_id = :tenantId AND k.expires_at IS NULL', { tenantId })
      .getOne();
  }

  /** Ends the live key's life at `expiresAt` (its grace), in the caller's transaction; its id, or null. */
  async expireLive(m: EntityManager, tenantId: string, expiresAt: Date): Promise<string | null> {
    const result: [{ id: string }[], number] = await m.query(
      'UPDATE api_keys SET expires_at = $2 WHERE tenant_id = $1 AND expires_at IS NULL RETURNING id',
      [tenantId, expiresAt],
    );
    return result[0]?.[0]?.id ?? null;
  }

  /** The key with this sha256, live or rotated out, or null. */
  async findByHash(keyHash: string): Promise<ApiKeyLookup | null> {
    const rows = await runPrepared<{ id: string; tenant_id: string; expires_at: Date | null }>(this.dataSource.manager, BY_HASH, [keyHash]);
    const row = rows[0];
    return row ? { id: row.id, tenantId: row.tenant_id, expiresAt: row.expires_at } : null;
  }

  /** Records a use (callers throttle it: at most once a minute per key). */
  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.query('UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)', [
      id,
      at,
    ]);
  }
}
