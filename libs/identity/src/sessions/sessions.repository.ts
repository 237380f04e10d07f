import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, MoreThan, Not } from 'typeorm';
import { prepared, runPrepared } from '@tenant-iam/common';
import { UserStatus } from '../users/user.entity';
import { RefreshTokenEntity, SessionEntity } from './session.entity';

/** What the per-request session check needs, read in one query. */
export interface ActiveSessionRow {
  sessionId: string;
  userId: string;
  email: string;
  status: UserStatus;
}

/** Why a request's session is gone or not: {@link SessionsRepository.check}. */
export type SessionCheck =
  | { state: 'active'; session: ActiveSessionRow }
  /** Ended by a newer login of its user (one session at a time): the client should say so. */
  | { state: 'replaced'; userId: string }
  /** Revoked for another reason, expired, or unknown. */
  | { state: 'ended'; userId: string | null };

/** The `revoked_reason` of a session ended by a newer login under one session at a time. */
export const REPLACED_REASON = 'replaced';

/** What a refresh needs to decide, read in one query. */
export interface RefreshContext {
  tokenId: string;
  used: boolean;
  sessionId: string;
  userId: string;
  email: string;
  status: UserStatus;
  sessionRevoked: boolean;
  sessionCreatedAt: Date;
  sessionExpiresAt: Date;
  /** Why the session was revoked, when it was (`replaced`, `logout`, ...). */
  sessionRevokedReason: string | null;
  /** Refreshes the session made so far. */
  refreshCount: number;
}

/** The statements of login, refresh and the per-request session check: prepared, they run on every request. */
const SQL = {
  create: prepared(
    'identity_session_create',
    `WITH s AS (
       INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id)
     INSERT INTO refresh_tokens (id, session_id, token_hash, created_at) SELECT $7, s.id, $8, $3 FROM s`,
  ),
  // One row by primary key, live or not: an ended session's reason tells `SESSION_REPLACED` from
  // `SESSION_REVOKED` without a second query.
  check: prepared(
    'identity_session_check',
    `SELECT s.id AS session_id, s.user_id, u.email, u.status,
            (s.revoked_at IS NULL AND s.expires_at > $2) AS active, s.revoked_reason
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1`,
  ),
  refreshContext: prepared(
    'identity_refresh_context_v2',
    `SELECT r.id, r.session_id, r.used_at, s.user_id, s.revoked_at, s.revoked_reason, s.created_at, s.expires_at, s.refresh_count,
            u.email, u.status
     FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.id = s.user_id
     WHERE r.token_hash = $1`,
  ),
  // Sweeps: each statement takes at most $2 rows, skipping rows another transaction holds.
  sweepDeadTokens: `DELETE FROM refresh_tokens WHERE ctid = ANY(ARRAY(
       SELECT r.ctid FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id
        WHERE s.revoked_at < $1 OR s.expires_at < $1
        LIMIT $2 FOR UPDATE OF r SKIP LOCKED))`,
  sweepDeadSessions: `DELETE FROM sessions WHERE id = ANY(ARRAY(
       SELECT id FROM sessions WHERE revoked_at < $1 OR expires_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED))`,
  rotate: prepared(
    'identity_refresh_rotate_v2',
    `WITH used AS (
       UPDATE refresh_tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL RETURNING session_id),
     next AS (
       INSERT INTO refresh_tokens (id, session_id, token_hash, created_at) SELECT $3, session_id, $4, $1 FROM used RETURNING session_id)
     UPDATE sessions SET expires_at = $5, last_seen_at = $1, refresh_count = refresh_count + 1
      WHERE id IN (SELECT session_id FROM next) AND revoked_at IS NULL AND expires_at > $1 AND refresh_count < $6 RETURNING id`,
  ),
};

