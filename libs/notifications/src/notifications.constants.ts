/** Names of the jobs this lib declares and handles. */
export enum NotificationsJob {
  /** Delivers due outbox rows; enqueued by `Outbox.flush()` and by the poll timer, deduplicated. */
  Relay = 'notifications.relay',
  /** Deletes sent outbox rows older than `outboxRetention`; on the sweep schedule. */
  SweepOutbox = 'notifications.sweep-outbox',
}
