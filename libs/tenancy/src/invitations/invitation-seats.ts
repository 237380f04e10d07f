import { Injectable } from '@nestjs/common';
import { Clock } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';
import { MembershipsRepository } from '../memberships/memberships.repository';
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
    private readonly clock: Clock,
  ) {}

  /** Seats in use in the tenant now, in the caller's transaction. */
  async used(tenantId: string, m: EntityManager): Promise<number> {
    return (await this.memberships.countInTenant(tenantId, m)) + (await this.invitations.countHeld(tenantId, this.clock.now(), m));
  }
}
