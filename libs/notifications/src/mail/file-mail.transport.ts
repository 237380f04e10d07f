import type { Clock } from '@tenant-iam/common';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailboxFile, mailboxFileName } from './mailbox-entry';
import { MailMessage, MailTransport } from './mail-transport';

/**
 * The embedded mode's "SMTP server": each mail becomes `<mailboxDir>/<iso-timestamp>-<id>.json`
 * (colons in the timestamp written as `-`), read back by `MailboxReader`.
 */
export class FileMailTransport extends MailTransport {
  constructor(
    private readonly mailboxDir: string,
    private readonly clock: Clock,
  ) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    const sentAt = this.clock.now();
    const file: MailboxFile = {
      id: message.id,
      to: message.to,
      from: message.from,
      subject: message.subject,
      text: message.text,
      html: message.html,
      sentAt: sentAt.toISOString(),
    };
    await mkdir(this.mailboxDir, { recursive: true });
    const target = join(this.mailboxDir, mailboxFileName(sentAt, message.id));
    // Write then rename, so a reader never sees half a file.
    const temporary = `${target}.tmp`;
    await writeFile(temporary, JSON.stringify(file, null, 2), 'utf8');
    await rename(temporary, target);
  }
}
