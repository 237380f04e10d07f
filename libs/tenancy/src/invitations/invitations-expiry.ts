import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tenant-iam/common';
import { JobHandler } from '@tenant-iam/notifications';
import { v7 as uuidv7 } from 'uuid';
import { InvitationJob } from './invitations.mail';
import { InvitationsRepository } from './invitations.repository';

/** Invitations expired per statement: short statements, so an accept never waits long on a row. */
export const EXPIRY_BATCH = 1000;
/** Most batches one run works through (10 million rows); the next tick goes on. */
const MAX_BATCHES = 10_000;

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
   * transaction); returns how many.
   */
  async sweep(batchSize = EXPIRY_BATCH): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    let from = new Date(0);
    for (let i = 0; i < MAX_BATCHES; i++) {
      const ids = Array.from({ length: batchSize }, () => uuidv7());
      const batch = await this.invitations.expireDue(now, from, ids, InvitationJob.ExpireInvitations);
      total += batch.expired;
      if (batch.expired < batchSize || !batch.last) break;
      from = batch.last;
    }
    return total;
  }
}
