import { randomBytes } from 'node:crypto';
import { HttpStatus, Inject, Injectable, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { Algorithm, Options, parseOptions, Version } from '@node-rs/argon2';
import { defaultHashPoolOptions, HashPool, HashPoolOptions, HashPoolUnavailable } from './hash-pool';

/** The argon2id cost parameters, as written in the PHC string (`m=`, `t=`, `p=`). */
export interface Argon2Params {
  /** Memory per lane in KiB (`m=`). */
  memoryCost: number;
  /** Passes over the memory (`t=`). */
  timeCost: number;
  /** Lanes (`p=`). */
  parallelism: number;
}

/**
 * OWASP Password Storage Cheat Sheet, argon2id, first configuration: 19 MiB, 2 passes, 1 lane.
 * About 20–60 ms per hash on a server core; read by the benchmark and the tests.
 */
export const DEFAULT_ARGON2_PARAMS: Readonly<Argon2Params> = Object.freeze({
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});

/**
 * DI token for a `Partial<Argon2Params>` that overrides {@link DEFAULT_ARGON2_PARAMS}; optional.
 *
 * @example
 * providers: [PasswordHasher, { provide: ARGON2_PARAMS, useValue: { memoryCost: 47104, timeCost: 1 } }]
 */
export const ARGON2_PARAMS = Symbol('ARGON2_PARAMS');

/**
 * DI token for a `Partial<HashPoolOptions>`: how many threads hash at once and at which priority;
 * optional (defaults: one thread per core, nice 10).
 */
export const HASH_POOL_OPTIONS = Symbol('HASH_POOL_OPTIONS');

// `Algorithm` and `Version` are `const enum`s in the typings but empty objects at runtime, so code
// compiled per file (swc) would read `undefined` from them: spell the values out.
const ARGON2ID = 2 as Algorithm;
const V0X13 = 1 as Version;
const OUTPUT_LENGTH = 32;

// One dummy hash per parameter set and process: built once, then every unknown-email login pays a
// single verify, exactly like a wrong password.
const dummyHashes = new Map<string, Promise<string>>();

/**
 * Hashes and verifies passwords with argon2id (`@node-rs/argon2`) on a pool of worker threads of
 * low priority ({@link HashPool}), off the event loop and behind request handling. Hashes are PHC strings such as `$argon2id$v=19$m=19456,t=2,p=1$...`.
 *
 * Parameters default to {@link DEFAULT_ARGON2_PARAMS}; provide {@link ARGON2_PARAMS} to change them.
 * Stored hashes made with other parameters keep verifying; {@link needsRehash} says when to replace
 * them after a successful login.
 *
 * @example
 * const stored = await hasher.hash(password);
 * if (!user) { await hasher.verifyDummy(password); throw invalidCredentials(); }
 * if (!(await hasher.verify(user.passwordHash, password))) throw invalidCredentials();
 * if (hasher.needsRehash(user.passwordHash)) await users.setPasswordHash(user.id, await hasher.hash(password));
 */
@Injectable()
export class PasswordHasher implements OnModuleInit, OnApplicationShutdown {
  /** The parameters new hashes are made with. */
  readonly params: Readonly<Argon2Params>;
  private readonly pool: HashPool;

  constructor(
    @Optional() @Inject(ARGON2_PARAMS) params?: Partial<Argon2Params> | null,
    @Optional() @Inject(HASH_POOL_OPTIONS) pool?: Partial<HashPoolOptions> | null,
  ) {
    this.params = Object.freeze(validateParams({ ...DEFAULT_ARGON2_PARAMS, ...definedOnly(params ?? {}) }));
    this.pool = new HashPool({ ...defaultHashPoolOptions(), ...definedOnly(pool ?? {}) });
  }

  /** Builds the dummy hash at boot, so the first unknown-email login is not slower than the rest. */
  async onModuleInit(): Promise<void> {
    await this.dummyHash();
  }

  /**
   * Stops the hashing threads. At shutdown, not at module destroy: Nest closes the HTTP server
   * between the two, and a login still draining must not find the pool closed.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }

  /**
   * Hashes a password with a fresh random salt.
   * @throws 503 `SERVICE_UNAVAILABLE` when the pool cannot take the job (closed, full).
   */
  hash(password: string): Promise<string> {
    return this.run<string>({ op: 'hash', args: [password, this.options()] });
  }

  /**
   * Whether `password` matches `encoded`. Parameters are read from the hash itself, so old hashes
   * keep working. A malformed or non-argon2 hash is simply `false`.
   * @throws 503 `SERVICE_UNAVAILABLE` when the pool cannot take the job: never a wrong password.
   */
  async verify(encoded: string, password: string): Promise<boolean> {
    if (typeof encoded !== 'string' || !encoded.startsWith('$argon2')) return false;
    try {
      return await this.run<boolean>({ op: 'verify', args: [encoded, password] });
    } catch (error) {
      if (error instanceof CodedException) throw error;
      return false;
    }
  }

  /**
   * Whether `encoded` was made with another algorithm, version or parameters than the current
   * ones (or cannot be parsed), i.e. should be replaced by `hash(password)` once the password is
   * known to be right.
   */
  needsRehash(encoded: string): boolean {
    try {
      const parsed = parseOptions(encoded);
      return (
        parsed.algorithm !== ARGON2ID ||
        parsed.version !== V0X13 ||
        parsed.memoryCost !== this.params.memoryCost ||
        parsed.timeCost !== this.params.timeCost ||
        parsed.parallelism !== this.params.parallelism ||
        parsed.outputLen !== OUTPUT_LENGTH
      );
    } catch {
      return true;
    }
  }

  /**
   * Spends the time of one real verification and returns `false`. Call it when no account
   * matches the email, so response time does not tell which addresses are registered.
   */
  async verifyDummy(password: string): Promise<false> {
    await this.verify(await this.dummyHash(), password);
    return false;
  }

  private dummyHash(): Promise<string> {
    const key = `${this.params.memoryCost}:${this.params.timeCost}:${this.params.parallelism}`;
    let pending = dummyHashes.get(key);
    if (!pending) {
      // A random secret nobody knows, so the dummy can never match.
      pending = this.hash(randomBytes(32).toString('base64url'));
      pending.catch(() => dummyHashes.delete(key));
      dummyHashes.set(key, pending);
    }
    return pending;
  }

  private async run<T>(task: Parameters<HashPool['run']>[0]): Promise<T> {
    try {
      return await this.pool.run<T>(task);
    } catch (error) {
      if (error instanceof HashPoolUnavailable)
        throw new CodedException(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.ServiceUnavailable);
      throw error;
    }
  }

  private options(): Options {
    return { ...this.params, algorithm: ARGON2ID, version: V0X13, outputLen: OUTPUT_LENGTH };
  }
}

function definedOnly<T extends object>(params: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function validateParams(params: Argon2Params): Argon2Params {
  const limits: Record<keyof Argon2Params, [number, number]> = {
    parallelism: [1, 255],
    timeCost: [1, 100],
    // argon2 needs at least 8 KiB per lane; the upper bounds only catch unit mistakes (bytes for KiB).
    memoryCost: [8 * params.parallelism, 4 * 1024 * 1024],
  };
  for (const [name, [min, max]] of Object.entries(limits) as [keyof Argon2Params, [number, number]][]) {
    const value = params[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`argon2 ${name} must be an integer between ${min} and ${max}, got ${String(value)}`);
    }
  }
  return params;
}
