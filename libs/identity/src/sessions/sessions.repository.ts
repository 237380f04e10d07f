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
  findActive: prepared(
    'identity_session_active',
    `SELECT s.id AS session_id, s.user_id, u.email, u.status
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
  ),
  refreshContext: prepared(
    'identity_refresh_context',
    `SELECT r.id, r.session_id, r.used_at, s.user_id, s.revoked_at, s.created_at, s.expires_at, u.email, u.status
     FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.id = s.user_id
     WHERE r.token_hash = $1`,
  ),
  rotate: prepared(
    'identity_refresh_rotate',
    `WITH used AS (
       UPDATE refresh_tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL RETURNING session_id),
     next AS (
       INSERT INTO refresh_tokens (id, session_id, token_hash, created_at) SELECT $3, session_id, $4, $1 FROM used RETURNING session_id)
     UPDATE sessions SET expires_at = $5, last_seen_at = $1
      WHERE id IN (SELECT session_id FROM next) AND revoked_at IS NULL AND expires_at > $1 RETURNING id`,
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

  async findActive(sessionId: string, now: Date): Promise<ActiveSessionRow | null> {
    const rows = await runPrepared<{ session_id: string; user_id: string; email: string; status: UserStatus }>(
      this.dataSource.manager,
      SQL.findActive,
      [sessionId, now],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, userId: row.user_id, email: row.email, status: row.status } : null;
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
    };
  }

  /**
   * Uses a refresh token, inserts its successor and extends the session, in one statement: atomic
   * and one round trip. Of two concurrent rotations of one token, the second waits on the row lock,
   * then finds it used and gets `false`.
   */
  async rotate(usedTokenId: string, next: RefreshTokenEntity, expiresAt: Date, now: Date): Promise<boolean> {
    const rows = await runPrepared(this.dataSource.manager, SQL.rotate, [now, usedTokenId, next.id, next.tokenHash, expiresAt]);
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

  listActive(userId: string, now: Date): Promise<SessionEntity[]> {
    return this.dataSource.manager.find(SessionEntity, {
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { lastSeenAt: 'DESC' },
    });
  }
}
