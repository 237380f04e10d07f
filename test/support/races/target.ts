// What a race scenario runs against: API processes by URL, their database by SQL, and the mails
// they sent. Nothing in-process: the same scenarios run on one test app, two replicas of it, or a
// cluster of separate processes (`npm run test:scale`).
import request from 'supertest';

/** One mail the deployment delivered, as far as the scenarios read it. */
export interface RaceMail {
  /** Envelope recipients, lower-case. */
  to: readonly string[];
  subject: string;
  /** The text/plain body: the links are there. */
  text: string;
}

/**
 * A deployment under test.
 *
 * - `urls`: the base URLs of its API processes (`http://127.0.0.1:4001`, no path); requests are
 *   spread over them round-robin, so the racers of one burst hit every process.
 * - `sql`: a query on the deployment's database (what a test reads and where it moves time).
 * - `mails`: every mail delivered so far by any process, oldest first.
 *
 * The deployment must run with {@link RACE_PLANS} as its plans and the variables of
 * {@link RACE_ENV}.
 */
export interface RaceTarget {
  readonly urls: readonly string[];
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  mails(): readonly RaceMail[] | Promise<readonly RaceMail[]>;
  /**
   * True when the deployment runs its scheduled sweeps (not `EXPIRY_SWEEP_INTERVAL=off`): the
   * expiry scenario then still proves the use-time refusal and the freed seats, but not that the
   * expired rows stayed untouched.
   */
  readonly sweepsRunning?: boolean;
}

/** Seats of the small plan: the owner and three more (members or pending invitations). */
export const RACE_SMALL_SEATS = 4;
/** The monthly `search` limit of the metered plan. */
export const RACE_QUOTA = 20;

/**
 * The plans a race deployment must know (`PLANS_FILE` content, or `runtime.plans` of a test app).
 * Every organisation a scenario creates is put on one of them by name, in SQL: the deployment's
 * default plan does not matter, and these may be merged into a larger plans file.
 */
export const RACE_PLANS = {
  default: 'race-roomy',
  plans: {
    'race-roomy': { seats: 1000, quotas: {} },
    'race-small': { seats: RACE_SMALL_SEATS, quotas: {} },
    'race-metered': { seats: 50, quotas: { search: RACE_QUOTA } },
  },
};

/**
 * The variables a race deployment needs on top of its usual ones:
 * - no scheduled sweep: expiry must hold at use time on its own (see `sweepsRunning`);
 * - loopback as a trusted proxy: {@link RaceClient} names a client address of its own for every
 *   request (`X-Forwarded-For`), as racers on the internet come from many, so the per-address
 *   limits (auth routes 30 a minute, logins per address and per account and address) stay at
 *   their production values.
 */
export const RACE_ENV: Record<string, string> = {
  EXPIRY_SWEEP_INTERVAL: 'off',
  PWNED_PASSWORDS_URL: 'off',
  TRUSTED_PROXIES: 'loopback',
};

let clients = 0;

/** A client address of its own for each request: 198.18.0.0/15 is the range set aside for benchmarks. */
function nextClientAddress(): string {
  clients = (clients + 1) % 65_536;
  return `198.18.${clients >> 8}.${clients & 255}`;
}

/**
 * An HTTP client over the target's processes: each request goes to the next URL in turn, from a
 * client address of its own (see {@link RACE_ENV}). Paths are below `/api/v1`.
 */
export class RaceClient {
  private turn = 0;

  constructor(private readonly urls: readonly string[]) {
    if (!urls.length) throw new Error('RaceClient: no URL');
  }

  /** The base URL the next request goes to. */
  next(): string {
    const url = this.urls[this.turn % this.urls.length];
    this.turn += 1;
    return url;
  }

  get(path: string, auth?: RaceAuth): request.Test {
    return withAuth(request(this.next()).get(`/api/v1${path}`), auth);
  }

  post(path: string, body: object, auth?: RaceAuth): request.Test {
    return withAuth(request(this.next()).post(`/api/v1${path}`), auth).send(body);
  }

  patch(path: string, body: object, auth?: RaceAuth): request.Test {
    return withAuth(request(this.next()).patch(`/api/v1${path}`), auth).send(body);
  }

  delete(path: string, auth?: RaceAuth): request.Test {
    return withAuth(request(this.next()).delete(`/api/v1${path}`), auth);
  }
}

/** An access token (a session), or the organisation's API key. */
export type RaceAuth = string | { apiKey: string };

function withAuth(test: request.Test, auth?: RaceAuth): request.Test {
  test.set('X-Forwarded-For', nextClientAddress());
  if (typeof auth === 'string') return test.set('Authorization', `Bearer ${auth}`);
  if (auth) return test.set('X-Api-Key', auth.apiKey);
  return test;
}
