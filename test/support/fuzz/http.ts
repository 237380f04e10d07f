// Sends a request byte for byte as the fuzz built it (raw path and query, any Content-Type or
// none, bodies that are not UTF-8), which supertest would normalise, and reads the whole answer.
import { Agent, IncomingHttpHeaders, request } from 'node:http';

/** A request exactly as sent. */
export interface RawRequest {
  method: string;
  /** Path and query, already percent-encoded as they go on the wire. */
  path: string;
  headers: Record<string, string>;
  payload?: Buffer;
  /** The Content-Type header; `null` or absent: none is sent. */
  contentType?: string | null;
}

/** The answer, read whole. */
export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body when it is JSON (of any `+json` type). */
  json?: unknown;
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });
/** Longer than any answer of a healthy app takes: past it the request counts as a hang. */
export const ANSWER_TIMEOUT_MS = 15_000;

/** Sends `req` to `baseUrl`; rejects only when no answer came (a reset, a hang). */
export function sendRaw(baseUrl: string, req: RawRequest): Promise<HttpAnswer> {
  const url = new URL(baseUrl);
  const headers: Record<string, string | number> = { ...req.headers };
  if (req.contentType !== undefined && req.contentType !== null) headers['content-type'] = req.contentType;
  if (req.payload) headers['content-length'] = req.payload.length;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent, timeout: ANSWER_TIMEOUT_MS },
      (incoming) => {
        answered = true;
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          if (/[/+]json\b/.test(String(incoming.headers['content-type'] ?? ''))) {
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
          }
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json, ms: Date.now() - started });
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)));
    // A server may answer early (413) and close while the body is still being written: the
    // answer counts, the write error after it does not.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.end(req.payload);
  });
}
