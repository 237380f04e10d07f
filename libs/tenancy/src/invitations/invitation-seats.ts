import { Injectable } from '@nestjs/common';
import { Clock } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';
import { ActivityLog } from '../activity/activity-log.service';
import type { Actor } from '../context/actor';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { invitationTarget } from './invitation-target';
import { InvitationsRepository } from './invitations.repository';

/**
 * What takes a plan's seats: every membership (owner, active, blocked) and every pending
 * invitation not past its expiry. Call it under the tenant's row lock
 * (`TenantsRepository.lockForUpdate`): member adds, invitation sends, accepts and resends all count
 * there, so no two of them can take the last seat.
 */
@Injectable()
export class InvitationSeats {
  constructor(
    private readonly memberships: MembershipsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
  ) {}

  /** Seats in use in the tenant now, in the caller's transaction. */
  async used(tenantId: string, m: EntityManager): Promise<number> {
    return (await this.memberships.countInTenant(tenantId, m)) + (await this.invitations.countHeld(tenantId, this.clock.now(), m));
  }

  /**
   * One person, one seat: a membership about to be made for `email` other than by accepting an
   * invitation (a direct add) takes over the seat the address's pending invitation holds. The
   * invitation is revoked, by `actor`, with its `invitation.revoked` entry, in the caller's
   * transaction: call it under the tenant's row lock and before {@link used}, so the count no
   * longer holds it, and the revoke rolls back if the add fails. Its link then answers 410
   * `INVITATION_REVOKED`. (Accepting needs nothing of the kind: an address has at most one pending
   * invitation per tenant, the one being accepted.)
   */
  async passToMembership(tenantId: string, email: string, actor: Actor, m: EntityManager): Promise<void> {
    const revoked = await this.invitations.revokeHeld(tenantId, email, actor.type === 'user' ? actor.userId : null, this.clock.now(), m);
    if (!revoked) return;
    await this.activity.record(m, {
      tenantId,
      actor,
      action: 'invitation.revoked',
      target: invitationTarget(revoked),
      data: { email: revoked.email },
    });
  }
}
