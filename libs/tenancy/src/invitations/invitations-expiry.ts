import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tenant-iam/common';
import { JobHandler } from '@tenant-iam/notifications';
import { v7 as uuidv7 } from 'uuid';
import { InvitationJob } from './invitations.mail';
import { InvitationsRepository } from './invitations.repository';

/** Invitations expired per statement: short statements, so an accept never waits long on a row. */
export const EXPIRY_BATCH = 500;
/** Most batches one run works through (5 million rows at 500); the next tick goes on. */
const MAX_BATCHES = 10_000;
/**
 * Batches in flight at once, each on its own connection: PostgreSQL runs one statement on one core,
 * so a second worker uses the second core. `SKIP LOCKED` keeps them off each other's rows.
 */
export const EXPIRY_WORKERS = 2;

/**
 * The sweep of `tenancy.expire-invitations`: marks due pending invitations `expired` and logs
 * `invitation.expired` (actor `system`), a batch per statement, skipping rows an accept holds.
 * Expiry is also checked at use time, so the sweep only tidies the status and the log: an
 * invitation past its time never works, swept or not.
 */
@Injectable()
export class InvitationsExpiry {
  private readonly logger = new Logger('InvitationsExpiry');

  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly clock: Clock,
  ) {}

  /** The job handler: one sweep. */
  @JobHandler(InvitationJob.ExpireInvitations)
  async run(): Promise<void> {
    const expired = await this.sweep();
    if (expired > 0) this.logger.log(`Expired ${expired} invitation(s)`);
  }

  /**
   * Expires every invitation due at the clock's now, `batchSize` per statement (each its own
   * transaction), `workers` statements at once; returns how many.
   */
  async sweep(batchSize = EXPIRY_BATCH, workers = EXPIRY_WORKERS): Promise<number> {
    const now = this.clock.now();
    let batches = 0;
    // Each worker keeps its own keyset: every due row before its last batch's end was taken by it,
    // taken by another worker, or held by an accept (left for the next tick, expiry is checked at use).
    const worker = async (): Promise<number> => {
      let expired = 0;
      let from = new Date(0);
      while (batches++ < MAX_BATCHES) {
        const ids = Array.from({ length: batchSize }, () => uuidv7());
        const batch = await this.invitations.expireDue(now, from, ids, InvitationJob.ExpireInvitations);
        expired += batch.expired;
        if (batch.expired < batchSize || !batch.last) break;
        from = batch.last;
      }
      return expired;
    };
    // Every worker ends before the sweep answers, a failing one included: no untracked work goes on.
    const settled = await Promise.allSettled(Array.from({ length: Math.max(1, workers) }, worker));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.reduce((sum, r) => sum + (r as PromiseFulfilledResult<number>).value, 0);
  }
}
