import Redis from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { MemoryLimiterStore, RedisLimiterStore } from './limiter-store';

describe('limiter stores', () => {
  it('memory: counts per key and rejects with the limiter result over the limit', async () => {
    const limiter = new MemoryLimiterStore().create({ keyPrefix: 'test', points: 2, durationSec: 60 });
    await limiter.consume('a');
    await limiter.consume('a');
    await expect(limiter.consume('a')).rejects.toBeInstanceOf(RateLimiterRes);
    await expect(limiter.consume('b')).resolves.toMatchObject({ consumedPoints: 1 });
  });

  it('redis: falls back to memory counters, still limiting, while Redis is unreachable', async () => {
    // Nothing listens on port 1; no reconnects and no offline queue, so every command fails at once.
    const redis = new Redis({ host: '127.0.0.1', port: 1, lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    const store = new RedisLimiterStore(redis);
    const limiter = store.create({ keyPrefix: 'test', points: 2, durationSec: 60 });
    try {
      await limiter.consume('a');
      await limiter.consume('a');
      await expect(limiter.consume('a')).rejects.toBeInstanceOf(RateLimiterRes);
      await expect(limiter.reward('a', 2)).resolves.toMatchObject({ consumedPoints: 1 });
      await expect(limiter.consume('a')).resolves.toMatchObject({ consumedPoints: 2 });
    } finally {
      await store.close();
      redis.disconnect();
    }
  });
});
