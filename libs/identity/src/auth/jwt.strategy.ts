import { Clock, CodedException } from '@tenant-iam/common';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenClaims, AuthUser } from '../common/auth-user';
import { ACCESS_TOKEN_ALGORITHM } from './access-token-keys';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { SessionsRepository } from '../sessions/sessions.repository';
import { UserStatus } from '../users/user.entity';

export const JWT_STRATEGY = 'identity-jwt';

/**
 * Verifies the access JWT (ES256 only, with a public key chosen by `kid` from the key set: the
 * algorithm is pinned, so `none` or an HS/ES confusion cannot pass; `iss` and `aud` must be this
 * deployment's) and then the session row, on every request: logout, revocation and a disabled
 * account act on the very next request, not when the JWT expires. A session a newer login replaced
 * (one session at a time) answers `SESSION_REPLACED` rather than `SESSION_REVOKED`.
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
      secretOrKeyProvider: (_request: unknown, rawJwt: string, done: (error: Error | null, key?: string) => void) => {
        const key = options.accessTokenKeys.verificationKey(kidOf(rawJwt));
        // An unknown kid fails like a bad signature: 401, with nothing said about which keys exist.
        // A KeyObject, not a PEM: jsonwebtoken would parse a string key on every request.
        done(key ? null : new Error('unknown kid'), key as unknown as string);
      },
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      // Pinned like the algorithm: a token minted for another deployment or product that trusts
      // the same keys (or with no iss / aud) fails like a bad signature, before expiry is looked at.
      issuer: options.accessTokenIssuer,
      audience: options.accessTokenAudience,
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
    // One prepared query by primary key; an ended session's reason tells a replaced one apart.
    const checked = await this.sessions.check(payload.sid, now);
    if (checked.state === 'replaced' && checked.userId === payload.sub) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.SessionReplaced);
    }
    if (checked.state !== 'active' || checked.session.userId !== payload.sub) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.SessionRevoked);
    }
    const session = checked.session;
    if (session.status === UserStatus.Disabled) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.AccountDisabled);
    }
    return { userId: session.userId, sessionId: session.sessionId, email: session.email };
  }
}

/** The `kid` of a compact JWS header, or undefined when the header does not parse. */
function kidOf(rawJwt: string): unknown {
  try {
    const header = JSON.parse(Buffer.from(rawJwt.slice(0, rawJwt.indexOf('.')), 'base64url').toString('utf8')) as { kid?: unknown };
    return header?.kid;
  } catch {
    return undefined;
  }
}
