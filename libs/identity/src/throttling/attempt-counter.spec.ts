import { ManualClock } from '@tenant-iam/common';
import { MemoryAttemptCounter } from './attempt-counter';

const WINDOW = 60_000;

describe('MemoryAttemptCounter', () => {
  let clock: ManualClock;
  let counter: MemoryAttemptCounter;

  beforeEach(() => {
    clock = new ManualClock(new Date('2025-01-01T00:00:00.000Z'));
    counter = new MemoryAttemptCounter(clock);
  });

  it('knows nothing of a key never hit', async () => {
    await expect(counter.get('ip:1.2.3.4')).resolves.toEqual({ count: 0, retryAfterMs: 0 });
  });

  it('starts the window at the first hit and counts within it', async () => {
    await expect(counter.hit('k', WINDOW)).resolves.toEqual({ count: 1, retryAfterMs: WINDOW });
    clock.advance(20_000);
    await expect(counter.hit('k', WINDOW)).resolves.toEqual({ count: 2, retryAfterMs: 40_000 });
    clock.advance(39_999);
    await expect(counter.hit('k', WINDOW)).resolves.toEqual({ count: 3, retryAfterMs: 1 });
  });

  it('starts a new window once the old one has passed', async () => {
    await counter.hit('k', WINDOW);
    await counter.hit('k', WINDOW);
    clock.advance(WINDOW);
    await expect(counter.get('k')).resolves.toEqual({ count: 0, retryAfterMs: 0 });
    await expect(counter.hit('k', WINDOW)).resolves.toEqual({ count: 1, retryAfterMs: WINDOW });
  });

  it('reads without counting', async () => {
    await counter.hit('k', WINDOW);
    clock.advance(10_000);
    await expect(counter.get('k')).resolves.toEqual({ count: 1, retryAfterMs: 50_000 });
    await expect(counter.get('k')).resolves.toEqual({ count: 1, retryAfterMs: 50_000 });
    await expect(counter.hit('k', WINDOW)).resolves.toMatchObject({ count: 2 });
  });

  it('keeps keys apart', async () => {
    await counter.hit('a', WINDOW);
    await counter.hit('a', WINDOW);
    await counter.hit('b', WINDOW);
    await expect(counter.get('a')).resolves.toMatchObject({ count: 2 });
    await expect(counter.get('b')).resolves.toMatchObject({ count: 1 });
  });

  it('forgets a key on reset, and only that key', async () => {
    await counter.hit('a', WINDOW);
    await counter.hit('a', WINDOW);
    await counter.hit('b', WINDOW);
    await counter.reset('a');
    await expect(counter.get('a')).resolves.toEqual({ count: 0, retryAfterMs: 0 });
    await expect(counter.get('b')).resolves.toMatchObject({ count: 1 });
    await expect(counter.hit('a', WINDOW)).resolves.toEqual({ count: 1, retryAfterMs: WINDOW });
  });
});
