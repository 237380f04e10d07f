import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, MoreThan, Not } from 'typeorm';
import { UserStatus } from '../users/user.entity';
import { RefreshTokenEntity, SessionEntity } from './session.entity';

/** What the per-request session check needs, read in one query. */
export interface ActiveSessionRow {
  sessionId: string;
  userId: string;
  email: string;
  status: UserStatus;
}

/** The only code that reads or writes `sessions` and `refresh_tokens`. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /** Inserts a session and its first refresh token in one statement: atomic, one round trip on the login path. */
  async create(session: SessionEntity, refresh: RefreshTokenEntity, m?: EntityManager): Promise<void> {
    await this.manager(m).query(
      `WITH s AS (
         INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip)
         VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id)
       INSERT INTO refresh_tokens (id, session_id, token_hash, created_at) SELECT $7, s.id, $8, $3 FROM s`,
      [session.id, session.userId, session.createdAt, session.expiresAt, session.userAgent, session.ip, refresh.id, refresh.tokenHash],
    );
  }

  async findActive(sessionId: string, now: Date): Promise<ActiveSessionRow | null> {
    const rows: { session_id: string; user_id: string; email: string; status: UserStatus }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.user_id, u.email, u.status
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
      [sessionId, now],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, userId: row.user_id, email: row.email, status: row.status } : null;
  }

  findById(sessionId: string, m?: EntityManager): Promise<SessionEntity | null> {
    return this.manager(m).findOneBy(SessionEntity, { id: sessionId });
  }

  findRefreshToken(tokenHash: string, m?: EntityManager): Promise<RefreshTokenEntity | null> {
    return this.manager(m).findOneBy(RefreshTokenEntity, { tokenHash });
  }

  /** Marks a refresh token used; false when another request used it first. */
  async useRefreshToken(id: string, now: Date, m?: EntityManager): Promise<boolean> {
    const result = await this.manager(m)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  async addRefreshToken(refresh: RefreshTokenEntity, m?: EntityManager): Promise<void> {
    await this.manager(m).insert(RefreshTokenEntity, refresh);
  }

  async extend(sessionId: string, expiresAt: Date, now: Date, m?: EntityManager): Promise<void> {
    await this.manager(m).update(SessionEntity, { id: sessionId }, { expiresAt, lastSeenAt: now });
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
