import type { EntityManager } from 'typeorm';

/**
 * Port: whether a user may hold only one session at a time. Identity asks it at every password
 * login, inside the login's transaction (`manager`), and when it answers true the login ends the
 * user's other sessions (they answer `SESSION_REPLACED` from then on). The default answers false
 * for everyone. Plug another with `IdentityModuleOptions.sessionPolicyResolver` (tenancy does:
 * `TenantSessionPolicies`, true for a member of an organisation with `singleSession` on).
 *
 * @example
 * IdentityModule.forRootAsync({
 *   useFactory: () => ({ accessTokenPrivateKey, sessionPolicyResolver: new OneDevicePolicy() }),
 * })
 */
export abstract class SessionPolicyResolver {
  /** True when a new login of `userId` must end the user's other sessions. */
  abstract singleSession(userId: string, manager: EntityManager): Promise<boolean>;
}

/**
 * The default {@link SessionPolicyResolver}: any number of sessions for everyone. Identity
 * recognises it and keeps login on its path without a transaction or a lock (the benchmarked one).
 */
export class AnySessionsPolicy extends SessionPolicyResolver {
  async singleSession(): Promise<boolean> {
    return false;
  }
}

/** True unless `resolver` is the default that never limits sessions: whether a login must ask it. */
export function limitsSessions(resolver: SessionPolicyResolver): boolean {
  return !(resolver instanceof AnySessionsPolicy);
}
