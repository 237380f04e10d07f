/**
 * The source of "now" for every rule that depends on time (token expiry, sweeps, rate windows).
 * Inject `Clock` instead of calling `new Date()`, so tests can move time with {@link ManualClock}
 * instead of sleeping.
 */
export abstract class Clock {
  /** The current instant. */
  abstract now(): Date;
}

/** The real wall clock. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that stands still until told to move; for tests.
 *
 * @example
 * clock.advance(parseDuration('24h') + 1);
 */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }

  /** Jumps to an instant. */
  set(at: Date): void {
    this.current = at.getTime();
  }
}
