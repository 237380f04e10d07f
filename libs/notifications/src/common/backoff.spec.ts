import { computeBackoff, MAX_BACKOFF_MS, shortError } from './backoff';

describe('computeBackoff', () => {
  it('doubles per attempt between half and all of the exponential delay', () => {
    expect(computeBackoff(1, 2000, { random: () => 0 })).toBe(1000);
    expect(computeBackoff(1, 2000, { random: () => 1 })).toBe(2000);
    expect(computeBackoff(2, 2000, { random: () => 0 })).toBe(2000);
    expect(computeBackoff(3, 2000, { random: () => 1 })).toBe(8000);
    expect(computeBackoff(4, 2000, { random: () => 0.5 })).toBe(12000);
  });

  it('is always in the future, even for a tiny base', () => {
    expect(computeBackoff(1, 1, { random: () => 0 })).toBeGreaterThanOrEqual(1);
  });

  it('is capped at one hour, also for huge attempt numbers', () => {
    expect(computeBackoff(30, 2000, { random: () => 1 })).toBe(MAX_BACKOFF_MS);
    expect(computeBackoff(5000, 2000, { random: () => 1 })).toBe(MAX_BACKOFF_MS);
    expect(computeBackoff(30, 2000, { random: () => 0 })).toBe(MAX_BACKOFF_MS / 2);
  });

  it('honours a custom cap', () => {
    expect(computeBackoff(10, 100, { capMs: 500, random: () => 1 })).toBe(500);
  });
});

describe('shortError', () => {
  it('keeps one line without the stack and bounds the length', () => {
    const error = new Error('451 4.3.0 mailbox\n temporarily unavailable');
    expect(shortError(error)).toBe('Error: 451 4.3.0 mailbox temporarily unavailable');
    expect(shortError('x'.repeat(900))).toHaveLength(500);
  });

  it('masks URL passwords and link tokens an error may echo', () => {
    const error = new Error(
      'connect ECONNREFUSED smtp://mailer:S3cr3t!@mail.test:587 for https://app.test/reset-password?token=abcDEF123&x=1',
    );
    expect(shortError(error)).toBe(
      'Error: connect ECONNREFUSED smtp://mailer:[redacted]@mail.test:587 for https://app.test/reset-password?token=[redacted]&x=1',
    );
  });
});
