// A real SMTP server (smtp-server) on a free loopback port, for tests that need to see the mails
// the app sends. It decodes what nodemailer produces: multipart bodies, quoted-printable and
// base64 transfer encodings, charsets and RFC 2047 encoded-word headers (Polish and Ukrainian
// subjects are not ASCII). `mailparser` is not a dependency, so the decoding is hand-rolled here.
import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

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
        try {
          const mail = parseMail(Buffer.concat(chunks), session);
          mails.push(mail);
          for (const waiter of [...waiters]) {
            if (waiter.predicate(mail)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
          callback();
        } catch (error) {
          callback(error as Error);
        }
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

// ---- MIME decoding -------------------------------------------------------------------------------

interface MimeEntity {
  headers: Map<string, string[]>;
  /** Body as a binary (latin1) string, still transfer-encoded. */
  body: string;
}

function parseMail(raw: Buffer, session: SMTPServerSession): SinkMail {
  const binary = raw.toString('latin1');
  const root = splitEntity(binary);
  const leaves: MimeEntity[] = [];
  collectLeaves(root, leaves);
  const bodyOf = (type: string) => {
    const part = leaves.find((leaf) => contentType(leaf).type === type && !isAttachment(leaf));
    return part ? decodeBody(part) : '';
  };
  const headers: Record<string, string> = {};
  for (const [name, values] of root.headers) headers[name] = values.map(decodeHeader).join(', ');
  const envelope = session.envelope;
  return {
    to: envelope.rcptTo.map((address) => address.address),
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    subject: headers.subject ?? '',
    text: bodyOf('text/plain'),
    html: bodyOf('text/html'),
    headers,
    raw: raw.toString('utf8'),
    receivedAt: new Date(),
  };
}

function splitEntity(binary: string): MimeEntity {
  const match = /\r?\n\r?\n/.exec(binary);
  const head = match ? binary.slice(0, match.index) : binary;
  const body = match ? binary.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string[]>();
  // Unfold: a line starting with white space continues the previous header.
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return { headers, body };
}

function header(entity: MimeEntity, name: string): string {
  return entity.headers.get(name)?.[0] ?? '';
}

function parseParams(value: string): { value: string; params: Record<string, string> } {
  const [first, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { value: first.trim().toLowerCase(), params };
}

function contentType(entity: MimeEntity): { type: string; params: Record<string, string> } {
  const { value, params } = parseParams(header(entity, 'content-type') || 'text/plain; charset=us-ascii');
  return { type: value, params };
}

function isAttachment(entity: MimeEntity): boolean {
  return parseParams(header(entity, 'content-disposition')).value === 'attachment';
}

function collectLeaves(entity: MimeEntity, leaves: MimeEntity[]): void {
  const { type, params } = contentType(entity);
  if (!type.startsWith('multipart/') || !params.boundary) {
    leaves.push(entity);
    return;
  }
  const delimiter = `--${params.boundary}`;
  const sections = entity.body.split(new RegExp(`(?:^|\\r?\\n)${escapeRegExp(delimiter)}`));
  // sections[0] is the preamble; the section starting with "--" is the closing delimiter.
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    collectLeaves(splitEntity(section.replace(/^[ \t]*\r?\n/, '')), leaves);
  }
}

function decodeBody(entity: MimeEntity): string {
  const encoding = header(entity, 'content-transfer-encoding').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(entity.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  else if (encoding === 'quoted-printable') bytes = decodeQuotedPrintable(entity.body);
  else bytes = Buffer.from(entity.body, 'latin1');
  return decodeCharset(bytes, contentType(entity).params.charset).replace(/\r?\n$/, '');
}

function decodeQuotedPrintable(binary: string): Buffer {
  const unwrapped = binary.replace(/[ \t]+(?=\r?\n)/g, '').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped.slice(i + 1, i + 3);
    if (unwrapped[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unwrapped.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset = 'utf-8'): string {
  try {
    return new TextDecoder(charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** Decodes a raw header value: 8-bit bytes as UTF-8, then RFC 2047 encoded words. */
function decodeHeader(binary: string): string {
  const value = Buffer.from(binary, 'latin1').toString('utf8');
  const encodedWord = /=\?([^?*]+)(?:\*[^?]*)?\?([bBqQ])\?([^?]*)\?=/g;
  let out = '';
  let last = 0;
  // Adjacent encoded words (only white space between them) are one run of bytes: a multi-byte
  // character may be split across two words, so concatenate the bytes before decoding.
  let run: { charset: string; bytes: Buffer[] } | null = null;
  const flush = () => {
    if (run) out += decodeCharset(Buffer.concat(run.bytes), run.charset);
    run = null;
  };
  for (const match of value.matchAll(encodedWord)) {
    const between = value.slice(last, match.index);
    if (!run || !/^\s*$/.test(between)) {
      flush();
      out += between;
    }
    const charset = match[1].toLowerCase();
    const bytes = match[2].toUpperCase() === 'B' ? Buffer.from(match[3], 'base64') : decodeQuotedPrintable(match[3].replace(/_/g, ' '));
    if (run && (run as { charset: string }).charset !== charset) flush();
    run ??= { charset, bytes: [] };
    run.bytes.push(bytes);
    last = match.index + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
