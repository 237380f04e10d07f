import { CodedException, ManualClock } from '@tenant-iam/common';
import { DEFAULT_IDENTITY_OPTIONS, ResolvedIdentityOptions } from '../identity.options';
import { MemoryAttemptCounter } from './attempt-counter';
import { LoginLimiter } from './login-limiter';
import { rejection } from '../../../../test/support/coded';

const WINDOW = 15 * 60_000;
const OPTIONS: ResolvedIdentityOptions = {
  ...DEFAULT_IDENTITY_OPTIONS,
  jwtSecret: 'x'.repeat(32),
  loginMaxAttemptsPerIp: 3,
  loginMaxFailuresPerAccount: 2,
  loginWindow: WINDOW,
};
const EMAIL = 'ala@example.com';
const IP = '203.0.113.7';

describe('LoginLimiter', () => {
  let clock: ManualClock;
  let counter: MemoryAttemptCounter;
  let limiter: LoginLimiter;

  beforeEach(() => {
    clock = new ManualClock(new Date('2025-01-01T00:00:00.000Z'));
    counter = new MemoryAttemptCounter(clock);
    limiter = new LoginLimiter(counter, OPTIONS);
  });

  describe('per IP', () => {
    it('counts every attempt, whatever the account or outcome, and refuses the one over the limit', async () => {
      await limiter.before('a@example.com', IP);
      await limiter.succeeded('a@example.com');
      await limiter.before('b@example.com', IP);
      await limiter.before('c@example.com', IP);

      const error = await rejection(limiter.before('d@example.com', IP));
      expect(error.getStatus()).toBe(429);
      expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(error.params).toEqual({ retryAfter: 900 });
      expect(error.headers).toEqual({ 'retry-after': '900' });
    });

    it('answers with the seconds left in the window, rounded up', async () => {
      for (let i = 0; i < 3; i++) await limiter.before(EMAIL, IP);
      clock.advance(WINDOW - 10_500);
      const error = await rejection(limiter.before(EMAIL, IP));
      expect(error.headers).toEqual({ 'retry-after': '11' });
    });

    it('says at least 1 s, even with a millisecond left', async () => {
      for (let i = 0; i < 3; i++) await limiter.before(EMAIL, IP);
      clock.advance(WINDOW - 1);
      const error = await rejection(limiter.before(EMAIL, IP));
      expect(error.headers?.['retry-after']).toBe('1');
      expect(error.params?.retryAfter).toBe(1);
    });

    it('lets the IP in again once the window has passed', async () => {
      for (let i = 0; i < 3; i++) await limiter.before(EMAIL, IP);
      await rejection(limiter.before(EMAIL, IP));
      clock.advance(WINDOW);
      await expect(limiter.before(EMAIL, IP)).resolves.toBeUndefined();
    });

    it('keeps IPs apart and does not count an attempt without an IP', async () => {
      for (let i = 0; i < 3; i++) await limiter.before(EMAIL, IP);
      await expect(limiter.before(EMAIL, '198.51.100.1')).resolves.toBeUndefined();
      for (let i = 0; i < 10; i++) await expect(limiter.before(EMAIL, undefined)).resolves.toBeUndefined();
    });
  });

  describe('per account', () => {
    it('locks the account after N failures, for any IP', async () => {
      await limiter.before(EMAIL, IP);
      await limiter.failed(EMAIL);
      await expect(limiter.before(EMAIL, '198.51.100.1')).resolves.toBeUndefined();
      await limiter.failed(EMAIL);

      clock.advance(60_000);
      const error = await rejection(limiter.before(EMAIL, '198.51.100.2'));
      expect(error.getStatus()).toBe(429);
      expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(error.headers).toEqual({ 'retry-after': String((WINDOW - 60_000) / 1000) });
      await expect(rejection(limiter.before(EMAIL, undefined))).resolves.toBeInstanceOf(CodedException);
    });

    it('does not count attempts, only failures', async () => {
      for (let i = 0; i < 5; i++) await limiter.before(EMAIL, undefined);
      await expect(limiter.before(EMAIL, undefined)).resolves.toBeUndefined();
    });

    it('is cleared by a success', async () => {
      await limiter.failed(EMAIL);
      await limiter.succeeded(EMAIL);
      await limiter.failed(EMAIL);
      await expect(limiter.before(EMAIL, undefined)).resolves.toBeUndefined();

      await limiter.failed(EMAIL);
      await rejection(limiter.before(EMAIL, undefined));
      await limiter.succeeded(EMAIL);
      await expect(limiter.before(EMAIL, undefined)).resolves.toBeUndefined();
    });

    it('unlocks when the window has passed', async () => {
      await limiter.failed(EMAIL);
      await limiter.failed(EMAIL);
      clock.advance(WINDOW);
      await expect(limiter.before(EMAIL, undefined)).resolves.toBeUndefined();
    });

    it('keeps accounts apart', async () => {
      await limiter.failed(EMAIL);
      await limiter.failed(EMAIL);
      await expect(limiter.before('ola@example.com', undefined)).resolves.toBeUndefined();
    });

    it('never puts the email in clear into a counter key', async () => {
      const hit = jest.spyOn(counter, 'hit');
      const get = jest.spyOn(counter, 'get');
      const reset = jest.spyOn(counter, 'reset');
      await limiter.before(EMAIL, IP);
      await limiter.failed(EMAIL);
      await limiter.succeeded(EMAIL);

      const keys = [...hit.mock.calls, ...get.mock.calls, ...reset.mock.calls].map(([key]) => key);
      expect(keys).toHaveLength(4);
      for (const key of keys) {
        expect(key).not.toContain(EMAIL);
        expect(key).not.toContain('ala');
        expect(key).not.toContain('example.com');
      }
      expect(keys).toContain(`ip:${IP}`);
      expect(keys.filter((key) => key.startsWith('account:'))).toHaveLength(3);
      expect(new Set(keys.filter((key) => key.startsWith('account:'))).size).toBe(1);
    });
  });

  it('closes the counter on shutdown', async () => {
    const close = jest.spyOn(counter, 'close');
    await limiter.onApplicationShutdown();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
