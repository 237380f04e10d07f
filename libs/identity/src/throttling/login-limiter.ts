import { Clock, CodedException, hashToken } from '@tenant-iam/common';
import { HttpStatus, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { LimiterStore } from './limiter-store';

/** A password attempt that got past the limits; tell the limiter when the password was right. */
export interface PasswordAttempt {
  /** Forgets this source's failures and gives the reserved attempt back to the account's ceiling. */
  succeeded(): Promise<void>;
  /**
   * Gives the reserved attempt back without forgetting earlier failures: the password was never
   * checked (hashing unavailable), so the attempt is neither a failure nor a success.
   */
  abandoned(): Promise<void>;
}

/**
 * Limits password guessing, after the "login endpoint protection" recipe of `rate-limiter-flexible`.
 *
 * A login reserves its attempt before the password is verified, with one atomic `consume` per
 * counter, so N concurrent guesses cannot all pass a check made before any of them failed:
 * - per client address: every attempt counts (`loginMaxAttemptsPerIp`);
 * - per account and address: failures count (`loginMaxFailuresPerAccount`), and a success clears
 *   them, so a flood from one address locks that address out of the account, not the owner;
 * - per account over all addresses: failures count (`loginMaxFailuresPerAccountTotal`), against
 *   guessing spread over many addresses; a success gives back its own attempt only.
 *
 * Re-checks of the current password by a signed-in user (`/me/password`, `/me/email`) count per
 * user (`loginMaxFailuresPerAccount`). Every refusal is 429 `TOO_MANY_LOGIN_ATTEMPTS` with `Retry-After`.
 *
 * Windows are fixed, `loginWindow` long and aligned to the injected {@link Clock}: the window's
 * number is part of every key, so all replicas agree on when it ends and tests move it with the
 * clock. The price of fixed windows: up to twice a limit fits around a window boundary.
 */
@Injectable()
export class LoginLimiter implements OnApplicationShutdown {
  private readonly byIp: RateLimiterAbstract;
  private readonly byAccountAndIp: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;
  private readonly byUser: RateLimiterAbstract;

  constructor(
    private readonly store: LimiterStore,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {
    // A key outlives its window by less than one window; the window number in the key does the rest.
    const durationSec = Math.ceil(options.loginWindow / 1000);
    this.byIp = store.create({ keyPrefix: 'login:ip', points: options.loginMaxAttemptsPerIp, durationSec });
    this.byAccountAndIp = store.create({ keyPrefix: 'login:account-ip', points: options.loginMaxFailuresPerAccount, durationSec });
    this.byAccount = store.create({ keyPrefix: 'login:account', points: options.loginMaxFailuresPerAccountTotal, durationSec });
    this.byUser = store.create({ keyPrefix: 'recheck:user', points: options.loginMaxFailuresPerAccount, durationSec });
  }

  /**
   * Reserves one login attempt for `email` from `ip` (an attempt without an address is not counted
   * per address, and shares one pseudo-address per account).
   * @throws `TOO_MANY_LOGIN_ATTEMPTS` (429) when any of the three limits is reached.
   */
  async reserveLogin(email: string, ip: string | undefined): Promise<PasswordAttempt> {
    const window = this.window();
    // Hashed so Redis keys do not hold email addresses.
    const account = `${window.id}:${hashToken(email)}`;
    const accountAndIp = `${account}:${ip ?? '-'}`;
    if (ip) await this.consume(this.byIp, `${window.id}:${ip}`, window);
    await this.consume(this.byAccountAndIp, accountAndIp, window);
    try {
      await this.consume(this.byAccount, account, window);
    } catch (error) {
      // Refused before the verify: this attempt is no failure of this address.
      await this.byAccountAndIp.reward(accountAndIp, 1);
      throw error;
    }
    return {
      succeeded: async () => {
        await Promise.all([this.byAccountAndIp.delete(accountAndIp), this.byAccount.reward(account, 1)]);
      },
      abandoned: async () => {
        await Promise.all([this.byAccountAndIp.reward(accountAndIp, 1), this.byAccount.reward(account, 1)]);
      },
    };
  }

  /**
   * Reserves one check of a signed-in user's current password.
   * @throws `TOO_MANY_LOGIN_ATTEMPTS` (429) after `loginMaxFailuresPerAccount` failures in the window.
   */
  async reservePasswordCheck(userId: string): Promise<PasswordAttempt> {
    const window = this.window();
    const key = `${window.id}:${hashToken(userId)}`;
    await this.consume(this.byUser, key, window);
    return {
      succeeded: async () => {
        await this.byUser.delete(key);
      },
      abandoned: async () => {
        await this.byUser.reward(key, 1);
      },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }

  private window(): { id: number; endsAt: number; now: number } {
    const now = this.clock.now().getTime();
    const id = Math.floor(now / this.options.loginWindow);
    return { id, endsAt: (id + 1) * this.options.loginWindow, now };
  }

  private async consume(limiter: RateLimiterAbstract, key: string, window: { endsAt: number; now: number }): Promise<void> {
    try {
      await limiter.consume(key, 1);
    } catch (error) {
      // rate-limiter-flexible rejects with its result when over the limit, with an Error when the store failed.
      if (!(error instanceof RateLimiterRes)) throw error;
      // Over the limit the point was still added; a refused attempt reached no verify, so it must
      // not outlast the success that gives a reserved attempt back.
      await limiter.reward(key, 1);
      throw tooMany(window.endsAt - window.now);
    }
  }
}

function tooMany(retryAfterMs: number): CodedException {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new CodedException(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.TooManyAttempts, { retryAfter }, undefined, {
    'retry-after': String(retryAfter),
  });
}

/**
 * Runs a password check under a reserved attempt: if the check itself fails (503, hashing
 * unavailable), the attempt is given back, so a shutdown or an overload counts no failure.
 */
export async function verifiedWithin(attempt: PasswordAttempt, check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch (error) {
    await attempt.abandoned();
    throw error;
  }
}
