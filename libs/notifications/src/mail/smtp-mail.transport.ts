import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, MailTransport } from './mail-transport';

/**
 * SMTP through nodemailer. Timeouts are kept well below the relay's lease, so a hung server
 * fails the attempt (and it is retried) before another relay may claim the same row.
 */
export class SmtpMailTransport extends MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    super();
    this.transporter = createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    const domain = /@([^\s>]+)/.exec(message.from)?.[1] ?? 'localhost';
    await this.transporter.sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${message.id}@${domain}>`,
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
