import { MailboxEntry } from '@tenant-iam/notifications';
import { ApiProperty } from '@nestjs/swagger';

/** One mail of the embedded mailbox. */
export class MailboxEntryResponse implements MailboxEntry {
  @ApiProperty({ description: 'Outbox id of the mail (uuid v7)', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ann@example.com' })
  to: string;

  @ApiProperty({ example: 'Confirm your email address' })
  subject: string;

  @ApiProperty({ description: 'Plain-text body' })
  text: string;

  @ApiProperty({ description: 'HTML body' })
  html: string;

  @ApiProperty({ format: 'date-time' })
  sentAt: string;
}

/** `GET /dev/mailbox`: the newest mails first. */
export class MailboxListResponse {
  @ApiProperty({ type: [MailboxEntryResponse] })
  items: MailboxEntryResponse[];
}
