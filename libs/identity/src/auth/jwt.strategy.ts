import { Clock, CodedException } from '@tenant-iam/common';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenClaims, AuthUser } from '../common/auth-user';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { SessionsRepository } from '../sessions/sessions.repository';
import { UserStatus } from '../users/user.entity';

export const JWT_STRATEGY = 'identity-jwt';

/**
 * Verifies the access JWT (HS256 only: the algorithm is pinned, so `none` or an RS/HS confusion
 * cannot pass) and then the session row, on every request: logout, revocation and a disabled
 * account act on the very next request, not when the JWT expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(IDENTITY_OPTIONS) options: ResolvedIdentityOptions,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject spares jsonwebtoken a failed public-key parse of the string on every request.
      secretOrKey: createSecretKey(Buffer.from(options.jwtSecret, 'utf8')) as unknown as string,
      algorithms: ['HS256'],
      // Expiry is checked below against the injectable clock, so tests can move time.
      ignoreExpiration: true,
    });
  }

  async validate(payload: AccessTokenClaims & { exp?: number }): Promise<AuthUser> {
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') {
      throw new CodedException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED');
    }
    const now = this.clock.now();
    if (payload.exp * 1000 <= now.getTime()) throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.AccessTokenExpired);
    const session = await this.sessions.findActive(payload.sid, now);
    if (!session || session.userId !== payload.sub) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.SessionRevoked);
    }
    if (session.status === UserStatus.Disabled) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.AccountDisabled);
    }
    return { userId: session.userId, sessionId: session.sessionId, email: session.email };
  }
}
