// The queue contract suite for runners outside the lib (test/redis): suites outside a lib reach
// its sources only through its test helpers.
export { describeQueueDriverContract, until } from '../src/queue/queue-driver.contract';
export type { QueueDriverContractSubject } from '../src/queue/queue-driver.contract';
