import type { Clock } from '@tenant-iam/common';
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailboxFile, mailboxFileName } from './mailbox-entry';
import { MailMessage, MailTransport } from './mail-transport';

/**
 * The embedded mode's "SMTP server": each mail becomes `<mailboxDir>/<iso-timestamp>-<id>.json`
 * (colons in the timestamp written as `-`), read back by `MailboxReader`. The folder is 0700 and
 * each file 0600: they carry live verification and reset links.
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
    // Mails hold live link tokens: only the app's own user may read them (folder 0700, files 0600).
    // mkdir's mode only applies to a folder it creates, so an existing one is tightened too.
    await mkdir(this.mailboxDir, { recursive: true, mode: 0o700 });
    await chmod(this.mailboxDir, 0o700);
    const target = join(this.mailboxDir, mailboxFileName(sentAt, message.id));
    // Write then rename, so a reader never sees half a file.
    const temporary = `${target}.tmp`;
    await writeFile(temporary, JSON.stringify(file, null, 2), { encoding: 'utf8', mode: 0o600 });
    await rename(temporary, target);
  }
}
