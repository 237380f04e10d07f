import { Public } from '@tenant-iam/identity';
import { MailboxReader } from '@tenant-iam/notifications';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListMailboxQuery } from './list-mailbox.query';
import { MailboxListResponse } from './mailbox.response';

/**
 * The embedded mode's inbox: every mail the app "sent" to its mailbox folder, so a try-out user
 * can click the verification, reset and invitation links without an SMTP server. Public on
 * purpose (there is no account yet when the first link is needed); it only exists when
 * {@link DevModule} is mounted, which the app does only in the embedded mode.
 */
@ApiTags('dev')
@Public()
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: MailboxReader) {}

  @Get()
  @ApiOperation({ summary: 'Mails written to the local mailbox folder, newest first (embedded mode only)' })
  @ApiOkResponse({ type: MailboxListResponse })
  async list(@Query() query: ListMailboxQuery): Promise<MailboxListResponse> {
    return { items: await this.mailbox.list(query.limit ?? 50) };
  }
}
