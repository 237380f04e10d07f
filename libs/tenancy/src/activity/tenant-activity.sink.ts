import { IdentityEvent, IdentityEventName, IdentityEvents, IdentityEventSink } from '@tenant-iam/identity';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import type { ActivityAction } from './activity.map';
import { ActivityRepository } from './activity.repository';

/** The account events every tenant of the user logs. */
const LOGGED: Partial<Record<IdentityEventName, ActivityAction>> = {
  [IdentityEvents.Login]: 'user.login',
  [IdentityEvents.PasswordChanged]: 'user.password_changed',
  [IdentityEvents.EmailChanged]: 'user.email_changed',
};

/**
 * Tenancy's implementation of identity's transactional event port: an account event of a member
 * becomes one activity entry in each of their tenants, in the transaction of the change. Plug it
 * with `IdentityModule.forRootAsync({ useFactory: () => ({ ..., eventSink: new TenantActivitySink() }) })`.
 * No addresses are copied into the log: another tenant's admin has no business with them.
 */
export class TenantActivitySink extends IdentityEventSink {
  async record(manager: EntityManager, name: IdentityEventName, event: IdentityEvent): Promise<void> {
    const action = LOGGED[name];
    if (!action) return;
    // Nothing identifying beyond the user: no addresses, no session ids for other tenants' admins.
    const data = dataOf(action, event);
    await ActivityRepository.insertForUserTenants(manager, event.userId, { action, at: event.at, data }, uuidv7);
  }
}

/** The entry's data: only what the map allows for the action, nothing copied blindly from the event. */
function dataOf(action: ActivityAction, event: IdentityEvent): Record<string, unknown> {
  if (action === 'user.email_changed' && event.data?.restored === true) return { restored: true };
  const replaced = event.data?.replacedSessions;
  if (action === 'user.login' && typeof replaced === 'number' && replaced > 0) return { replacedSessions: replaced };
  return {};
}
