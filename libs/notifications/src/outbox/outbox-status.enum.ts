/** Lifecycle of an outbox row: pending -> sending -> sent, or back to pending on failure, or failed. */
export enum OutboxStatus {
  Pending = 'pending',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
}

/** What an outbox row carries. Only mail today. */
export enum OutboxKind {
  Mail = 'mail',
}