/** The only code that reads or writes `sessions` and `refresh_tokens`. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /** Inserts a session and its first refresh token in one statement: atomic, one round trip on the login path. */
  async create(session: SessionEntity, refresh: RefreshTokenEntity, m?: EntityManager): Promise<void> {
    await runPrepared(this.manager(m), SQL.create, [
      session.id,
      session.userId,
      session.createdAt,
      session.expiresAt,
      session.userAgent,
      session.ip,
      refresh.id,
      refresh.tokenHash,
    ]);
  }

  /** The per-request check of a session: active (with its user), replaced by a newer login, or ended. One query. */
  async check(sessionId: string, now: Date): Promise<SessionCheck> {
    const rows = await runPrepared<{
      session_id: string;
      user_id: string;
      email: string;
      status: UserStatus;
      active: boolean;
      revoked_reason: string | null;
    }>(this.dataSource.manager, SQL.check, [sessionId, now]);
    const row = rows[0];
    if (!row) return { state: 'ended', userId: null };
    if (row.active) {
      return { state: 'active', session: { sessionId: row.session_id, userId: row.user_id, email: row.email, status: row.status } };
    }
    return row.revoked_reason === REPLACED_REASON ? { state: 'replaced', userId: row.user_id } : { state: 'ended', userId: row.user_id };
  }

  /** A refresh token with its session and the session's user, in one read. */
  async findRefreshContext(tokenHash: string): Promise<RefreshContext | null> {
    const rows = await runPrepared<Record<string, any>>(this.dataSource.manager, SQL.refreshContext, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    return {
      tokenId: row.id,
      used: row.used_at !== null,
      sessionId: row.session_id,
      userId: row.user_id,
      email: row.email,
      status: row.status,
      sessionRevoked: row.revoked_at !== null,
      sessionCreatedAt: new Date(row.created_at),
      sessionExpiresAt: new Date(row.expires_at),
      sessionRevokedReason: row.revoked_reason ?? null,
      refreshCount: Number(row.refresh_count),
    };
  }

  /**
   * Uses a refresh token, inserts its successor and extends the session, in one statement: atomic
   * and one round trip. Of two concurrent rotations of one token, the second waits on the row lock,
   * then finds it used and gets `false`. A session at `maxRefreshes` is not extended either.
   */
  async rotate(usedTokenId: string, next: RefreshTokenEntity, expiresAt: Date, now: Date, maxRefreshes: number): Promise<boolean> {
    const rows = await runPrepared(this.dataSource.manager, SQL.rotate, [
      now,
      usedTokenId,
      next.id,
      next.tokenHash,
      expiresAt,
      maxRefreshes,
    ]);
    return rows.length === 1;
  }

  /** Revokes one session; false when it was not active (or not the user's). */
  async revoke(sessionId: string, reason: string, now: Date, userId?: string, m?: EntityManager): Promise<boolean> {
    const result = await this.manager(m).update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull(), ...(userId ? { userId } : {}) },
      { revokedAt: now, revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Revokes every active session of a user, except `exceptSessionId`; returns how many. */
  async revokeAllForUser(userId: string, reason: string, now: Date, exceptSessionId?: string, m?: EntityManager): Promise<number> {
    const result = await this.manager(m).update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: now, revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  /**
   * Ends every live session of a user with reason `replaced` (one session at a time), inside the
   * login's transaction `m`, which holds the user's row lock; returns how many.
   */
  async replaceLive(userId: string, now: Date, m: EntityManager): Promise<number> {
    const result = await m.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      { revokedAt: now, revokedReason: REPLACED_REASON },
    );
    return result.affected ?? 0;
  }

  /**
   * Deletes up to `limit` refresh tokens of sessions that ended (revoked, or idle/absolute expiry)
   * before `endedBefore`; returns how many. Run before {@link deleteDeadSessions}, so the
   * cascade of a session delete finds (almost) nothing left and each statement stays short.
   */
  async deleteTokensOfDeadSessions(endedBefore: Date, limit: number): Promise<number> {
    return affected(await this.dataSource.query(SQL.sweepDeadTokens, [endedBefore, limit]));
  }

  /** Deletes up to `limit` sessions that ended before `endedBefore` (with what tokens remain); returns how many. */
  async deleteDeadSessions(endedBefore: Date, limit: number): Promise<number> {
    return affected(await this.dataSource.query(SQL.sweepDeadSessions, [endedBefore, limit]));
  }

  listActive(userId: string, now: Date): Promise<SessionEntity[]> {
    return this.dataSource.manager.find(SessionEntity, {
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { lastSeenAt: 'DESC' },
    });
  }
}

/** Rows a `DELETE`/`UPDATE` without `RETURNING` touched: TypeORM's postgres driver answers `[rows, count]`. */
function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
