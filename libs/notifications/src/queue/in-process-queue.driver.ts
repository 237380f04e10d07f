import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { computeBackoff, shortError } from '../common/backoff';
import { JobOptions, QueueDriver, QueueDriverHealth } from './queue-driver';

/** Tuning of {@link InProcessQueueDriver}. */
export interface InProcessQueueDriverOptions {
  /** First retry delay of a failed job; doubles per retry with jitter, capped at `maxRetryDelayMs`. Default 1000. */
  retryBaseDelayMs?: number;
  /** Longest retry delay. Default 1 h. */
  maxRetryDelayMs?: number;
  /** Randomness of the jitter; for tests. */
  random?: () => number;
}

interface QueuedJob {
  id: string;
  name: string;
  data: unknown;
  attempt: number;
  maxAttempts: number;
  /** Milliseconds to wait once the driver runs (delays of jobs queued before `start()`). */
  delayMs: number;
}

/**
 * The embedded queue: jobs live in this process's memory and run on the event loop
 * (`setImmediate`, or a timer when delayed). Nothing survives a restart, which is fine for its
 * only users: jobs that re-derive their work from the database (the outbox relay, sweeps).
 * Deduplicates by `jobId` while a job waits; once it runs, the same id may be enqueued again,
 * so a nudge that arrives during a relay run is never lost.
 */
export class InProcessQueueDriver extends QueueDriver {
  private readonly logger = new Logger('InProcessQueue');
  private readonly waiting = new Map<string, QueuedJob>();
  private readonly timers = new Map<string, { cancel(): void }>();
  private readonly active = new Set<Promise<void>>();
  private running = false;
  private closed = false;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly random: () => number;

  constructor(options: InProcessQueueDriverOptions = {}) {
    super();
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 1000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60 * 60 * 1000;
    this.random = options.random ?? Math.random;
  }

  async enqueue(name: string, data: unknown = {}, options: JobOptions = {}): Promise<void> {
    if (!this.hasHandler(name)) throw new Error(`Queue: no handler is registered for job "${name}"`);
    if (this.closed) {
      this.logger.debug(`Dropped job "${name}": the queue is closed`);
      return;
    }
    const id = options.jobId ?? randomUUID();
    if (this.waiting.has(id)) return;
    const attempts = options.attempts ?? 1;
    if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`Queue: attempts must be a positive integer`);
    this.schedule({ id, name, data, attempt: 0, maxAttempts: attempts, delayMs: Math.max(0, options.delayMs ?? 0) });
  }

  async start(): Promise<void> {
    if (this.closed || this.running) return;
    this.running = true;
    for (const job of this.waiting.values()) this.arm(job);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.running = false;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
    this.waiting.clear();
    // Running jobs finish (and may try to enqueue more, which the closed flag drops).
    while (this.active.size) await Promise.allSettled([...this.active]);
  }

  async health(): Promise<QueueDriverHealth> {
    return {
      driver: 'in-process',
      running: this.running,
      closed: this.closed,
      waiting: this.waiting.size,
      active: this.active.size,
    };
  }

  private schedule(job: QueuedJob): void {
    this.waiting.set(job.id, job);
    if (this.running) this.arm(job);
  }

  private arm(job: QueuedJob): void {
    if (this.timers.has(job.id)) return;
    const fire = () => {
      this.timers.delete(job.id);
      this.run(job);
    };
    if (job.delayMs > 0) {
      const timeout = setTimeout(fire, job.delayMs);
      this.timers.set(job.id, { cancel: () => clearTimeout(timeout) });
    } else {
      const immediate = setImmediate(fire);
      this.timers.set(job.id, { cancel: () => clearImmediate(immediate) });
    }
  }

  private run(job: QueuedJob): void {
    if (!this.running || this.waiting.get(job.id) !== job) return;
    this.waiting.delete(job.id);
    job.attempt += 1;
    const handler = this.handlerFor(job.name)!;
    const execution = (async () => {
      try {
        await handler(job.data, { id: job.id, name: job.name, attempt: job.attempt });
      } catch (error) {
        this.retryOrDrop(job, error);
      }
    })();
    this.active.add(execution);
    void execution.finally(() => this.active.delete(execution));
  }

  private retryOrDrop(job: QueuedJob, error: unknown): void {
    if (job.attempt >= job.maxAttempts || this.closed) {
      this.logger.error(`Job "${job.name}" (${job.id}) failed after ${job.attempt} attempt(s): ${shortError(error)}`);
      return;
    }
    // A job enqueued again with the same id while this one ran already covers the retry.
    if (this.waiting.has(job.id)) return;
    const delayMs = computeBackoff(job.attempt, this.retryBaseDelayMs, { capMs: this.maxRetryDelayMs, random: this.random });
    this.logger.warn(`Job "${job.name}" (${job.id}) attempt ${job.attempt} failed, retrying in ${delayMs} ms: ${shortError(error)}`);
    this.schedule({ ...job, delayMs });
  }
}
