import { CodedException, hashToken } from '@tenant-iam/common';
import { HttpStatus, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { AttemptCounter } from './attempt-counter';

/**
 * Login throttling. Per client IP every attempt counts; per account only failures count, and a
 * success clears them, so a user who logs in often never trips it while a guesser does. Both
 * answer 429 with `Retry-After`.
 *
 * Why not only `@nestjs/throttler`: its storage can only increment-and-check, while an account
 * lock must be checked before the password is verified and incremented only after a failure.
 */
@Injectable()
export class LoginLimiter implements OnApplicationShutdown {
  constructor(
    private readonly counter: AttemptCounter,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {}

  /** Counts this attempt against the IP and refuses when the IP or the account is over its limit. */
  async before(email: string, ip: string | undefined): Promise<void> {
    if (ip) {
      const byIp = await this.counter.hit(`ip:${ip}`, this.options.loginWindow);
      if (byIp.count > this.options.loginMaxAttemptsPerIp) throw tooMany(byIp.retryAfterMs);
    }
    const byAccount = await this.counter.get(this.accountKey(email));
    if (byAccount.count >= this.options.loginMaxFailuresPerAccount) throw tooMany(byAccount.retryAfterMs);
  }

  async failed(email: string): Promise<void> {
    await this.counter.hit(this.accountKey(email), this.options.loginWindow);
  }

  async succeeded(email: string): Promise<void> {
    await this.counter.reset(this.accountKey(email));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.counter.close();
  }

  // Hashed so Redis keys do not hold email addresses.
  private accountKey(email: string): string {
    return `account:${hashToken(email)}`;
  }
}

function tooMany(retryAfterMs: number): CodedException {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new CodedException(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.TooManyAttempts, { retryAfter }, undefined, {
    'retry-after': String(retryAfter),
  });
}
