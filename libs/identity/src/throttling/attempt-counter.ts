import { Clock } from '@tenant-iam/common';
import type Redis from 'ioredis';

/** A fixed-window counter per key, e.g. failed logins per account. */
export abstract class AttemptCounter {
  /** Current count and the ms left in its window (0 when there is none). */
  abstract get(key: string): Promise<{ count: number; retryAfterMs: number }>;
  /** Adds one; the window starts with the first hit. */
  abstract hit(key: string, windowMs: number): Promise<{ count: number; retryAfterMs: number }>;
  abstract reset(key: string): Promise<void>;
  async close(): Promise<void> {}
}

/**
 * In-process counters: fine for one process. Several replicas must share Redis
 * ({@link RedisAttemptCounter}) or each would allow the limit on its own.
 */
export class MemoryAttemptCounter extends AttemptCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly clock: Clock) {
    super();
  }

  async get(key: string) {
    const now = this.clock.now().getTime();
    const entry = this.windows.get(key);
    if (!entry || entry.resetAt <= now) return { count: 0, retryAfterMs: 0 };
    return { count: entry.count, retryAfterMs: entry.resetAt - now };
  }

  async hit(key: string, windowMs: number) {
    const now = this.clock.now().getTime();
    let entry = this.windows.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, entry);
      if (this.windows.size > 100_000) this.prune(now);
    }
    entry.count += 1;
    return { count: entry.count, retryAfterMs: entry.resetAt - now };
  }

  async reset(key: string) {
    this.windows.delete(key);
  }

  private prune(now: number) {
    for (const [key, entry] of this.windows) if (entry.resetAt <= now) this.windows.delete(key);
  }
}

/** Counters in Redis (INCR + PEXPIRE in one MULTI), shared by every replica. */
export class RedisAttemptCounter extends AttemptCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'identity:attempts:',
  ) {
    super();
  }

  async get(key: string) {
    const [count, ttl] = await this.redis
      .multi()
      .get(this.prefix + key)
      .pttl(this.prefix + key)
      .exec()
      .then(results);
    return { count: Number(count ?? 0), retryAfterMs: Math.max(Number(ttl), 0) };
  }

  async hit(key: string, windowMs: number) {
    const [count, , ttl] = await this.redis
      .multi()
      .incr(this.prefix + key)
      .pexpire(this.prefix + key, windowMs, 'NX')
      .pttl(this.prefix + key)
      .exec()
      .then(results);
    return { count: Number(count), retryAfterMs: Math.max(Number(ttl), 0) };
  }

  async reset(key: string) {
    await this.redis.del(this.prefix + key);
  }

  override async close() {
    await this.redis.quit().catch(() => undefined);
  }
}

function results(replies: [Error | null, unknown][] | null): unknown[] {
  if (!replies) throw new Error('Redis transaction aborted');
  return replies.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}
