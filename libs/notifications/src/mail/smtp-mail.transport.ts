import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, MailTransport } from './mail-transport';

/** Connections kept open to the SMTP server: the relay's mails in flight at once. */
export const SMTP_POOL_SIZE = 20;

/**
 * SMTP through nodemailer, over a small pool of reused connections (a handshake per mail would
 * cap the throughput). Timeouts are kept well below the relay's lease, so a hung server fails the
 * attempt (and it is retried) before another relay may claim the same row.
 */
export class SmtpMailTransport extends MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    super();
    this.transporter = createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: SMTP_POOL_SIZE,
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
