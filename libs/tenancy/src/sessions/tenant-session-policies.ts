import { SessionPolicyResolver } from '@tenant-iam/identity';
import type { EntityManager } from 'typeorm';
import { TenantSessionsRepository } from './tenant-sessions.repository';

/**
 * Tenancy's implementation of identity's {@link SessionPolicyResolver} port: a user has one
 * session at a time when **any** organisation they can work in has `singleSession` on (the
 * strictest wins: a login ends the user's sessions everywhere, since a session is the account's,
 * not a tenant's). Only memberships that open the tenant's panel count: active ones, in a role
 * other than `contact`. A blocked membership or a contact entry gives that tenant no say over the
 * account's devices; once unblocked, the rule applies from the member's next login.
 *
 * Built by the host inside identity's `forRootAsync` factory (no injection needed: it reads on
 * the login's own transaction).
 *
 * @example
 * IdentityModule.forRootAsync({
 *   useFactory: () => ({ accessTokenPrivateKey, sessionPolicyResolver: new TenantSessionPolicies() }),
 * })
 */
export class TenantSessionPolicies extends SessionPolicyResolver {
  private readonly repository = new TenantSessionsRepository();

  /** True when an active, panel-access membership of `userId` is in a tenant with `singleSession` on (one query). */
  singleSession(userId: string, manager: EntityManager): Promise<boolean> {
    return this.repository.singleSessionFor(userId, manager);
  }
}
