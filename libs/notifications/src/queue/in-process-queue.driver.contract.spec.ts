import { InProcessQueueDriver } from './in-process-queue.driver';
import { describeQueueDriverContract } from './queue-driver.contract';

describeQueueDriverContract({
  name: 'in-process',
  create: () => new InProcessQueueDriver({ retryBaseDelayMs: 20 }),
  sharedStore: false,
});
