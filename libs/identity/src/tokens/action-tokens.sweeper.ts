import { Clock } from '@tenant-iam/common';
import { JobHandler } from '@tenant-iam/notifications';
import { Inject, Injectable } from '@nestjs/common';
import { IdentityJob } from '../identity.jobs';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { drain } from '../sessions/sessions.sweeper';
import { ActionTokensRepository } from './action-tokens.repository';

/** What one run of {@link ActionTokensSweeper.sweep} did. */
export interface ActionTokensSweepResult {
  /** Expired links whose payload (a sign-up's password hash, a profile) was cleared. */
  expired: number;
  /** Links deleted, `actionTokenRetention` after their expiry. */
  deleted: number;
}

/**
 * The `identity.sweep-tokens` job. Expiry itself is checked when a link is used, never here; the
 * sweep only takes away what an expired link no longer needs: its payload at once (a sign-up's
 * password hash must not outlive the link), the row `actionTokenRetention` after expiry, used or
 * not (until then an old link still answers `TOKEN_EXPIRED` or `TOKEN_USED`, then `TOKEN_INVALID`).
 * Batches with `FOR UPDATE SKIP LOCKED`, like the sessions sweep.
 */
@Injectable()
export class ActionTokensSweeper {
  constructor(
    private readonly tokens: ActionTokensRepository,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {}

  @JobHandler(IdentityJob.SweepTokens)
  async sweep(): Promise<ActionTokensSweepResult> {
    const now = this.clock.now();
    const batch = this.options.sweepBatchSize;
    const expired = await drain(() => this.tokens.clearExpiredPayloads(now, batch), batch);
    const expiredBefore = new Date(now.getTime() - this.options.actionTokenRetention);
    const deleted = await drain(() => this.tokens.deleteExpired(expiredBefore, batch), batch);
    return { expired, deleted };
  }
}
