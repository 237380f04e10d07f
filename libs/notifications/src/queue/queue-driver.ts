import { Logger } from '@nestjs/common';
import { shortError } from '../common/backoff';

/** Options of one enqueued job. `jobId` and `coalesce` exclude each other. */
export interface JobOptions {
  /**
   * Identity of the job: the driver accepts an id once. While it holds a job with this id (waiting,
   * delayed, running, between retries, or finished less than the driver's `retentionMs` ago),
   * enqueuing the id again is a no-op. Retries keep the id. 1-200 characters, no `:`.
   * Deterministic ids are how several processes ask for one run (a scheduled tick, say).
   */
  jobId?: string;
  /**
   * Coalescing key, for nudges ("there is new work, run once more"): at most one job per key waits
   * and at most one runs. Enqueued while one waits: a no-op; while one runs and none waits: it
   * waits and starts after the running one finished, so a nudge that arrives mid-run is never
   * lost. Same characters as `jobId`.
   */
  coalesce?: string;
  /** Run no sooner than this many milliseconds from now. */
  delayMs?: number;
  /**
   * Runs in total before the job is dropped as failed. Default 1. Retry n (1 = the first) waits
   * `computeBackoff(n, retryBaseDelayMs)`: exponential with equal jitter, capped.
   */
  attempts?: number;
}

/** What a handler learns about the job it runs. */
export interface JobInfo {
  id: string;
  name: string;
  /** 1 for the first run, 2 for the first retry, ... */
  attempt: number;
}

/** A job handler: throw to have the job retried (up to its `attempts`). */
export type JobHandlerFunction = (data: any, job: JobInfo) => Promise<unknown> | unknown;

/** A driver's view of itself, for the health check. */
export interface QueueDriverHealth {
  driver: string;
  /** Consuming jobs (workers started). */
  running: boolean;
  /** Closed for good (application shutting down). */
  closed: boolean;
  /** Jobs waiting or delayed (retries included). */
  waiting: number;
  active: number;
  /** Set when the driver cannot reach its store (Redis down): the health check reports it down. */
  error?: string;
}

/** Options of {@link QueueDriver.schedule}. */
export interface ScheduleOptions {
  /** The time ticks are counted in, milliseconds since the epoch (the app's `Clock`). Default `Date.now`. */
  now?: () => number;
  /** Attempts of each tick's job. Default 1: a failed tick waits for the next one. */
  attempts?: number;
}

/** The data of a scheduled tick's job: the tick number (`floor(now / everyMs)`) and its start (ISO). */
export interface ScheduledTick {
  tick: number;
  at: string;
}

interface Schedule {
  name: string;
  everyMs: number;
  now: () => number;
  attempts: number;
  lastTick?: number;
  timer?: NodeJS.Timeout;
}

/** Longest `jobId` / `coalesce` key. */
export const MAX_JOB_ID_LENGTH = 200;

/** Job id of tick number `tick` of the schedule of `name`: `<name>@<tick>`. */
export function tickJobId(name: string, tick: number): string {
  return `${name}@${tick}`;
}

/**
 * The queue port. A driver stores jobs and runs their handlers: in process
 * ({@link InProcessQueueDriver}) or on Redis (`BullMqQueueDriver`). Every driver meets this
 * contract (`queue-driver.contract.ts` runs it against each):
 *
 * - **Queues**: every job name is its own queue, so a slow job never holds up another name.
 *   Handlers are registered once at boot (from `@JobHandler` methods), in every process.
 * - **enqueue / start**: `enqueue` stores the job; only `start()` consumes, and it is only called
 *   in processes that run workers, so an API-only replica enqueues without consuming. Jobs
 *   enqueued before `start()` wait for it (in the in-process driver: in that process only).
 * - **Ids**: see {@link JobOptions.jobId} (accepted once while the driver keeps the job, finished
 *   jobs included for `retentionMs`) and {@link JobOptions.coalesce} (one waiting, one running).
 *   An id with `:` or longer than {@link MAX_JOB_ID_LENGTH} is refused (throws).
 * - **Delay and retries**: `delayMs` defers the first run; a handler that throws is retried with
 *   backoff until `attempts`, then dropped and logged. Handler errors never reach the enqueuer.
 * - **schedule**: `schedule(name, everyMs)` enqueues `name` once per tick (`floor(now / everyMs)`)
 *   with the job id {@link tickJobId}, from the moment the driver starts; processes sharing one
 *   store (BullMQ on one Redis) therefore run each tick once, whatever their number.
 * - **close**: stops consuming and scheduling, waits for running jobs, and makes later
 *   `enqueue` calls no-ops. Idempotent.
 */
export abstract class QueueDriver {
  private readonly handlers = new Map<string, JobHandlerFunction>();
  private readonly schedules = new Map<string, Schedule>();
  private schedulesArmed = false;
  private closing = false;
  private readonly scheduleLogger = new Logger('QueueSchedule');

  /** Adds a job. Jobs enqueued before `start()` wait for it. */
  abstract enqueue(name: string, data?: unknown, options?: JobOptions): Promise<void>;

  /** Starts consuming jobs and firing schedules. */
  async start(): Promise<void> {
    if (this.closing) return;
    await this.startConsuming();
    if (!this.closing) this.armSchedules();
  }

