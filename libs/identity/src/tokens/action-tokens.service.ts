import { Clock, CodedException, generateToken, hashToken } from '@tenant-iam/common';
import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { IdentityErrorCode } from '../common/identity-error-code';
import { ActionTokenEntity, TokenPurpose } from './action-token.entity';
import { ActionTokensRepository } from './action-tokens.repository';

/** A freshly issued link token: `token` goes into the mail, never into the database. */
export interface IssuedToken {
  token: string;
  entity: ActionTokenEntity;
}

/** Issues and consumes single-use, purpose-bound link tokens. */
@Injectable()
export class ActionTokensService {
  constructor(
    private readonly tokens: ActionTokensRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Issues a token valid for `ttl` ms and revokes the user's older unused tokens of the same
   * purpose, so only the newest link works.
   */
  async issue(
    m: EntityManager,
    input: { purpose: TokenPurpose; userId: string; subject: string; ttl: number; payload?: Record<string, unknown> },
  ): Promise<IssuedToken> {
    const now = this.clock.now();
    await this.tokens.revokeOutstanding(input.userId, [input.purpose], now, m);
    const token = generateToken();
    const entity = Object.assign(new ActionTokenEntity(), {
      id: uuidv7(),
      purpose: input.purpose,
      tokenHash: hashToken(token),
      userId: input.userId,
      subject: input.subject,
      payload: input.payload ?? {},
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.ttl),
      usedAt: null,
      revokedAt: null,
    });
    await this.tokens.insert(entity, m);
    return { token, entity };
  }

  /**
   * Consumes a token for one of `purposes` inside the caller's transaction.
   * @throws CodedException `TOKEN_INVALID` (unknown, other purpose, revoked), `TOKEN_EXPIRED`, `TOKEN_USED`
   */
  async consume(m: EntityManager, token: string, purposes: TokenPurpose[]): Promise<ActionTokenEntity> {
    const tokenHash = hashToken(token);
    const consumed = await this.tokens.consume(tokenHash, purposes, this.clock.now(), m);
    if (consumed) return consumed;
    throw this.explain(await this.tokens.findByHash(tokenHash, m), purposes);
  }

  /**
   * Checks a token without using it, so a request that fails for another reason (a weak new
   * password) does not burn the link. The consume that follows is still the real check.
   */
  async peek(token: string, purposes: TokenPurpose[]): Promise<ActionTokenEntity> {
    const entity = await this.tokens.findByHash(hashToken(token));
    if (entity && purposes.includes(entity.purpose) && !entity.usedAt && !entity.revokedAt && entity.expiresAt > this.clock.now()) {
      return entity;
    }
    throw this.explain(entity, purposes);
  }

  /** Revokes a user's unused tokens of the given purposes. */
  revokeOutstanding(m: EntityManager, userId: string, purposes: TokenPurpose[]): Promise<void> {
    return this.tokens.revokeOutstanding(userId, purposes, this.clock.now(), m);
  }

  private explain(entity: ActionTokenEntity | null, purposes: TokenPurpose[]): CodedException {
    // A token of another purpose is reported as unknown: it must not reveal that it exists.
    if (!entity || !purposes.includes(entity.purpose) || entity.revokedAt) {
      return new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
    }
    if (entity.usedAt) return new CodedException(HttpStatus.GONE, IdentityErrorCode.TokenUsed);
    return new CodedException(HttpStatus.GONE, IdentityErrorCode.TokenExpired);
  }
}
