import { Test } from '@nestjs/testing';
import { Algorithm, hash as argon2Hash } from '@node-rs/argon2';
import { HashPool, HashTask } from './hash-pool';
import { ARGON2_PARAMS, DEFAULT_ARGON2_PARAMS, PasswordHasher } from './password-hasher';

// Every argon2 call goes through the pool: spying on it sees what the threads were asked to do.
const poolCalls = (): jest.SpyInstance => jest.spyOn(HashPool.prototype, 'run');
const callsOf = (spy: jest.SpyInstance, op: HashTask['op']): HashTask['args'][] =>
  spy.mock.calls
    .map(([task]) => task as HashTask)
    .filter((task) => task.op === op)
    .map((task) => task.args);

// Small parameters where the cost itself is not under test, to keep the suite fast.
const CHEAP = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  afterEach(() => jest.restoreAllMocks());

  it('uses the OWASP argon2id parameters by default', () => {
    expect(DEFAULT_ARGON2_PARAMS).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(hasher.params).toEqual(DEFAULT_ARGON2_PARAMS);
  });

  it('produces argon2id v19 PHC strings with m=19456,t=2,p=1, a 16-byte salt and a 32-byte hash', async () => {
    const encoded = await hasher.hash('correct horse battery staple');
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hasher.hash('same password'), hasher.hash('same password')]);
    expect(a).not.toBe(b);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const encoded = await hasher.hash('zażółć gęślą jaźń 😀');
    await expect(hasher.verify(encoded, 'zażółć gęślą jaźń 😀')).resolves.toBe(true);
    await expect(hasher.verify(encoded, 'zażółć gęślą jaźń 😁')).resolves.toBe(false);
    await expect(hasher.verify(encoded, '')).resolves.toBe(false);
  });

  it('returns false instead of throwing for malformed or foreign hashes', async () => {
    const good = await hasher.hash('secret-password');
    const malformed = [
      '',
      'not-a-hash',
      '$argon2id$v=19$m=19456,t=2,p=1$garbage',
      good.slice(0, -10),
      good.replace('m=19456', 'm=abc'),
      '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
      null as unknown as string,
    ];
    for (const encoded of malformed) {
      await expect(hasher.verify(encoded, 'secret-password')).resolves.toBe(false);
    }
  });

  it('keeps verifying hashes made with older parameters, and flags them for rehashing', async () => {
    const old = await new PasswordHasher(CHEAP).hash('secret-password');
    expect(old).toContain('$m=1024,t=1,p=1$');
    await expect(hasher.verify(old, 'secret-password')).resolves.toBe(true);
    expect(hasher.needsRehash(old)).toBe(true);
  });

  it('does not flag hashes made with the current parameters', async () => {
    expect(hasher.needsRehash(await hasher.hash('secret-password'))).toBe(false);
    const cheap = new PasswordHasher(CHEAP);
    expect(cheap.needsRehash(await cheap.hash('secret-password'))).toBe(false);
  });

  it('flags each differing parameter, another algorithm, and unparsable hashes', async () => {
    const cheap = new PasswordHasher(CHEAP);
    for (const params of [{ memoryCost: 2048 }, { timeCost: 2 }, { parallelism: 2 }]) {
      const other = await new PasswordHasher({ ...CHEAP, ...params }).hash('x');
      expect(cheap.needsRehash(other)).toBe(true);
    }
    const argon2i = await argon2Hash('x', { ...CHEAP, algorithm: 1 as Algorithm });
    expect(argon2i).toMatch(/^\$argon2i\$/);
    expect(cheap.needsRehash(argon2i)).toBe(true);
    expect(cheap.needsRehash('not-a-hash')).toBe(true);
  });

  it('spends one verification on verifyDummy and always answers false', async () => {
    await hasher.verifyDummy('warm'); // the dummy hash itself is built on first use
    const run = poolCalls();
    await expect(hasher.verifyDummy('correct horse battery staple')).resolves.toBe(false);
    await expect(hasher.verifyDummy('')).resolves.toBe(false);
    expect(callsOf(run, 'verify')).toHaveLength(2);
    expect(callsOf(run, 'verify')[0][0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('computes the dummy hash once per process, with the current parameters', async () => {
    const run = poolCalls();
    const params = { ...CHEAP, timeCost: 3 }; // parameters no other test uses, so nothing is cached yet
    const first = new PasswordHasher(params);
    const second = new PasswordHasher(params);
    await Promise.all([first.verifyDummy('a'), first.verifyDummy('b'), second.verifyDummy('c')]);
    expect(callsOf(run, 'hash')).toHaveLength(1);
    expect(callsOf(run, 'hash')[0][1]).toMatchObject(params);
  });

  it('hashes off the event loop', async () => {
    const hashed = hasher.hash('correct horse battery staple').then(() => 'hash');
    const loopTurned = new Promise((resolve) => setImmediate(() => resolve('event loop')));
    // A hash computed on the main thread would settle before the event loop could turn.
    await expect(Promise.race([hashed, loopTurned])).resolves.toBe('event loop');
    await hashed;
  });

  it('takes its parameters from the ARGON2_PARAMS provider, defaults for the rest', async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [PasswordHasher, { provide: ARGON2_PARAMS, useValue: { memoryCost: 2048 } }],
    }).compile();
    const injected = moduleRef.get(PasswordHasher);
    expect(injected.params).toEqual({ memoryCost: 2048, timeCost: 2, parallelism: 1 });
    await expect(injected.hash('x')).resolves.toContain('$m=2048,t=2,p=1$');
    await moduleRef.close();
  });

  it('uses the defaults when no ARGON2_PARAMS provider exists', async () => {
    const moduleRef = await Test.createTestingModule({ providers: [PasswordHasher] }).compile();
    expect(moduleRef.get(PasswordHasher).params).toEqual(DEFAULT_ARGON2_PARAMS);
    await moduleRef.close();
  });

  it('answers 503 when the pool cannot hash (closed at shutdown): a right password is never "wrong"', async () => {
    const closing = new PasswordHasher(CHEAP);
    const stored = await closing.hash('right password');
    await closing.onApplicationShutdown();
    await expect(closing.verify(stored, 'right password')).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    await expect(closing.hash('x')).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('refuses nonsensical parameters', () => {
    expect(() => new PasswordHasher({ memoryCost: 4 })).toThrow(/memoryCost/);
    expect(() => new PasswordHasher({ timeCost: 0 })).toThrow(/timeCost/);
    expect(() => new PasswordHasher({ parallelism: 1.5 })).toThrow(/parallelism/);
  });
});