  /** Stops consuming and scheduling, drops timers and waits for running jobs to finish. Idempotent. */
  async close(): Promise<void> {
    this.closing = true;
    this.disarmSchedules();
    await this.stopConsuming();
  }

  /** Current state, for the health check. */
  abstract health(): Promise<QueueDriverHealth>;

  /** The driver's own start: begin consuming the registered names. Idempotent; a no-op once closed. */
  protected abstract startConsuming(): Promise<void>;

  /** The driver's own close: stop consuming, wait for running jobs, refuse later jobs. Idempotent. */
  protected abstract stopConsuming(): Promise<void>;

  /**
   * Registers the handler of a job name.
   * @throws Error when the name already has a handler.
   */
  register(name: string, handler: JobHandlerFunction): void {
    if (this.handlers.has(name)) throw new Error(`Queue: job "${name}" already has a handler`);
    this.handlers.set(name, handler);
  }

  /** Whether a handler is registered for the job name. */
  hasHandler(name: string): boolean {
    return this.handlers.has(name);
  }

  /** Names with a registered handler. */
  jobNames(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * Runs `name` every `everyMs`: once the driver started, each tick (`floor(now() / everyMs)`) is
   * enqueued once with the job id `<name>@<tick>` (checked every `min(everyMs, 1 s)`, and at
   * start). Several processes scheduling the same name on one shared store run each tick once.
   * Ticks are counted in `options.now` (the app's clock), so moving a test clock moves the ticks.
   * @throws Error when the name has no handler, is already scheduled, or `everyMs` is not a positive integer.
   */
  schedule(name: string, everyMs: number, options: ScheduleOptions = {}): void {
    if (!this.hasHandler(name)) throw new Error(`Queue: no handler is registered for job "${name}"`);
    if (this.schedules.has(name)) throw new Error(`Queue: job "${name}" is already scheduled`);
    if (!Number.isInteger(everyMs) || everyMs <= 0) throw new Error('Queue: everyMs must be a positive integer');
    const schedule: Schedule = { name, everyMs, now: options.now ?? Date.now, attempts: options.attempts ?? 1 };
    this.schedules.set(name, schedule);
    if (this.schedulesArmed) this.armSchedule(schedule);
  }

  /** Names with a schedule, and their periods. */
  scheduled(): Array<{ name: string; everyMs: number }> {
    return [...this.schedules.values()].map(({ name, everyMs }) => ({ name, everyMs }));
  }

  /**
   * Runs the registered handler of `name` in this process and waits for it: how the outbox relay
   * runs the durable jobs of `Outbox.addJob`, whose retries and state live in the outbox row.
   * @throws Error when the name has no handler, or whatever the handler throws.
   */
  async runHandler(name: string, data: unknown, job: JobInfo): Promise<unknown> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`Queue: job "${name}" has no handler`);
    return handler(data, job);
  }

  protected handlerFor(name: string): JobHandlerFunction | undefined {
    return this.handlers.get(name);
  }

  /**
   * Checks the options every driver refuses the same way.
   * @throws Error for a name without handler, bad attempts/delay, both or a malformed id.
   */
  protected checkJob(name: string, options: JobOptions): void {
    if (!this.hasHandler(name)) throw new Error(`Queue: no handler is registered for job "${name}"`);
    const attempts = options.attempts ?? 1;
    if (!Number.isInteger(attempts) || attempts < 1) throw new Error('Queue: attempts must be a positive integer');
    if (options.delayMs !== undefined && !(Number.isFinite(options.delayMs) && options.delayMs >= 0)) {
      throw new Error('Queue: delayMs must be a non-negative number');
    }
    if (options.jobId !== undefined && options.coalesce !== undefined) throw new Error('Queue: jobId and coalesce exclude each other');
    for (const key of [options.jobId, options.coalesce]) {
      if (key === undefined) continue;
      if (typeof key !== 'string' || !key || key.length > MAX_JOB_ID_LENGTH || key.includes(':')) {
        throw new Error(`Queue: a job id must be 1-${MAX_JOB_ID_LENGTH} characters without ":"`);
      }
    }
  }

  private armSchedules(): void {
    if (this.schedulesArmed) return;
    this.schedulesArmed = true;
    for (const schedule of this.schedules.values()) this.armSchedule(schedule);
  }

  private disarmSchedules(): void {
    this.schedulesArmed = false;
    for (const schedule of this.schedules.values()) {
      clearInterval(schedule.timer);
      schedule.timer = undefined;
    }
  }

  private armSchedule(schedule: Schedule): void {
    if (schedule.timer) return;
    const fire = () => {
      const tick = Math.floor(schedule.now() / schedule.everyMs);
      // One enqueue per tick and process; the id makes it one run per tick across processes.
      if (tick === schedule.lastTick) return;
      schedule.lastTick = tick;
      const data: ScheduledTick = { tick, at: new Date(tick * schedule.everyMs).toISOString() };
      this.enqueue(schedule.name, data, {
        jobId: tickJobId(schedule.name, tick),
        attempts: schedule.attempts,
      }).catch((error: unknown) => {
        schedule.lastTick = undefined;
        this.scheduleLogger.warn(`Could not enqueue tick ${tick} of "${schedule.name}": ${shortError(error)}`);
      });
    };
    schedule.timer = setInterval(fire, Math.min(schedule.everyMs, 1000));
    schedule.timer.unref?.();
    fire();
  }
}
