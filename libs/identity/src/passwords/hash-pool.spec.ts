import { Algorithm, Options, verify } from '@node-rs/argon2';
import { readdirSync, readFileSync } from 'node:fs';
import { HashPool, HashPoolUnavailable } from './hash-pool';

const CHEAP: Options = { memoryCost: 1024, timeCost: 1, parallelism: 1, algorithm: 2 as Algorithm };
// A nice value no other pool in this process uses, so the threads counted are this test's.
const NICE = 13;

/** The threads of this process running at `nice`, from /proc (field 19 of each thread's stat). */
function threadsAtNice(nice: number): number {
  return readdirSync('/proc/self/task').filter((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) === nice;
  }).length;
}

describe('HashPool', () => {
  const pools: HashPool[] = [];
  const pool = (threads: number, nice = 0, maxQueued = 1000): HashPool => {
    const created = new HashPool({ threads, nice, maxQueued });
    pools.push(created);
    return created;
  };
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('hashes on its threads, and the hashes verify', async () => {
    const hashes = pool(2);
    const encoded = await hashes.run<string>({ op: 'hash', args: ['correct horse', CHEAP] });
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    await expect(verify(encoded, 'correct horse')).resolves.toBe(true);
    await expect(hashes.run({ op: 'verify', args: [encoded, 'correct horse'] })).resolves.toBe(true);
    await expect(hashes.run({ op: 'verify', args: [encoded, 'wrong horse'] })).resolves.toBe(false);
  });

  it('rejects with argon2 error and keeps serving', async () => {
    const hashes = pool(1);
    await expect(hashes.run({ op: 'verify', args: ['$argon2id$garbage', 'x'] })).rejects.toThrow(/.+/);
    await expect(hashes.run<string>({ op: 'hash', args: ['x', CHEAP] })).resolves.toMatch(/^\$argon2id\$/);
  });

  it('runs many jobs on at most `threads` threads, each lowered to the nice value', async () => {
    if (process.platform !== 'linux') return; // the priority is set on Linux only; /proc is Linux's too
    const hashes = pool(2, NICE);
    expect(threadsAtNice(NICE)).toBe(0);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => hashes.run<string>({ op: 'hash', args: [`p${i}`, CHEAP] })));
    expect(new Set(results).size).toBe(6);
    expect(threadsAtNice(NICE)).toBe(2);
    await hashes.close();
    expect(threadsAtNice(NICE)).toBe(0);
  });

  it('rejects what is waiting when closed, and everything after', async () => {
    const hashes = pool(1);
    const running = hashes.run({ op: 'hash', args: ['a', { ...CHEAP, timeCost: 20, memoryCost: 16384 }] });
    const waiting = hashes.run({ op: 'hash', args: ['b', CHEAP] });
    const closed = hashes.close();
    await expect(waiting).rejects.toThrow('hash pool is closed');
    await expect(running).rejects.toThrow(HashPoolUnavailable);
    await closed;
    await expect(hashes.run({ op: 'hash', args: ['c', CHEAP] })).rejects.toThrow(HashPoolUnavailable);
  });

  it('refuses a job at once when every thread is busy and maxQueued jobs wait', async () => {
    const hashes = pool(1, 0, 2);
    const slow = { ...CHEAP, timeCost: 10, memoryCost: 8192 };
    const accepted = [0, 1, 2].map((i) => hashes.run<string>({ op: 'hash', args: [`p${i}`, slow] }));
    await expect(hashes.run({ op: 'hash', args: ['p3', slow] })).rejects.toThrow('hash pool is full');
    await expect(Promise.all(accepted)).resolves.toHaveLength(3);
    // Room again once the queue drained.
    await expect(hashes.run<string>({ op: 'hash', args: ['p4', CHEAP] })).resolves.toMatch(/^\$argon2id\$/);
  });

  it('refuses nonsensical options', () => {
    const valid = { threads: 1, nice: 0, maxQueued: 10 };
    expect(() => new HashPool({ ...valid, threads: 0 })).toThrow(/threads/);
    expect(() => new HashPool({ ...valid, threads: 1.5 })).toThrow(/threads/);
    expect(() => new HashPool({ ...valid, nice: 20 })).toThrow(/nice/);
    expect(() => new HashPool({ ...valid, nice: -1 })).toThrow(/nice/);
    expect(() => new HashPool({ ...valid, maxQueued: -1 })).toThrow(/maxQueued/);
  });
});
