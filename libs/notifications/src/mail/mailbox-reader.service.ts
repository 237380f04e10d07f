import { Inject, Injectable } from '@nestjs/common';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import { MailboxEntry, MailboxFile } from './mailbox-entry';

const MAX_LIMIT = 500;

/**
 * Reads the embedded mailbox folder (`mailboxDir`), where mails land when no `smtpUrl` is set.
 * In SMTP mode the folder stays empty and `list()` returns `[]`.
 */
@Injectable()
export class MailboxReader {
  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: ResolvedNotificationsOptions) {}

  /**
   * The newest mails first.
   * @param limit how many, 1..500; default 50.
   */
  async list(limit = 50): Promise<MailboxEntry[]> {
    const count = Math.min(Math.max(1, Math.floor(limit) || 1), MAX_LIMIT);
    let names: string[];
    try {
      names = await readdir(this.options.mailboxDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // File names start with the sortable timestamp and end with a time-ordered uuid v7.
    const newest = names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
      .slice(0, count);
    const entries = await Promise.all(newest.map((name) => this.read(name)));
    return entries.filter((entry): entry is MailboxEntry => entry !== null);
  }

  private async read(name: string): Promise<MailboxEntry | null> {
    try {
      const file = JSON.parse(await readFile(join(this.options.mailboxDir, name), 'utf8')) as MailboxFile;
      return { id: file.id, to: file.to, subject: file.subject, text: file.text, html: file.html, sentAt: file.sentAt };
    } catch {
      // Deleted meanwhile or not ours: the mailbox is a dev convenience, skip rather than fail.
      return null;
    }
  }
}
