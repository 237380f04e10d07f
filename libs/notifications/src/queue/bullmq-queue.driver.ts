import { Logger } from '@nestjs/common';
import { Job, JobsOptions, Queue, Worker } from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { computeBackoff, shortError } from '../common/backoff';
import { JobOptions, QueueDriver, QueueDriverHealth } from './queue-driver';

/** How long the health probe waits for Redis. */
const HEALTH_TIMEOUT_MS = 2000;

/** Settings of {@link BullMqQueueDriver}. */
export interface BullMqQueueDriverOptions {
  /** `redis://` or `rediss://` URL of the Redis every process of the deployment shares. */
  redisUrl: string;
  /** Key prefix of every queue in Redis, so deployments (or tests) can share one Redis. Default `tenant-iam`. */
  prefix?: string;
  /** First retry delay of a failed job; doubles per retry with jitter, capped at `maxRetryDelayMs`. Default 1000. */
  retryBaseDelayMs?: number;
  /** Longest retry delay. Default 1 h. */
  maxRetryDelayMs?: number;
  /** How long a finished job (and so its id) stays in Redis: enqueuing its id again meanwhile is a no-op. Default 1 h. */
  retentionMs?: number;
  /** Jobs of one name one worker process runs at once. Default 1. */
  concurrency?: number;
}

/**
 * The queue port on BullMQ: jobs live in Redis, so they survive restarts and every process of the
 * deployment shares them. One BullMQ queue per job name (the queue is named after the job).
 * Workers (one per name, created by `start()`) run only in processes with `runWorkers`; the others
 * only enqueue. Job ids map to BullMQ job ids (kept `retentionMs` after they finish, failed jobs
 * included), coalescing keys to BullMQ deduplication with `keepLastIfActive`, retries to BullMQ
 * attempts with our backoff, so it meets the {@link QueueDriver} contract across processes.
 */
export class BullMqQueueDriver extends QueueDriver {
  private readonly logger = new Logger('BullMqQueue');
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private running = false;
  private closed = false;
  private readonly prefix: string;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly retentionSeconds: number;
  private readonly concurrency: number;

  constructor(private readonly options: BullMqQueueDriverOptions) {
    super();
    if (!/^rediss?:\/\/\S+$/.test(options.redisUrl ?? '')) throw new Error('BullMqQueueDriver: redisUrl must be a redis:// URL');
    this.prefix = options.prefix ?? 'tenant-iam';
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 1000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60 * 60 * 1000;
    this.retentionSeconds = Math.max(1, Math.ceil((options.retentionMs ?? 60 * 60 * 1000) / 1000));
    this.concurrency = options.concurrency ?? 1;
    // BullMQ needs commands to wait for a reconnect rather than fail after N retries.
    this.connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
    this.connection.on('error', (error) => this.logger.warn(`Redis: ${shortError(error, 200)}`));
  }

  async enqueue(name: string, data: unknown = {}, options: JobOptions = {}): Promise<void> {
    this.checkJob(name, options);
    if (this.closed) {
      this.logger.debug(`Dropped job "${name}": the queue is closed`);
      return;
    }
    const attempts = options.attempts ?? 1;
    const opts: JobsOptions = {
      attempts,
      ...(attempts > 1 ? { backoff: { type: 'tenant-iam' } } : {}),
      delay: Math.max(0, Math.round(options.delayMs ?? 0)),
      removeOnComplete: { age: this.retentionSeconds },
      removeOnFail: { age: this.retentionSeconds },
    };
    if (options.jobId !== undefined) opts.jobId = options.jobId;
    if (options.coalesce !== undefined) opts.deduplication = { id: options.coalesce, keepLastIfActive: true };
    await this.queueOf(name).add(name, data ?? {}, opts);
  }

  async health(): Promise<QueueDriverHealth> {
    const base = { driver: 'bullmq', running: this.running, closed: this.closed, waiting: 0, active: 0 };
    if (this.closed) return base;
    let timer: NodeJS.Timeout | undefined;
    try {
      // Commands wait for a reconnect (maxRetriesPerRequest: null): a probe must answer anyway.
      const counts = await Promise.race([
        Promise.all([...this.jobNames()].map((name) => this.queueOf(name).getJobCounts('waiting', 'delayed', 'prioritized', 'active'))),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
        }),
      ]);
      for (const c of counts) {
        base.waiting += (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
        base.active += c.active ?? 0;
      }
      return base;
    } catch (error) {
      return { ...base, error: shortError(error, 200) };
    } finally {
      clearTimeout(timer);
    }
  }

  protected async startConsuming(): Promise<void> {
    if (this.closed || this.running) return;
    this.running = true;
    for (const name of this.jobNames()) {
      const handler = this.handlerFor(name)!;
      const worker = new Worker(name, async (job: Job) => handler(job.data, { id: job.id ?? '', name, attempt: job.attemptsMade + 1 }), {
        connection: this.connection,
        prefix: this.prefix,
        concurrency: this.concurrency,
        settings: {
          backoffStrategy: (attemptsMade: number) => computeBackoff(attemptsMade, this.retryBaseDelayMs, { capMs: this.maxRetryDelayMs }),
        },
      });
      worker.on('failed', (job, error) => {
        if (!job) return;
        const attempts = job.opts.attempts ?? 1;
        const line = `Job "${name}" (${job.id}) attempt ${job.attemptsMade} failed: ${shortError(error)}`;
        if (job.attemptsMade >= attempts) this.logger.error(`${line}; giving up`);
        else this.logger.warn(line);
      });
      worker.on('error', (error) => this.logger.warn(`Worker "${name}": ${shortError(error, 200)}`));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  protected async stopConsuming(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.running = false;
    // Worker.close() waits for the jobs it runs; then nothing uses the connection any more.
    await Promise.allSettled(this.workers.map((worker) => worker.close()));
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  /** The BullMQ queue of a job name (created on first use). */
  private queueOf(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      queue.on('error', (error) => this.logger.warn(`Queue "${name}": ${shortError(error, 200)}`));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
