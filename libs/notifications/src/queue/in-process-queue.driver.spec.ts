import { Logger } from '@nestjs/common';
import { InProcessQueueDriver } from './in-process-queue.driver';

/** Resolves when `condition` holds, polling the event loop; fails after `timeoutMs`. */
async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

beforeAll(() => Logger.overrideLogger(false));

describe('InProcessQueueDriver', () => {
  let driver: InProcessQueueDriver;

  beforeEach(() => {
    driver = new InProcessQueueDriver({ retryBaseDelayMs: 1, random: () => 0 });
  });

  afterEach(() => driver.close());

  it('runs a job with its data', async () => {
    const seen: unknown[] = [];
    driver.register('job', (data, info) => void seen.push([data, info.attempt]));
    await driver.start();
    await driver.enqueue('job', { a: 1 });
    await until(() => seen.length === 1);
    expect(seen).toEqual([[{ a: 1 }, 1]]);
  });

  it('retries a failing job until it succeeds, within its attempts', async () => {
    const attempts: number[] = [];
    driver.register('flaky', (_data, info) => {
      attempts.push(info.attempt);
      if (info.attempt < 3) throw new Error('boom');
    });
    await driver.start();
    await driver.enqueue('flaky', {}, { attempts: 5 });
    await until(() => attempts.length === 3);
    await driver.close();
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('gives up after the last attempt', async () => {
    let runs = 0;
    driver.register('broken', () => {
      runs += 1;
      throw new Error('always');
    });
    await driver.start();
    await driver.enqueue('broken', {}, { attempts: 2 });
    await until(() => runs === 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(2);
    expect(await driver.health()).toMatchObject({ waiting: 0, active: 0 });
  });

  it('does not retry by default', async () => {
    let runs = 0;
    driver.register('once', () => {
      runs += 1;
      throw new Error('no');
    });
    await driver.start();
    await driver.enqueue('once');
    await until(() => runs === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(1);
  });

  it('holds jobs until start()', async () => {
    let runs = 0;
    driver.register('job', () => void (runs += 1));
    await driver.enqueue('job');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(runs).toBe(0);
    await driver.start();
    await until(() => runs === 1);
  });

  it('honours delayMs', async () => {
    let ranAt = 0;
    driver.register('later', () => void (ranAt = Date.now()));
    await driver.start();
    const start = Date.now();
    await driver.enqueue('later', {}, { delayMs: 30 });
    await until(() => ranAt > 0);
    expect(ranAt - start).toBeGreaterThanOrEqual(25);
  });

  it('refuses a job without a handler and a second handler for a name', async () => {
    await expect(driver.enqueue('unknown')).rejects.toThrow('no handler is registered for job "unknown"');
    driver.register('x', () => undefined);
    expect(() => driver.register('x', () => undefined)).toThrow('job "x" already has a handler');
  });

  it('close() waits for running jobs, cancels waiting ones and drops new ones', async () => {
    let started = false;
    let finished = false;
    let delayedRuns = 0;
    driver.register('slow', async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 30));
      finished = true;
    });
    driver.register('delayed', () => void (delayedRuns += 1));
    await driver.start();
    await driver.enqueue('slow');
    await driver.enqueue('delayed', {}, { delayMs: 20 });
    await until(() => started);
    await driver.close();
    expect(finished).toBe(true);
    await driver.enqueue('delayed');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(delayedRuns).toBe(0);
    expect(await driver.health()).toMatchObject({ closed: true, running: false, waiting: 0, active: 0 });
  });
});
