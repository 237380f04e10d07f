import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Clock, SystemClock } from '@tenant-iam/common';

/** How the breached-password check is reached and what an outage means. */
export interface BreachedPasswordOptions {
  /**
   * Base of the Have I Been Pwned range API (`<baseUrl>/range/<prefix>`), or `null` to switch the
   * check off (every password then counts as clean). Default `https://api.pwnedpasswords.com`.
   */
  baseUrl: string | null;
  /**
   * What an unanswered check means. `open` (default): accept the password and log a warning
   * (at most once a minute). `closed`: refuse to accept it, `503 PASSWORD_CHECK_UNAVAILABLE`.
   */
  failure: 'open' | 'closed';
  /** How long to wait for the whole answer, in ms. Default 3000. */
  timeoutMs: number;
}

/** The public range API, failing open, 3 s timeout. */
export const DEFAULT_BREACHED_PASSWORD_OPTIONS: Readonly<BreachedPasswordOptions> = Object.freeze({
  baseUrl: 'https://api.pwnedpasswords.com',
  failure: 'open',
  timeoutMs: 3000,
});

/**
 * DI token for a `Partial<BreachedPasswordOptions>` over {@link DEFAULT_BREACHED_PASSWORD_OPTIONS};
 * optional.
 *
 * @example
 * { provide: BREACHED_PASSWORD_OPTIONS, useValue: { baseUrl: env.pwnedPasswordsUrl, failure: 'closed' } }
 */
export const BREACHED_PASSWORD_OPTIONS = Symbol('BREACHED_PASSWORD_OPTIONS');

/** The outcome of one check: found in the corpus, not found, or no usable answer. */
export type BreachedPasswordStatus = 'breached' | 'clean' | 'unavailable';

const WARNING_INTERVAL_MS = 60_000;
const USER_AGENT = 'tenant-iam-password-check';

/**
 * Asks the Have I Been Pwned Pwned Passwords range API whether a password is known to attackers,
 * with k-anonymity: only the first 5 hex characters of the password's SHA-1 leave the process; the
 * rest is compared locally against the `SUFFIX:COUNT` lines of the answer. `Add-Padding: true`
 * makes every answer about the same size, and the padding lines (count 0) are ignored.
 *
 * Never throws: a timeout, a network error, a non-2xx status or a body with no `SUFFIX:COUNT` line
 * is `'unavailable'`, logged as a warning at most once a minute (never with the password, its
 * hash or the prefix).
 *
 * @example
 * providers: [BreachedPasswordChecker, { provide: BREACHED_PASSWORD_OPTIONS, useValue: { baseUrl: null } }]
 */
@Injectable()
export class BreachedPasswordChecker {
  /** The effective options (defaults merged, base URL without a trailing slash). */
  readonly options: Readonly<BreachedPasswordOptions>;
  private readonly logger = new Logger(BreachedPasswordChecker.name);
  private readonly clock: Clock;
  private lastWarningAt = Number.NEGATIVE_INFINITY;

  constructor(@Optional() @Inject(BREACHED_PASSWORD_OPTIONS) options?: Partial<BreachedPasswordOptions> | null, @Optional() clock?: Clock) {
    this.options = Object.freeze(resolveOptions(options ?? {}));
    this.clock = clock ?? new SystemClock();
  }

  /** Whether the check is switched on (`baseUrl` not `null`). */
  get enabled(): boolean {
    return this.options.baseUrl !== null;
  }

  /** Looks the password up; `'clean'` when the check is off. */
  async check(password: string): Promise<BreachedPasswordStatus> {
    if (this.options.baseUrl === null) return 'clean';
    const digest = createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
    const prefix = digest.slice(0, 5);
    const suffix = digest.slice(5);
    let body: string;
    try {
      const response = await fetch(`${this.options.baseUrl}/range/${prefix}`, {
        headers: { 'Add-Padding': 'true', 'User-Agent': USER_AGENT },
        // Covers the body too: a server that stalls mid-answer still times out.
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return this.unavailable(`HTTP ${response.status}`);
      }
      body = await response.text();
    } catch (error) {
      return this.unavailable(describe(error, this.options.timeoutMs));
    }

    let wellFormed = 0;
    for (const line of body.split('\n')) {
      const match = /^([0-9A-Fa-f]{35}):(\d+)\s*$/.exec(line.trim());
      if (!match) continue;
      wellFormed += 1;
      // Padding lines carry count 0: they are there to hide the answer's size, not breaches.
      if (match[1].toUpperCase() === suffix && Number(match[2]) > 0) return 'breached';
    }
    // Every real prefix has hundreds of entries; an answer with none is a misconfigured endpoint,
    // and calling it "clean" would silently switch the check off.
    return wellFormed > 0 ? 'clean' : this.unavailable('unexpected response body');
  }

  private unavailable(reason: string): 'unavailable' {
    const now = this.clock.now().getTime();
    if (now - this.lastWarningAt >= WARNING_INTERVAL_MS) {
      this.lastWarningAt = now;
      const effect =
        this.options.failure === 'open'
          ? 'failing open: passwords are accepted without it'
          : 'failing closed: password changes are refused until it answers';
      this.logger.warn(
        `Breached-password check unavailable (${reason}); ${effect}. Repeats are silenced for ${WARNING_INTERVAL_MS / 1000} s.`,
      );
    }
    return 'unavailable';
  }
}

function resolveOptions(given: Partial<BreachedPasswordOptions>): BreachedPasswordOptions {
  const options: BreachedPasswordOptions = { ...DEFAULT_BREACHED_PASSWORD_OPTIONS };
  if (given.baseUrl !== undefined) options.baseUrl = given.baseUrl;
  if (given.failure !== undefined) options.failure = given.failure;
  if (given.timeoutMs !== undefined) options.timeoutMs = given.timeoutMs;

  if (options.baseUrl !== null) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new Error(`breached-password baseUrl is not a URL: ${options.baseUrl}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`breached-password baseUrl must be http(s): ${options.baseUrl}`);
    }
    options.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }
  if (options.failure !== 'open' && options.failure !== 'closed') {
    throw new Error(`breached-password failure must be 'open' or 'closed', got ${String(options.failure)}`);
  }
  if (!Number.isInteger(options.timeoutMs) || options.timeoutMs < 1) {
    throw new Error(`breached-password timeoutMs must be a positive integer, got ${String(options.timeoutMs)}`);
  }
  return options;
}

// The reason only: fetch errors can carry the URL, which holds the hash prefix. Duck-typed, since
// fetch's errors may come from another realm (e.g. under Jest) and fail `instanceof Error`.
function describe(error: unknown, timeoutMs: number): string {
  const { name, cause } = (error ?? {}) as { name?: unknown; cause?: { code?: unknown } };
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  if (typeof cause?.code === 'string') return `network error ${cause.code}`;
  return typeof name === 'string' ? `network error ${name}` : 'network error';
}
