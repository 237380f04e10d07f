import { CodedException, ManualClock } from '@tenant-iam/common';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DEFAULT_IDENTITY_OPTIONS, ResolvedIdentityOptions } from '../identity.options';
import { LimiterSpec, MemoryLimiterStore } from './limiter-store';
import { LoginLimiter } from './login-limiter';
import { rejection } from '../../../../test/support/coded';

const WINDOW = 15 * 60_000;
const OPTIONS = {
  ...DEFAULT_IDENTITY_OPTIONS,
  loginMaxAttemptsPerIp: 3,
  loginMaxFailuresPerAccount: 2,
  loginMaxFailuresPerAccountTotal: 5,
  loginWindow: WINDOW,
} as ResolvedIdentityOptions;
const EMAIL = 'ala@example.com';
const IP = '203.0.113.7';
const ip = (n: number) => `198.51.100.${n}`;

/** The memory store, keeping every limiter it builds so a test can look at the keys. */
class RecordingStore extends MemoryLimiterStore {
  readonly limiters: RateLimiterAbstract[] = [];
  override create(spec: LimiterSpec): RateLimiterAbstract {
    const limiter = super.create(spec);
    this.limiters.push(limiter);
    return limiter;
  }
}

describe('LoginLimiter', () => {
  let clock: ManualClock;
  let store: RecordingStore;
  let limiter: LoginLimiter;

  const build = (options: Partial<ResolvedIdentityOptions> = {}) => {
    store = new RecordingStore();
    limiter = new LoginLimiter(store, clock, { ...OPTIONS, ...options });
  };
  /** One wrong password: reserved, never reported as a success. */
  const fail = (email: string, from: string | undefined) => limiter.reserveLogin(email, from);

  beforeEach(() => {
    // The start of a window: the first refusal says the whole window.
    clock = new ManualClock(new Date('2025-01-01T00:00:00.000Z'));
    build();
  });

  describe('per client address', () => {
    it('counts every attempt, whatever the account or outcome, and refuses the one over the limit', async () => {
      await (await limiter.reserveLogin('a@example.com', IP)).succeeded();
      await fail('b@example.com', IP);
      await fail('c@example.com', IP);

      const error = await rejection(limiter.reserveLogin('d@example.com', IP));
      expect(error.getStatus()).toBe(429);
      expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(error.params).toEqual({ retryAfter: 900 });
      expect(error.headers).toEqual({ 'retry-after': '900' });
    });

    it('answers with the seconds left in the window, rounded up, and at least 1 s', async () => {
      for (let i = 0; i < 3; i++) await fail(`u${i}@example.com`, IP);
      clock.advance(WINDOW - 10_500);
      expect((await rejection(limiter.reserveLogin(EMAIL, IP))).headers).toEqual({ 'retry-after': '11' });
      clock.advance(10_499);
      const last = await rejection(limiter.reserveLogin(EMAIL, IP));
      expect(last.headers).toEqual({ 'retry-after': '1' });
      expect(last.params).toEqual({ retryAfter: 1 });
    });

    it('lets the address in again once the window has passed', async () => {
      for (let i = 0; i < 3; i++) await fail(`u${i}@example.com`, IP);
      await rejection(limiter.reserveLogin(EMAIL, IP));
      clock.advance(WINDOW);
      await expect(limiter.reserveLogin(EMAIL, IP)).resolves.toBeDefined();
    });

    it('keeps addresses apart and does not count an attempt without an address', async () => {
      for (let i = 0; i < 3; i++) await fail(`u${i}@example.com`, IP);
      await expect(limiter.reserveLogin(EMAIL, ip(1))).resolves.toBeDefined();
      for (let i = 0; i < 10; i++) await (await limiter.reserveLogin(`n${i}@example.com`, undefined)).succeeded();
    });
  });

  describe('per account and address', () => {
    beforeEach(() => build({ loginMaxAttemptsPerIp: 100 }));

    it('locks the account for the guessing address only: the owner still gets in from another', async () => {
      await fail(EMAIL, IP);
      await fail(EMAIL, IP);
      clock.advance(60_000);
      const error = await rejection(limiter.reserveLogin(EMAIL, IP));
      expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(error.headers).toEqual({ 'retry-after': String((WINDOW - 60_000) / 1000) });

      const owner = await limiter.reserveLogin(EMAIL, ip(1));
      await owner.succeeded();
      await expect(rejection(limiter.reserveLogin(EMAIL, IP))).resolves.toBeInstanceOf(CodedException);
    });

    it('reserves atomically: of many concurrent guesses only the limit get through', async () => {
      const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => limiter.reserveLogin(EMAIL, IP)));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
      const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused).toHaveLength(28);
      for (const { reason } of refused) expect(reason).toMatchObject({ code: 'TOO_MANY_LOGIN_ATTEMPTS' });
    });

    it('is cleared by a success from that address', async () => {
      await fail(EMAIL, IP);
      await (await limiter.reserveLogin(EMAIL, IP)).succeeded();
      await fail(EMAIL, IP);
      await expect(limiter.reserveLogin(EMAIL, IP)).resolves.toBeDefined();
      await rejection(limiter.reserveLogin(EMAIL, IP));
    });

    it('unlocks when the window has passed', async () => {
      await fail(EMAIL, IP);
      await fail(EMAIL, IP);
      clock.advance(WINDOW);
      await expect(limiter.reserveLogin(EMAIL, IP)).resolves.toBeDefined();
    });

    it('keeps accounts apart', async () => {
      await fail(EMAIL, IP);
      await fail(EMAIL, IP);
      await expect(limiter.reserveLogin('ola@example.com', IP)).resolves.toBeDefined();
    });
  });

  describe('per account over all addresses', () => {
    beforeEach(() => build({ loginMaxAttemptsPerIp: 100 }));

    it('trips once failures spread over many addresses reach the ceiling, for every address', async () => {
      for (let n = 1; n <= 5; n++) await fail(EMAIL, ip(n));
      const error = await rejection(limiter.reserveLogin(EMAIL, ip(6)));
      expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(error.headers).toEqual({ 'retry-after': '900' });
      await rejection(limiter.reserveLogin(EMAIL, ip(1)));
      await expect(limiter.reserveLogin('ola@example.com', ip(6))).resolves.toBeDefined();
      clock.advance(WINDOW);
      await expect(limiter.reserveLogin(EMAIL, ip(6))).resolves.toBeDefined();
    });

    it('a success gives back its own attempt, not the failures of other addresses', async () => {
      for (let n = 1; n <= 4; n++) await fail(EMAIL, ip(n));
      await (await limiter.reserveLogin(EMAIL, IP)).succeeded();
      await fail(EMAIL, ip(5));
      await rejection(limiter.reserveLogin(EMAIL, ip(6)));
    });

    it('an attempt refused by the ceiling does not count against its address', async () => {
      for (let n = 1; n <= 4; n++) await fail(EMAIL, ip(n));
      const pending = await limiter.reserveLogin(EMAIL, ip(5));
      await rejection(limiter.reserveLogin(EMAIL, IP));
      await rejection(limiter.reserveLogin(EMAIL, IP));
      await pending.succeeded();
      // Two refusals would have used up IP's own limit of 2 had they counted.
      await expect(limiter.reserveLogin(EMAIL, IP)).resolves.toBeDefined();
    });
  });

  describe('re-checks of the current password', () => {
    it('refuses after N failures per user, is cleared by a success, and leaves login alone', async () => {
      const user = '0192f0a4-0000-7000-8000-000000000001';
      await limiter.reservePasswordCheck(user);
      await (await limiter.reservePasswordCheck(user)).succeeded();
      await limiter.reservePasswordCheck(user);
      await limiter.reservePasswordCheck(user);
      const error = await rejection(limiter.reservePasswordCheck(user));
      expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(error.headers).toEqual({ 'retry-after': '900' });
      await expect(limiter.reservePasswordCheck('0192f0a4-0000-7000-8000-000000000002')).resolves.toBeDefined();
      await expect(limiter.reserveLogin(EMAIL, IP)).resolves.toBeDefined();
      clock.advance(WINDOW);
      await expect(limiter.reservePasswordCheck(user)).resolves.toBeDefined();
    });
  });

  it('never puts the email in clear into a counter key', async () => {
    const keys: string[] = [];
    for (const l of store.limiters) {
      for (const method of ['consume', 'reward', 'delete'] as const) {
        const original = l[method].bind(l) as (key: string | number, ...rest: unknown[]) => Promise<unknown>;
        jest.spyOn(l, method).mockImplementation(((key: string | number, ...rest: unknown[]) => {
          keys.push(String(key));
          return original(key, ...rest);
        }) as never);
      }
    }
    await (await limiter.reserveLogin(EMAIL, IP)).succeeded();
    expect(keys.length).toBeGreaterThanOrEqual(5);
    for (const key of keys) {
      expect(key).not.toContain('ala');
      expect(key).not.toContain('example.com');
    }
    expect(keys.some((key) => key.endsWith(`:${IP}`))).toBe(true);
  });

  it('closes the store on shutdown', async () => {
    const close = jest.spyOn(store, 'close');
    await limiter.onApplicationShutdown();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
