import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { hydrate } from '../common/hydrate';
import { ActionTokenEntity, TokenPurpose } from './action-token.entity';

/** The only code that reads or writes `action_tokens`. */
@Injectable()
export class ActionTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  async insert(token: ActionTokenEntity, m?: EntityManager): Promise<void> {
    await this.manager(m).insert(ActionTokenEntity, token as QueryDeepPartialEntity<ActionTokenEntity>);
  }

  findByHash(tokenHash: string, m?: EntityManager): Promise<ActionTokenEntity | null> {
    return this.manager(m).findOneBy(ActionTokenEntity, { tokenHash });
  }

  /** Revokes the user's unused tokens of these purposes, so only the newest link works. */
  async revokeOutstanding(userId: string, purposes: TokenPurpose[], now: Date, m?: EntityManager): Promise<void> {
    await this.manager(m).update(
      ActionTokenEntity,
      { userId, purpose: In(purposes), usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: now },
    );
  }

  /**
   * Single use, enforced by one conditional UPDATE: of two concurrent requests with the same token
   * exactly one gets the row back. Expiry is checked here, at use time, against the injected clock.
   */
  async consume(tokenHash: string, purposes: TokenPurpose[], now: Date, m?: EntityManager): Promise<ActionTokenEntity | null> {
    const manager = this.manager(m);
    const rows: Record<string, unknown>[] = await manager.query(
      `UPDATE action_tokens SET used_at = $2
       WHERE token_hash = $1 AND purpose = ANY($3) AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
       RETURNING *`,
      [tokenHash, now, purposes],
    );
    // TypeORM returns [rows, count] for UPDATE ... RETURNING on postgres.
    const row = Array.isArray(rows[0]) ? (rows[0] as Record<string, unknown>[])[0] : rows[0];
    return row ? hydrate(manager, ActionTokenEntity, row) : null;
  }
}
