// The QueueDriver contract as one jest suite, run against every driver: the in-process one
// (queue/in-process-queue.driver.contract.spec.ts) and BullMQ (test/redis/bullmq-queue-driver.e2e-spec.ts).
// Not a spec itself: a runner calls describeQueueDriverContract with a factory.
import { Logger } from '@nestjs/common';
import { QueueDriver, tickJobId } from './queue-driver';

/** What a runner gives the contract. */
export interface QueueDriverContractSubject {
  /** Display name. */
  name: string;
  /**
   * A new driver on `store`: drivers made with the same store share their jobs (another process
   * of the same deployment), different stores never do. Retry base delay: 20 ms.
   */
  create(store: string): QueueDriver;
  /** Whether two drivers on one store share jobs (false for the in-process driver). */
  sharedStore: boolean;
}

/** Resolves when `condition` holds; fails after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Declares the contract suite for one driver. */
export function describeQueueDriverContract(subject: QueueDriverContractSubject): void {
  describe(`QueueDriver contract: ${subject.name}`, () => {
    let drivers: QueueDriver[] = [];
    let seq = 0;
    const store = () => `contract-${process.pid}-${Date.now()}-${++seq}`;
    const make = (on = store()) => {
      const driver = subject.create(on);
      drivers.push(driver);
      return driver;
    };

    beforeAll(() => Logger.overrideLogger(false));
    afterEach(async () => {
      await Promise.all(drivers.map((driver) => driver.close()));
      drivers = [];
    });

    it('runs an enqueued job with its data, id and attempt number', async () => {
      const driver = make();
      const seen: unknown[] = [];
      driver.register('job', (data, info) => void seen.push([data, info]));
      await driver.start();
      await driver.enqueue('job', { a: 1, text: 'zażółć' }, { jobId: 'job-one' });
      await until(() => seen.length === 1);
      expect(seen).toEqual([
        [
          { a: 1, text: 'zażółć' },
          { id: 'job-one', name: 'job', attempt: 1 },
        ],
      ]);
    });

    it('holds jobs until start()', async () => {
      const driver = make();
      let runs = 0;
      driver.register('job', () => void (runs += 1));
      await driver.enqueue('job');
      await sleep(100);
      expect(runs).toBe(0);
      await driver.start();
      await until(() => runs === 1);
    });

    it('accepts a job id once: waiting, running and finished jobs make a repeat a no-op', async () => {
      const driver = make();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let runs = 0;
      let done = 0;
      driver.register('once', async () => {
        runs += 1;
        await gate;
        done += 1;
      });
      await driver.enqueue('once', {}, { jobId: 'fixed' });
      await driver.enqueue('once', {}, { jobId: 'fixed' });
      await driver.start();
      await until(() => runs === 1);
      await driver.enqueue('once', {}, { jobId: 'fixed' });
      release();
      await until(() => done === 1);
      await sleep(150);
      await driver.enqueue('once', {}, { jobId: 'fixed' });
      await sleep(150);
      expect(runs).toBe(1);
      // Another id is another job.
      await driver.enqueue('once', {}, { jobId: 'other' });
      await until(() => runs === 2);
    });

    it('keeps a failed job id too: the repeat of a given-up job is a no-op', async () => {
      const driver = make();
      let runs = 0;
      driver.register('broken', () => {
        runs += 1;
        throw new Error('always');
      });
      await driver.start();
      await driver.enqueue('broken', {}, { jobId: 'dead' });
      await until(() => runs === 1);
      await sleep(100);
      await driver.enqueue('broken', {}, { jobId: 'dead' });
      await sleep(150);
      expect(runs).toBe(1);
    });

    it('coalesces nudges: one waits, one runs, and a nudge during a run gives exactly one more run, never in parallel', async () => {
      const driver = make();
      let release!: () => void;
      let gate = new Promise<void>((resolve) => (release = resolve));
      let runs = 0;
      let concurrent = 0;
      let maxConcurrent = 0;
      driver.register('relay', async () => {
        runs += 1;
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        if (runs === 1) await gate;
        concurrent -= 1;
      });
      for (let i = 0; i < 5; i++) await driver.enqueue('relay', {}, { coalesce: 'relay' });
      await driver.start();
      await until(() => runs === 1);
      // Mid-run: many nudges, one more run.
      await Promise.all(Array.from({ length: 10 }, () => driver.enqueue('relay', {}, { coalesce: 'relay' })));
      await sleep(100);
      expect(runs).toBe(1);
      release();
      await until(() => runs === 2);
      await sleep(200);
      expect(runs).toBe(2);
      expect(maxConcurrent).toBe(1);
      // Idle again: the next nudge runs.
      gate = Promise.resolve();
      await driver.enqueue('relay', {}, { coalesce: 'relay' });
      await until(() => runs === 3);
    });

    it('honours delayMs', async () => {
      const driver = make();
      let ranAt = 0;
      driver.register('later', () => void (ranAt = Date.now()));
      await driver.start();
      const start = Date.now();
      await driver.enqueue('later', {}, { delayMs: 300 });
      await sleep(150);
      expect(ranAt).toBe(0);
      await until(() => ranAt > 0);
      expect(ranAt - start).toBeGreaterThanOrEqual(290);
    });

    it('retries a throwing job with backoff, keeping its id, until it succeeds within its attempts', async () => {
      const driver = make();
      const runs: Array<{ attempt: number; id: string; at: number }> = [];
      driver.register('flaky', (_data, info) => {
        runs.push({ attempt: info.attempt, id: info.id, at: Date.now() });
        if (info.attempt < 3) throw new Error('boom');
      });
      await driver.start();
      await expect(driver.enqueue('flaky', {}, { jobId: 'flaky-1', attempts: 5 })).resolves.toBeUndefined();
      await until(() => runs.length === 3);
      await sleep(200);
      expect(runs.map((r) => [r.attempt, r.id])).toEqual([
        [1, 'flaky-1'],
        [2, 'flaky-1'],
        [3, 'flaky-1'],
      ]);
      // Base 20 ms, equal jitter: retry 1 waits >= 10 ms, retry 2 >= 20 ms.
      expect(runs[1].at - runs[0].at).toBeGreaterThanOrEqual(9);
      expect(runs[2].at - runs[1].at).toBeGreaterThanOrEqual(19);
    });

    it('gives up after the last attempt and does not retry by default', async () => {
      const driver = make();
      let broken = 0;
      let once = 0;
      driver.register('broken', () => {
        broken += 1;
        throw new Error('always');
      });
      driver.register('once', () => {
        once += 1;
        throw new Error('no');
      });
      await driver.start();
      await driver.enqueue('broken', {}, { attempts: 2 });
      await driver.enqueue('once');
      await until(() => broken === 2 && once === 1);
      await sleep(300);
      expect([broken, once]).toEqual([2, 1]);
      expect(await driver.health()).toMatchObject({ waiting: 0, active: 0, running: true, closed: false });
    });

    it('refuses unknown names, malformed ids and bad attempts, and a second handler', async () => {
      const driver = make();
      driver.register('x', () => undefined);
      await expect(driver.enqueue('unknown')).rejects.toThrow('no handler is registered for job "unknown"');
      await expect(driver.enqueue('x', {}, { jobId: 'a:b' })).rejects.toThrow('without ":"');
      await expect(driver.enqueue('x', {}, { jobId: 'x'.repeat(201) })).rejects.toThrow('1-200 characters');
      await expect(driver.enqueue('x', {}, { coalesce: '' })).rejects.toThrow('1-200 characters');
      await expect(driver.enqueue('x', {}, { jobId: 'a', coalesce: 'b' })).rejects.toThrow('exclude each other');
      await expect(driver.enqueue('x', {}, { attempts: 0 })).rejects.toThrow('attempts must be a positive integer');
      expect(() => driver.register('x', () => undefined)).toThrow('job "x" already has a handler');
      expect(() => driver.schedule('unknown', 1000)).toThrow('no handler');
    });

    it('runs each scheduled tick once, counted in the given clock', async () => {
      let now = 1_000_000_000_000;
      const driver = make();
      const ticks: Array<{ id: string; tick: number }> = [];
      driver.register('sweep', (data: { tick: number }, info) => void ticks.push({ id: info.id, tick: data.tick }));
      driver.schedule('sweep', 60_000, { now: () => now });
      await sleep(50);
      expect(ticks).toEqual([]); // not started: no ticks
      await driver.start();
      const first = Math.floor(now / 60_000);
      await until(() => ticks.length === 1);
      await sleep(1200); // the timer checked again, in the same tick
      expect(ticks).toEqual([{ id: tickJobId('sweep', first), tick: first }]);
      now += 60_000;
      await until(() => ticks.length === 2, 3000);
      expect(ticks[1]).toEqual({ id: tickJobId('sweep', first + 1), tick: first + 1 });
    });

    if (subject.sharedStore) {
      it('runs a tick once when several processes schedule it on one store, and shares jobs between them', async () => {
        const shared = store();
        const now = () => 1_000_000_000_000;
        const runs: string[] = [];
        const replicas = [make(shared), make(shared), make(shared)];
        replicas.forEach((driver, i) => {
          driver.register('sweep', (_data, info) => void runs.push(`${i}:${info.id}`));
          driver.schedule('sweep', 60_000, { now });
        });
        await Promise.all(replicas.map((driver) => driver.start()));
        await until(() => runs.length >= 1);
        await sleep(1500);
        expect(runs).toHaveLength(1);
        // A job enqueued by one process (an API replica, say) runs in another's worker.
        const apiOnly = make(shared);
        apiOnly.register('sweep', () => undefined);
        await apiOnly.enqueue('sweep', {}, { jobId: 'from-api' });
        await until(() => runs.some((run) => run.endsWith(':from-api')));
      });
    }

    it('close() waits for running jobs and makes later enqueues no-ops', async () => {
      const driver = make();
      let started = false;
      let finished = false;
      let delayedRuns = 0;
      driver.register('slow', async () => {
        started = true;
        await sleep(200);
        finished = true;
      });
      driver.register('delayed', () => void (delayedRuns += 1));
      await driver.start();
      await driver.enqueue('slow');
      await until(() => started);
      await driver.close();
      expect(finished).toBe(true);
      await expect(driver.enqueue('delayed')).resolves.toBeUndefined();
      await driver.close();
      await sleep(100);
      expect(delayedRuns).toBe(0);
      expect(await driver.health()).toMatchObject({ closed: true, running: false, active: 0 });
    });
  });
}
