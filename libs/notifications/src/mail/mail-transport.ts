/** One mail as handed to a transport. */
export interface MailMessage {
  /** The outbox row id; used as the Message-ID local part and as the mailbox file id. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where rendered mails go: SMTP, or a folder in the embedded mode. */
export abstract class MailTransport {
  /** Sends one mail; rejects when it was not accepted (the outbox then retries it). */
  abstract send(message: MailMessage): Promise<void>;
}
