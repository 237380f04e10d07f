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
  /** How long a finished job's id stays known (enqueuing it again is a no-op). Default 1 h. */
  retentionMs?: number;
  /** Randomness of the jitter; for tests. */
  random?: () => number;
}

interface QueuedJob {
  id: string;
  name: string;
  data: unknown;
  coalesce?: string;
  attempt: number;
  maxAttempts: number;
  /** Milliseconds to wait once the driver runs (delays of jobs queued before `start()`). */
  delayMs: number;
}

/** Finished ids kept at most, whatever `retentionMs`: memory stays bounded. */
const MAX_FINISHED_IDS = 100_000;

/**
 * The embedded queue: jobs live in this process's memory and run on the event loop
 * (`setImmediate`, or a timer when delayed). Nothing survives a restart, which is fine for its
 * only users: jobs that re-derive their work from the database (the outbox relay, sweeps).
 * Meets the {@link QueueDriver} contract within one process.
 */
export class InProcessQueueDriver extends QueueDriver {
  private readonly logger = new Logger('InProcessQueue');
  /** Jobs by id that wait (first run, delay or retry). */
  private readonly waiting = new Map<string, QueuedJob>();
  /** Ids of running jobs. */
  private readonly running_ = new Set<string>();
  /** Ids of finished jobs and when they finished (insertion order = finish order). */
  private readonly finished = new Map<string, number>();
  /** Coalescing key -> id of its waiting job / of its running job. */
  private readonly coalescedWaiting = new Map<string, string>();
  private readonly coalescedRunning = new Map<string, string>();
  /** Coalesced jobs that must start once the running one of their key finished. */
  private readonly coalescedNext = new Map<string, QueuedJob>();
  private readonly timers = new Map<string, { cancel(): void }>();
  private readonly active = new Set<Promise<void>>();
  private running = false;
  private closed = false;
  private readonly retryBaseDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly retentionMs: number;
  private readonly random: () => number;

  constructor(options: InProcessQueueDriverOptions = {}) {
    super();
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? 1000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60 * 60 * 1000;
    this.retentionMs = options.retentionMs ?? 60 * 60 * 1000;
    this.random = options.random ?? Math.random;
  }

  async enqueue(name: string, data: unknown = {}, options: JobOptions = {}): Promise<void> {
    this.checkJob(name, options);
    if (this.closed) {
      this.logger.debug(`Dropped job "${name}": the queue is closed`);
      return;
    }
    const job: QueuedJob = {
      id: options.jobId ?? randomUUID(),
      name,
      data,
      coalesce: options.coalesce,
      attempt: 0,
      maxAttempts: options.attempts ?? 1,
      delayMs: Math.max(0, options.delayMs ?? 0),
    };
    if (options.coalesce !== undefined) {
      const key = options.coalesce;
      if (this.coalescedWaiting.has(key) || this.coalescedNext.has(key)) return;
      if (this.coalescedRunning.has(key)) {
        this.coalescedNext.set(key, job);
        return;
      }
      this.coalescedWaiting.set(key, job.id);
      this.put(job);
      return;
    }
    if (this.known(job.id)) return;
    this.put(job);
  }

  async health(): Promise<QueueDriverHealth> {
    return {
      driver: 'in-process',
      running: this.running,
      closed: this.closed,
      waiting: this.waiting.size + this.coalescedNext.size,
      active: this.active.size,
    };
  }

  protected async startConsuming(): Promise<void> {
    if (this.closed || this.running) return;
    this.running = true;
    for (const job of this.waiting.values()) this.arm(job);
  }

  protected async stopConsuming(): Promise<void> {
    this.closed = true;
    this.running = false;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
    this.waiting.clear();
    this.coalescedWaiting.clear();
    this.coalescedNext.clear();
    // Running jobs finish (and may try to enqueue more, which the closed flag drops).
    while (this.active.size) await Promise.allSettled([...this.active]);
  }

  /** Whether the id is waiting, running, or finished within the retention. */
  private known(id: string): boolean {
    if (this.waiting.has(id) || this.running_.has(id)) return true;
    const finishedAt = this.finished.get(id);
    if (finishedAt === undefined) return false;
    if (Date.now() - finishedAt < this.retentionMs) return true;
    this.finished.delete(id);
    return false;
  }

  private markFinished(id: string): void {
    this.finished.delete(id);
    this.finished.set(id, Date.now());
    // Oldest first: drop what is past the retention, and anything over the cap.
    const horizon = Date.now() - this.retentionMs;
    for (const [oldId, at] of this.finished) {
      if (at >= horizon && this.finished.size <= MAX_FINISHED_IDS) break;
      this.finished.delete(oldId);
    }
  }

  private put(job: QueuedJob): void {
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
    this.running_.add(job.id);
    if (job.coalesce !== undefined) {
      this.coalescedWaiting.delete(job.coalesce);
      this.coalescedRunning.set(job.coalesce, job.id);
    }
    job.attempt += 1;
    const handler = this.handlerFor(job.name)!;
    const execution = (async () => {
      let retry = false;
      try {
        await handler(job.data, { id: job.id, name: job.name, attempt: job.attempt });
      } catch (error) {
        retry = this.retryOrDrop(job, error);
      }
      this.running_.delete(job.id);
      if (retry) return;
      this.markFinished(job.id);
      this.releaseCoalesced(job);
    })();
    this.active.add(execution);
    void execution.finally(() => this.active.delete(execution));
  }

  /** After a coalesced job finished for good: its key is free, and a nudge that came mid-run starts. */
  private releaseCoalesced(job: QueuedJob): void {
    if (job.coalesce === undefined) return;
    this.coalescedRunning.delete(job.coalesce);
    const next = this.coalescedNext.get(job.coalesce);
    if (!next || this.closed) return;
    this.coalescedNext.delete(job.coalesce);
    this.coalescedWaiting.set(job.coalesce, next.id);
    this.put(next);
  }

  /** @returns true when the job was rescheduled (it keeps its id and its coalescing slot). */
  private retryOrDrop(job: QueuedJob, error: unknown): boolean {
    if (job.attempt >= job.maxAttempts || this.closed) {
      this.logger.error(`Job "${job.name}" (${job.id}) failed after ${job.attempt} attempt(s): ${shortError(error)}`);
      return false;
    }
    const delayMs = computeBackoff(job.attempt, this.retryBaseDelayMs, { capMs: this.maxRetryDelayMs, random: this.random });
    this.logger.warn(`Job "${job.name}" (${job.id}) attempt ${job.attempt} failed, retrying in ${delayMs} ms: ${shortError(error)}`);
    // A coalesced job keeps its key's running slot until it finished for good: nudges meanwhile wait behind it.
    this.put({ ...job, delayMs });
    return true;
  }
}
