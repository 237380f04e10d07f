import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** How password hashing uses the machine: its own threads, below the priority of everything else. */
export interface HashPoolOptions {
  /** Threads hashing at once (default: the cores Node may use, `os.availableParallelism()`). */
  threads: number;
  /**
   * Nice value of the hashing threads, 0 (normal) to 19 (lowest; the default 10). Under a burst of
   * logins the operating system runs request handling and PostgreSQL first and gives the hashes
   * what is left, so one tenant's logins do not slow everyone's reads. Linux only; elsewhere the
   * threads keep the normal priority.
   */
  nice: number;
  /**
   * Jobs that may wait for a thread (default 1000); past it a job is refused at once
   * ({@link HashPoolUnavailable}) rather than queued behind minutes of hashing.
   */
  maxQueued: number;
}

/** The defaults of {@link HashPoolOptions}. */
export const defaultHashPoolOptions = (): HashPoolOptions => ({
  threads: Math.min(256, availableParallelism()),
  nice: 10,
  maxQueued: 1000,
});

/**
 * The pool could not run a job: it is closed (the app is shutting down), full, or the thread died.
 * Not a wrong password: callers answer 503, never "invalid credentials".
 */
export class HashPoolUnavailable extends Error {
  override readonly name = 'HashPoolUnavailable';
}

/** One argon2 call for a pool thread: `hash(password, options)` or `verify(encoded, password)`. */
export type HashTask = { op: 'hash'; args: [string, object] } | { op: 'verify'; args: [string, string] };

interface Job {
  task: HashTask;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface PoolThread {
  worker: Worker;
  job: Job | null;
}

// The thread's code, run with `eval: true`: a file would need a build step in every consumer and a
// TypeScript loader under test, for fifteen lines. It lowers its own priority (on Linux a nice value
// is per thread: `/proc/thread-self` names the thread's id), then runs the synchronous argon2 calls,
// one at a time; `argon2` is the resolved path of `@node-rs/argon2`, so it loads the same copy.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const argon2 = require(workerData.argon2);
if (workerData.nice > 0) {
  try {
    const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
    require('node:os').setPriority(tid, workerData.nice);
  } catch {}
}
parentPort.on('message', ({ op, args }) => {
  try {
    parentPort.postMessage({ value: op === 'hash' ? argon2.hashSync(...args) : argon2.verifySync(...args) });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

/**
 * A small pool of worker threads for argon2, in place of the libuv thread pool `@node-rs/argon2`'s
 * async calls use: that pool is shared with file and DNS work and runs at normal priority, so a
 * burst of logins took both cores from request handling. Threads start on first use, are unref'd
 * (an idle pool never keeps the process alive) and are replaced if one dies; jobs wait in order.
 *
 * Hand-written rather than Piscina: Piscina needs its task in a file on disk (see above) and a
 * native add-on for thread priorities, which `os.setPriority` on the thread's id already gives.
 */
export class HashPool {
  private readonly threads: PoolThread[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(private readonly options: HashPoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1 || options.threads > 256) {
      throw new Error(`hash pool threads must be an integer between 1 and 256, got ${String(options.threads)}`);
    }
    if (!Number.isInteger(options.nice) || options.nice < 0 || options.nice > 19) {
      throw new Error(`hash pool nice must be an integer between 0 and 19, got ${String(options.nice)}`);
    }
    if (!Number.isInteger(options.maxQueued) || options.maxQueued < 0) {
      throw new Error(`hash pool maxQueued must be a non-negative integer, got ${String(options.maxQueued)}`);
    }
  }

  /**
   * Runs `task` on a pool thread; rejects with the argon2 error's message if it throws, and with
   * {@link HashPoolUnavailable} when the pool is closed or full or the thread died.
   */
  run<T>(task: HashTask): Promise<T> {
    if (this.closed) return Promise.reject(new HashPoolUnavailable('hash pool is closed'));
    const idle = this.threads.some((t) => t.job === null) || this.threads.length < this.options.threads;
    if (!idle && this.queue.length >= this.options.maxQueued) return Promise.reject(new HashPoolUnavailable('hash pool is full'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; jobs still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const closed = new HashPoolUnavailable('hash pool is closed');
    for (const job of this.queue.splice(0)) job.reject(closed);
    const threads = this.threads.splice(0);
    for (const thread of threads) thread.job?.reject(closed);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let thread: PoolThread | undefined;
      try {
        thread = this.threads.find((t) => t.job === null) ?? this.spawn();
      } catch (error) {
        // No thread could start (out of memory, too many threads): fail what waits, keep the pool.
        for (const job of this.queue.splice(0))
          job.reject(new HashPoolUnavailable(`hash pool thread did not start: ${(error as Error).message}`));
        return;
      }
      if (!thread) return;
      const job = this.queue.shift()!;
      try {
        thread.worker.postMessage(job.task);
      } catch (error) {
        job.reject(error as Error);
        continue;
      }
      thread.job = job;
      thread.worker.ref();
    }
  }

  private spawn(): PoolThread | undefined {
    if (this.threads.length >= this.options.threads) return undefined;
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { argon2: require.resolve('@node-rs/argon2'), nice: this.options.nice },
    });
    const thread: PoolThread = { worker, job: null };
    worker.unref();
    worker.on('message', (reply: { value?: unknown; error?: string }) => {
      const job = thread.job;
      thread.job = null;
      worker.unref();
      if (job) {
        if (reply.error !== undefined) job.reject(new Error(reply.error));
        else job.resolve(reply.value);
      }
      this.dispatch();
    });
    // A thread that dies fails its job and leaves the pool; the next dispatch starts another.
    const retire = (error: Error): void => {
      const index = this.threads.indexOf(thread);
      if (index === -1) return;
      this.threads.splice(index, 1);
      thread.job?.reject(error);
      thread.job = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (error) => retire(new HashPoolUnavailable(`hash pool thread failed: ${error.message}`)));
    worker.on('exit', (code) => retire(new HashPoolUnavailable(`hash pool thread exited with code ${code}`)));
    this.threads.push(thread);
    return thread;
  }
}
