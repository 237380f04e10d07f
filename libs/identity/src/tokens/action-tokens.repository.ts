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
    // The payload goes with the link: a sign-up's password hash must not outlive it.
    await this.manager(m).update(
      ActionTokenEntity,
      { userId, purpose: In(purposes), usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: now, payload: {} },
    );
  }

  /**
   * Single use, enforced by one conditional UPDATE: of two concurrent requests with the same token
   * exactly one gets the row back. Expiry is checked here, at use time, against the injected clock.
   * The stored payload is cleared by the same statement (a sign-up's password hash must not outlive
   * its link) and handed back to the caller from the row as it was.
   */
  async consume(tokenHash: string, purposes: TokenPurpose[], now: Date, m?: EntityManager): Promise<ActionTokenEntity | null> {
    const manager = this.manager(m);
    const rows: Record<string, unknown>[] = await manager.query(
      `UPDATE action_tokens t SET used_at = $2, payload = '{}'::jsonb
         FROM action_tokens before
        WHERE before.id = t.id
          AND t.token_hash = $1 AND t.purpose = ANY($3) AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > $2
       RETURNING t.*, before.payload AS payload_before`,
      [tokenHash, now, purposes],
    );
    // TypeORM returns [rows, count] for UPDATE ... RETURNING on postgres.
    const row = Array.isArray(rows[0]) ? (rows[0] as Record<string, unknown>[])[0] : rows[0];
    if (!row) return null;
    const { payload_before: payload, ...rest } = row;
    return hydrate(manager, ActionTokenEntity, { ...rest, payload });
  }

  /**
   * Sweep: clears the payload of up to `limit` links that expired by `now` and still carry one;
   * returns how many. Used and revoked links lost theirs already.
   */
  async clearExpiredPayloads(now: Date, limit: number): Promise<number> {
    return affected(
      await this.dataSource.query(
        `UPDATE action_tokens SET payload = '{}'::jsonb WHERE id = ANY(ARRAY(
           SELECT id FROM action_tokens WHERE expires_at <= $1 AND payload <> '{}'::jsonb LIMIT $2 FOR UPDATE SKIP LOCKED))`,
        [now, limit],
      ),
    );
  }

  /** Sweep: deletes up to `limit` links that expired before `expiredBefore`, used or not; returns how many. */
  async deleteExpired(expiredBefore: Date, limit: number): Promise<number> {
    return affected(
      await this.dataSource.query(
        `DELETE FROM action_tokens WHERE id = ANY(ARRAY(
           SELECT id FROM action_tokens WHERE expires_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED))`,
        [expiredBefore, limit],
      ),
    );
  }
}

/** Rows an `UPDATE`/`DELETE` without `RETURNING` touched: TypeORM's postgres driver answers `[rows, count]`. */
function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
