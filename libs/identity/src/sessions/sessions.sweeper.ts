import { Clock } from '@tenant-iam/common';
import { JobHandler } from '@tenant-iam/notifications';
import { Inject, Injectable } from '@nestjs/common';
import { IdentityJob } from '../identity.jobs';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { SessionsRepository } from './sessions.repository';

/** What one run of {@link SessionsSweeper.sweep} deleted. */
export interface SessionsSweepResult {
  sessions: number;
  refreshTokens: number;
}

/**
 * The `identity.sweep-sessions` job: without it every login and every refresh would leave a row
 * forever. Sessions that ended more than `deadSessionRetention` ago go, with their refresh tokens.
 * A live session keeps all of its tokens (a reused one must be detected for as long as the session
 * lives); `sessionMaxRefreshes` bounds how many that is.
 *
 * Batches of `sweepBatchSize` rows, each one short statement with `FOR UPDATE SKIP LOCKED`, so a
 * run never holds many locks and two runs (two replicas) never wait for each other.
 */
@Injectable()
export class SessionsSweeper {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {}

  @JobHandler(IdentityJob.SweepSessions)
  async sweep(): Promise<SessionsSweepResult> {
    const endedBefore = new Date(this.clock.now().getTime() - this.options.deadSessionRetention);
    const batch = this.options.sweepBatchSize;
    // Tokens first, in bounded batches: a session's cascade then deletes (almost) nothing.
    const refreshTokens = await drain(() => this.sessions.deleteTokensOfDeadSessions(endedBefore, batch), batch);
    const sessions = await drain(() => this.sessions.deleteDeadSessions(endedBefore, batch), batch);
    return { sessions, refreshTokens };
  }
}

/** Runs `step` until it touches fewer than `batch` rows; returns the total. */
export async function drain(step: () => Promise<number>, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await step();
    total += n;
    if (n < batch) return total;
  }
}
