import type { MailTemplates } from './mail-template';

/**
 * What one `NotificationsModule.forFeature(...)` call contributes. Instances are found at boot
 * with Nest's DiscoveryService, so any number of libs can register without knowing each other.
 */
export class NotificationsFeature {
  constructor(
    readonly templates: MailTemplates,
    /** Job names this feature enqueues; each must have exactly one `@JobHandler`. */
    readonly jobs: readonly string[],
    /** Job names run on the sweep schedule. */
    readonly sweeps: readonly string[] = [],
  ) {}
}
