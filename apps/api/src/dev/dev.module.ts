import { Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller';

/**
 * Development-only routes: `GET /api/v1/dev/mailbox` (the app also serves the same list at the
 * root `/dev/mailbox`). Mount it only in the embedded mode, i.e. when {@link isDevMailboxEnabled}
 * holds: no `SMTP_URL` (mails go to the mailbox folder) and `NODE_ENV` is not `production`.
 * It must never be mounted in production: the mailbox holds live link tokens.
 * Needs the global `NotificationsModule` for `MailboxReader`.
 */
@Module({ controllers: [DevMailboxController] })
export class DevModule {}

/** Whether the dev mailbox may be mounted: no SMTP server configured and not production. */
export function isDevMailboxEnabled(config: { smtpUrl?: string; env: string }): boolean {
  return !config.smtpUrl && config.env !== 'production';
}
