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

/**
 * The default {@link IdentityEventSink}: records nothing. Identity recognises it and keeps login on
 * its path without a transaction (login is the benchmarked hot path).
 */
export class NoopIdentityEventSink extends IdentityEventSink {
  async record(): Promise<void> {}
}

/** True unless `sink` is the default that records nothing: whether a change needs a transaction for it. */
export function recordsEvents(sink: IdentityEventSink): boolean {
  return !(sink instanceof NoopIdentityEventSink);
}
