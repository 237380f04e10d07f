import { Clock, CodedException, generateToken, hashToken } from '@tenant-iam/common';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AccessTokenClaims, AuthUser, ClientInfo } from '../common/auth-user';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IdentityEvent, IdentityEvents } from '../identity.events';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { UserStatus } from '../users/user.entity';
import { SessionResponse, TokenPairResponse } from './dto/session.response';
import { RefreshTokenEntity, SessionEntity } from './session.entity';
import { REPLACED_REASON, SessionsRepository } from './sessions.repository';

/** Sessions: issue, rotate, revoke and list. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {}

  /** Opens a session for a user whose credentials were already checked. */
  async open(userId: string, client: ClientInfo, m?: EntityManager): Promise<TokenPairResponse> {
    const now = this.clock.now();
    const session = Object.assign(new SessionEntity(), {
      id: uuidv7(),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: this.expiryAfterUse(now, now),
      revokedAt: null,
      revokedReason: null,
      userAgent: client.userAgent ?? null,
      ip: client.ip ?? null,
    });
    const refreshToken = generateToken();
    await this.sessions.create(session, this.refreshEntity(session.id, refreshToken, now), m);
    return this.pair(userId, session.id, refreshToken, now);
  }

  /**
   * Rotates a refresh token. A token that was already used is a sign of theft: the whole session
   * (every token of its family) is revoked and the caller gets `REFRESH_TOKEN_REUSED`. Each
   * refresh extends the session by `refreshTokenTtl`, but never past `sessionMaxLifetime` after
   * login, nor past `sessionMaxRefreshes` refreshes: at that point the answer is `SESSION_EXPIRED`.
   * A session a newer login replaced (one session at a time) answers `SESSION_REPLACED`, whichever
   * of its tokens is presented: the client can tell its user why, and the session is already over.
   * @throws `REFRESH_TOKEN_INVALID`, `REFRESH_TOKEN_REUSED`, `SESSION_EXPIRED`, `SESSION_REPLACED` (all 401)
   */
  async refresh(refreshToken: string): Promise<TokenPairResponse> {
    const now = this.clock.now();
    const found = await this.sessions.findRefreshContext(hashToken(refreshToken));
    if (!found || found.status === UserStatus.Disabled) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.RefreshTokenInvalid);
    }
    if (found.sessionRevoked) {
      const replaced = found.sessionRevokedReason === REPLACED_REASON;
      throw new CodedException(
        HttpStatus.UNAUTHORIZED,
        replaced ? IdentityErrorCode.SessionReplaced : IdentityErrorCode.RefreshTokenInvalid,
      );
    }
    // Checked before the idle expiry, which the cap also sets: the client learns why, not just that.
    if (
      now.getTime() >= found.sessionCreatedAt.getTime() + this.options.sessionMaxLifetime ||
      found.refreshCount >= this.options.sessionMaxRefreshes
    ) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.SessionExpired);
    }
    if (found.sessionExpiresAt <= now) throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.RefreshTokenInvalid);
    const next = generateToken();
    const expiresAt = this.expiryAfterUse(found.sessionCreatedAt, now);
    const rotated =
      !found.used &&
      (await this.sessions.rotate(
        found.tokenId,
        this.refreshEntity(found.sessionId, next, now),
        expiresAt,
        now,
        this.options.sessionMaxRefreshes,
      ));
    if (!rotated) {
      const revoked = await this.sessions.revoke(found.sessionId, 'refresh_token_reused', now);
      if (!revoked && !found.used) {
        // An unused token whose session ended between the read and the rotation (a login replaced
        // it, say): not a reuse, just an ended session; tell the client which end it met.
        const ended = await this.sessions.findRefreshContext(hashToken(refreshToken));
        const replaced = ended?.sessionRevokedReason === REPLACED_REASON;
        throw new CodedException(
          HttpStatus.UNAUTHORIZED,
          replaced ? IdentityErrorCode.SessionReplaced : IdentityErrorCode.RefreshTokenInvalid,
        );
      }
      this.emit(IdentityEvents.RefreshTokenReused, { userId: found.userId, email: found.email, at: now, sessionId: found.sessionId });
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.RefreshTokenReused);
    }
    return this.pair(found.userId, found.sessionId, next, now);
  }

  async logout(user: AuthUser): Promise<void> {
    const now = this.clock.now();
    await this.sessions.revoke(user.sessionId, 'logout', now, user.userId);
    this.emit(IdentityEvents.Logout, { userId: user.userId, email: user.email, at: now, sessionId: user.sessionId });
  }

  async list(user: AuthUser): Promise<SessionResponse[]> {
    const sessions = await this.sessions.listActive(user.userId, this.clock.now());
    return sessions.map((s) => ({
      id: s.id,
      current: s.id === user.sessionId,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      userAgent: s.userAgent,
      ip: s.ip,
    }));
  }

  /** Revokes one of the caller's own sessions; another user's session answers 404 like a missing one. */
  async revokeOwn(user: AuthUser, sessionId: string): Promise<void> {
    const now = this.clock.now();
    const revoked = await this.sessions.revoke(sessionId, 'revoked_by_user', now, user.userId);
    if (!revoked) throw new CodedException(HttpStatus.NOT_FOUND, IdentityErrorCode.SessionNotFound);
    this.emit(IdentityEvents.SessionRevoked, { userId: user.userId, email: user.email, at: now, sessionId });
  }

  /** Revokes every session of a user but `exceptSessionId`. */
  revokeAll(userId: string, reason: string, exceptSessionId?: string, m?: EntityManager): Promise<number> {
    return this.sessions.revokeAllForUser(userId, reason, this.clock.now(), exceptSessionId, m);
  }

  /**
   * One session at a time: ends every live session of the user (reason `replaced`, so they answer
   * `SESSION_REPLACED`) inside the login's transaction `m`, which must already hold the user's row
   * lock so that concurrent logins run this one after another. Returns how many ended.
   */
  replaceLive(userId: string, m: EntityManager): Promise<number> {
    return this.sessions.replaceLive(userId, this.clock.now(), m);
  }

  /** The idle window from `now`, cut at the absolute lifetime counted from the session's creation. */
  private expiryAfterUse(createdAt: Date, now: Date): Date {
    return new Date(Math.min(now.getTime() + this.options.refreshTokenTtl, createdAt.getTime() + this.options.sessionMaxLifetime));
  }

  private refreshEntity(sessionId: string, token: string, now: Date): RefreshTokenEntity {
    return Object.assign(new RefreshTokenEntity(), {
      id: uuidv7(),
      sessionId,
      tokenHash: hashToken(token),
      createdAt: now,
      usedAt: null,
    });
  }

  private async pair(userId: string, sessionId: string, refreshToken: string, now: Date): Promise<TokenPairResponse> {
    const expiresIn = Math.floor(this.options.accessTokenTtl / 1000);
    const iat = Math.floor(now.getTime() / 1000);
    const claims: AccessTokenClaims & { iat: number; exp: number } = { sub: userId, sid: sessionId, iat, exp: iat + expiresIn };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn, tokenType: 'Bearer', sessionId };
  }

  private emit(name: string, event: IdentityEvent): void {
    this.events.emit(name, event);
  }
}
