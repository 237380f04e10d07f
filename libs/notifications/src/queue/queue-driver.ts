/** Options of one enqueued job. */
export interface JobOptions {
  /** Deduplication key: while a job with this id waits to run, enqueuing it again is a no-op. */
  jobId?: string;
  /** Run no sooner than this many milliseconds from now. */
  delayMs?: number;
  /** Runs in total before the job is dropped as failed (retries back off exponentially). Default 1. */
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
  waiting: number;
  active: number;
}

/**
 * The queue port. A driver stores jobs and runs their handlers: in process today
 * ({@link InProcessQueueDriver}), BullMQ on Redis later. Handlers are registered once at boot
 * (from `@JobHandler` methods); `start()` begins consuming and is only called in processes that
 * run workers, so an API-only replica enqueues without consuming.
 */
export abstract class QueueDriver {
  private readonly handlers = new Map<string, JobHandlerFunction>();

  /** Adds a job. Jobs enqueued before `start()` wait for it. */
  abstract enqueue(name: string, data?: unknown, options?: JobOptions): Promise<void>;

  /** Starts consuming jobs. */
  abstract start(): Promise<void>;

  /** Stops consuming, drops timers and waits for running jobs to finish. Idempotent. */
  abstract close(): Promise<void>;

  /** Current state, for the health check. */
  abstract health(): Promise<QueueDriverHealth>;

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
}
