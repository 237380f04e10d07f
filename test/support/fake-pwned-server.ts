import { createHash, randomBytes } from 'node:crypto';
import { createServer, IncomingHttpHeaders, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** How the fake answers: normally, with `503`, or never (to test timeouts). */
export type FakePwnedMode = 'ok' | 'error' | 'hang';

/** One request the fake received, as it arrived. */
export interface RecordedPwnedRequest {
  method: string;
  /** The raw request path, e.g. `/range/21BD1`. */
  path: string;
  /** Lower-case header names, as Node parses them. */
  headers: IncomingHttpHeaders;
}

/** A running fake of the Have I Been Pwned range API. */
export interface FakePwnedServer {
  /** Base URL to configure as `baseUrl`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Every request received, oldest first. */
  readonly requests: RecordedPwnedRequest[];
  setMode(mode: FakePwnedMode): void;
  /** Marks one more password as breached (count 1). */
  addBreached(password: string, count?: number): void;
  /** Stops the server, dropping hanging connections. */
  close(): Promise<void>;
}

/** Options beyond the list of breached passwords. */
export interface FakePwnedServerOptions {
  /**
   * Passwords whose suffixes appear only as padding lines (count 0) when `Add-Padding: true` is
   * sent: a client that forgets to ignore padding reports them as breached.
   */
  paddingFor?: string[];
  /** Random padding lines added to each padded answer (the real API pads to 800-1000 lines). Default 50. */
  paddingLines?: number;
}

function sha1(password: string): string {
  return createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
}

function randomSuffix(): string {
  return randomBytes(18).toString('hex').toUpperCase().slice(0, 35);
}

/**
 * Starts a real `node:http` server on a free loopback port that implements
 * `GET /range/:prefix` (5 hex characters) from an in-memory list of breached passwords, like
 * api.pwnedpasswords.com: `SUFFIX:COUNT` lines separated by CRLF, a few unrelated (non-zero) entries
 * in every range, and padding lines with count 0 when the request has `Add-Padding: true`.
 *
 * @example
 * const pwned = await startFakePwnedServer(['P@ssw0rd']);
 * const checker = new BreachedPasswordChecker({ baseUrl: pwned.url });
 * expect(pwned.requests[0].path).toMatch(/^\/range\/[0-9A-F]{5}$/);
 * await pwned.close();
 */
export async function startFakePwnedServer(breached: string[] = [], options: FakePwnedServerOptions = {}): Promise<FakePwnedServer> {
  const counts = new Map<string, number>();
  const addBreached = (password: string, count = 1) => counts.set(sha1(password), count);
  for (const password of breached) addBreached(password);
  const paddingHashes = (options.paddingFor ?? []).map(sha1);
  const paddingLines = options.paddingLines ?? 50;
  const requests: RecordedPwnedRequest[] = [];
  let mode: FakePwnedMode = 'ok';

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push({ method: req.method ?? '', path, headers: req.headers });
    if (mode === 'hang') return; // Never answer; close() drops the socket.
    if (mode === 'error') return send(res, 503, 'Service Unavailable');
    const match = /^\/range\/([0-9A-Fa-f]{5})$/.exec(path);
    if (req.method !== 'GET' || !match) {
      return send(res, 400, 'The hash prefix was not in a valid format');
    }
    const prefix = match[1].toUpperCase();
    const lines: string[] = [];
    for (const [hash, count] of counts) {
      if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:${count}`);
    }
    // Unrelated breaches share every real prefix, so a "clean" answer is never empty.
    for (let i = 0; i < 3; i += 1) lines.push(`${randomSuffix()}:${1 + i * 7}`);
    if (req.headers['add-padding'] === 'true') {
      for (const hash of paddingHashes) if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:0`);
      for (let i = 0; i < paddingLines; i += 1) lines.push(`${randomSuffix()}:0`);
    }
    lines.sort();
    send(res, 200, lines.join('\r\n'));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setMode: (next) => {
      mode = next;
    },
    addBreached: (password, count) => {
      addBreached(password, count);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests and keep-alive sockets would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
  };
}
