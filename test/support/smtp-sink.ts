// A real SMTP server (smtp-server) on a free loopback port, for tests that need to see the mails
// the app sends, decoded by mailparser (multipart bodies, transfer encodings, charsets, RFC 2047
// headers: Polish and Ukrainian subjects are not ASCII).
import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { recordLinkTokens } from './secrets/record';

/** One received mail, decoded. */
export interface SinkMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** Envelope sender (MAIL FROM). */
  from: string;
  subject: string;
  /** The text/plain body ('' when absent). */
  text: string;
  /** The text/html body ('' when absent). */
  html: string;
  /** Decoded headers, lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** The message exactly as received. */
  raw: string;
  receivedAt: Date;
}

/** A running sink; see {@link startSmtpSink}. */
export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, ready for nodemailer. */
  readonly url: string;
  readonly port: number;
  /** Every mail received so far, oldest first. */
  readonly mails: readonly SinkMail[];
  /** Resolves with the first mail (already received or arriving) that matches; rejects after `timeoutMs`. */
  waitFor(predicate: (mail: SinkMail) => boolean, timeoutMs?: number): Promise<SinkMail>;
  /** Forgets the received mails. */
  clear(): void;
  /** While true, RCPT TO and DATA are answered with 451 (a temporary outage). */
  setFailing(failing: boolean): void;
  close(): Promise<void>;
}

/** Starts an SMTP server on 127.0.0.1 and a free port (no auth required, no TLS). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: SinkMail[] = [];
  const waiters = new Set<{ predicate: (mail: SinkMail) => boolean; resolve: (mail: SinkMail) => void }>();
  let failing = false;

  const outage = () => Object.assign(new Error('Mailbox temporarily unavailable (test sink outage)'), { responseCode: 451 });

  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    size: 10 * 1024 * 1024,
    onRcptTo(_address, _session, callback) {
      callback(failing ? outage() : undefined);
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (failing) return callback(outage());
        parseMail(Buffer.concat(chunks), session).then(
          (mail) => {
            mails.push(mail);
            // The links' tokens are secrets the scan looks for (see ./secrets).
            recordLinkTokens(`${mail.text}\n${mail.html}`, `mail to ${mail.to.join(', ')}`);
            for (const waiter of [...waiters]) {
              if (waiter.predicate(mail)) {
                waiters.delete(waiter);
                waiter.resolve(mail);
              }
            }
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    get mails() {
      return mails;
    },
    waitFor(predicate, timeoutMs = 5000) {
      const found = mails.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<SinkMail>((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (mail: SinkMail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none';
          reject(new Error(`SMTP sink: no matching mail within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      mails.length = 0;
    },
    setFailing(value) {
      failing = value;
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Finds the `token` query parameter of a link in a mail body and URL-decodes it; with `path`, only
 * in a link to that path (e.g. `verify-email`).
 * @throws Error when there is no such link.
 */
export function extractToken(text: string, path?: string): string {
  // `&amp;` is how a query separator appears inside an HTML attribute.
  const prefix = path ? `/${escapeRegExp(path.replace(/^\/+/, ''))}\\?(?:[^\\s"'<>]*&(?:amp;)?)?` : '(?:[?&]|&amp;)';
  const match = new RegExp(`${prefix}token=([A-Za-z0-9\\-_.~%]+)`).exec(text);
  if (!match) throw new Error(`No token${path ? ` for /${path}` : ''} found in: ${text.slice(0, 500)}`);
  return decodeURIComponent(match[1]);
}

async function parseMail(raw: Buffer, session: SMTPServerSession): Promise<SinkMail> {
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const [key, value] of parsed.headers) headers[key] = headerText(value);
  const envelope = session.envelope;
  return {
    to: envelope.rcptTo.map((address) => address.address),
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    subject: parsed.subject ?? '',
    text: (parsed.text ?? '').replace(/\r?\n$/, ''),
    html: typeof parsed.html === 'string' ? parsed.html.replace(/\r?\n$/, '') : '',
    headers,
    raw: raw.toString('utf8'),
    receivedAt: new Date(),
  };
}

/** A header as mailparser structures it (string, address list, date, value with params), as text. */
function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(headerText).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('value' in value) return String((value as { value: unknown }).value);
  }
  return String(value);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
