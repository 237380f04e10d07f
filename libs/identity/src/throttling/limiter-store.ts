import type Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/** What a {@link LimiterStore} builds: one `rate-limiter-flexible` counter family. */
export interface LimiterSpec {
  /** Prefix of every key of this family, e.g. `login:ip`. */
  keyPrefix: string;
  /** Points a key may consume before `consume` rejects. */
  points: number;
  /** How long a key lives, in seconds; the window itself is set by the caller's keys. */
  durationSec: number;
}

/**
 * Where the login counters live. {@link MemoryLimiterStore} is right for one process; replicas
 * must share {@link RedisLimiterStore}, or each would allow the whole limit on its own.
 */
export abstract class LimiterStore {
  abstract create(spec: LimiterSpec): RateLimiterAbstract;
  async close(): Promise<void> {}
}

/** Counters in this process's memory (`RateLimiterMemory`). */
export class MemoryLimiterStore extends LimiterStore {
  create(spec: LimiterSpec): RateLimiterAbstract {
    return new RateLimiterMemory({ keyPrefix: spec.keyPrefix, points: spec.points, duration: spec.durationSec });
  }
}

/**
 * Counters in Redis (`RateLimiterRedis`: one Lua script per consume, so replicas reserve
 * atomically). When a Redis command fails, each process falls back to its own memory counters,
 * so the limits weaken to one set per replica instead of failing open or locking everyone out.
 */
export class RedisLimiterStore extends LimiterStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'identity:limits',
  ) {
    super();
  }

  create(spec: LimiterSpec): RateLimiterAbstract {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.prefix}:${spec.keyPrefix}`,
      points: spec.points,
      duration: spec.durationSec,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: spec.keyPrefix, points: spec.points, duration: spec.durationSec }),
    });
  }

  override async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
