/** One mail in the embedded mailbox folder, as listed by `MailboxReader` and `GET /dev/mailbox`. */
export interface MailboxEntry {
  /** The outbox row id of the mail. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** ISO 8601 instant the mail was written. */
  sentAt: string;
}

/** What a mailbox file holds: the entry plus the sender. */
export interface MailboxFile extends MailboxEntry {
  from: string;
}

/** `2025-11-24T06:15:00.000Z` -> `2025-11-24T06-15-00.000Z`: sortable and valid on every file system. */
export function mailboxFileName(sentAt: Date, id: string): string {
  return `${sentAt.toISOString().replace(/:/g, '-')}-${id}.json`;
}
