import type { EntityManager } from 'typeorm';
import type { IdentityEvent, IdentityEvents } from '../identity.events';

/** The name of an identity event. */
export type IdentityEventName = (typeof IdentityEvents)[keyof typeof IdentityEvents];

/**
 * Port: receives identity's account events **inside the transaction** of the change (login,
 * password changed, email changed), so a listener's record commits or rolls back with it. Plug an
 * instance with `IdentityModuleOptions.eventSink` (tenancy writes its activity log this way). The
 * default does nothing. Events on the app's event bus are still emitted after commit.
 */
export abstract class IdentityEventSink {
  abstract record(manager: EntityManager, name: IdentityEventName, event: IdentityEvent): Promise<void>;
}
