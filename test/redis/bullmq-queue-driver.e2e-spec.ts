import { BullMqQueueDriver } from '@tenant-iam/notifications';
import { describeQueueDriverContract } from '../../libs/notifications/test/queue-driver-contract';

// Runs when TEST_REDIS_URL is set (CI installs Redis); see jest.config.js. Every store is its own
// key prefix, so runs and other suites on the same Redis never see each other's jobs.
describeQueueDriverContract({
  name: 'bullmq',
  create: (store) => new BullMqQueueDriver({ redisUrl: process.env.TEST_REDIS_URL!, prefix: store, retryBaseDelayMs: 20 }),
  sharedStore: true,
});
