/** Lifecycle of an outbox row: pending -> sending -> sent, or back to pending on failure, or failed. */
export enum OutboxStatus {
  Pending = 'pending',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
}

/** What an outbox row carries: a mail to render and send, or a job to run in a worker. */
export enum OutboxKind {
  Mail = 'mail',
  /** `template` holds the job name, `payload` its sealed data, `recipient` is empty. */
  Job = 'job',
}
