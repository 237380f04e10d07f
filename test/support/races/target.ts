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
 * {@link RACE_ENV}, and accept many auth requests from one address (see `RACE_AUTH_RATE_LIMIT`).
 */
export interface RaceTarget {
  readonly urls: readonly string[];
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  mails(): readonly RaceMail[] | Promise<readonly RaceMail[]>;
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
 * The variables a race deployment needs on top of its usual ones: no scheduled sweep (expiry must
 * hold at use time on its own), and login limits that let 20 logins of one account, and every
 * sign-up of the run, come from one address.
 */
export const RACE_ENV: Record<string, string> = {
  EXPIRY_SWEEP_INTERVAL: 'off',
  PWNED_PASSWORDS_URL: 'off',
  LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '1000',
};

/** The per-address limit of the public auth routes a race deployment needs (`authRateLimitPerMinute`, not a variable). */
export const RACE_AUTH_RATE_LIMIT = 100_000;

/**
 * An HTTP client over the target's processes: each request goes to the next URL in turn. Paths
 * are below `/api/v1`.
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
  if (typeof auth === 'string') return test.set('Authorization', `Bearer ${auth}`);
  if (auth) return test.set('X-Api-Key', auth.apiKey);
  return test;
}
