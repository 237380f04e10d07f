// The raw baseline: plain node:http + a pg Pool running the same SQL as the app's login and
// refresh (same statements, same round trips, same transaction), with argon2 from
// @node-rs/argon2 and an ES256 JWT signed with node:crypto. No framework, no ORM, no validation
// library, no logging, no metrics, no throttling.
import { verify } from '@node-rs/argon2';
import { createHash, createPrivateKey, createPublicKey, KeyObject, randomBytes, sign } from 'node:crypto';
import { thumbprint } from '@tenant-iam/identity';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';

export interface RawServerOptions {
  databaseUrl: string;
  /** PEM of the ES256 signing key (the app's). */
  jwtPrivateKey: string;
  accessTokenTtlMs: number;
  refreshTokenTtlMs: number;
  /** A hash with the current parameters, verified when the email is unknown (as the app does). */
  dummyHash: string;
  /** Pool size; the app's TypeORM pool is `extra: { max: 20 }`. */
  poolMax?: number;
}

export interface RawServer {
  baseUrl: string;
  close(): Promise<void>;
}

// The statements the app sends (checked by logging pg's Client#query, see bench/README.md), as
// named prepared statements, as the app does since it stopped using findOneBy on these paths
// (UsersRepository / SessionsRepository, `runPrepared`). Keep in step with the app.
const USER_COLUMNS =
  '"id", "email", "email_verified_at", "password_hash", "status", "first_name", "last_name", "phone", "locale", "must_change_password", "created_at", "updated_at"';

const SQL = {
  userByEmail: `SELECT ${USER_COLUMNS} FROM users WHERE email = $1`,
  // Since 83b3a88 the app opens a session with one statement (SessionsRepository.create).
  openSession: `WITH s AS (
         INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip)
         VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id)
       INSERT INTO refresh_tokens (id, session_id, token_hash, created_at) SELECT $7, s.id, $8, $3 FROM s`,
  // Since 7a8ebf3 the app refreshes with one joined read and one rotation statement
  // (SessionsRepository.findRefreshContext / rotate).
  refreshContext: `SELECT r.id, r.session_id, r.used_at, s.user_id, s.revoked_at, s.expires_at, u.email, u.status
       FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.id = s.user_id
       WHERE r.token_hash = $1`,
  rotate: `WITH used AS (
         UPDATE refresh_tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL RETURNING session_id),
       next AS (
         INSERT INTO refresh_tokens (id, session_id, token_hash, created_at) SELECT $3, session_id, $4, $1 FROM used RETURNING session_id)
       UPDATE sessions SET expires_at = $5, last_seen_at = $1 WHERE id IN (SELECT session_id FROM next) AND revoked_at IS NULL AND expires_at > $1 RETURNING id`,
  revokeSession: `UPDATE sessions SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND revoked_at IS NULL`,
};

/** A compact ES256 JWS, as the app signs access tokens (raw R||S signature, kid in the header). */
export function signEs256(claims: object, key: KeyObject, kid: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid })).toString('base64url');
  const body = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${sign('sha256', Buffer.from(body), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

export async function startRawServer(options: RawServerOptions): Promise<RawServer> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolMax ?? 20 });
  const ttlSec = Math.floor(options.accessTokenTtlMs / 1000);
  const signingKey = createPrivateKey(options.jwtPrivateKey);
  const kid = thumbprint(createPublicKey(signingKey).export({ format: 'jwk' }));

  function pair(userId: string, sessionId: string, refreshToken: string, now: Date) {
    const iat = Math.floor(now.getTime() / 1000);
    const accessToken = signEs256({ sub: userId, sid: sessionId, iat, exp: iat + ttlSec }, signingKey, kid);
    return { accessToken, refreshToken, expiresIn: ttlSec, tokenType: 'Bearer', sessionId };
  }

  const run = (name: keyof typeof SQL, values: unknown[]) => pool.query({ name: `raw_${name}`, text: SQL[name], values });

  async function login(body: Record<string, unknown>, req: IncomingMessage) {
    if (typeof body.email !== 'string' || typeof body.password !== 'string' || !body.email || !body.password) {
      throw new HttpError(400, 'VALIDATION');
    }
    const email = body.email.trim().toLowerCase();
    const user = (await run('userByEmail', [email])).rows[0];
    const valid = user?.password_hash
      ? await verify(user.password_hash, body.password).catch(() => false)
      : (await verify(options.dummyHash, body.password).catch(() => false), false);
    if (!user || !valid) throw new HttpError(401, 'INVALID_CREDENTIALS');
    if (user.status === 'disabled') throw new HttpError(403, 'ACCOUNT_DISABLED');
    if (!user.email_verified_at) throw new HttpError(403, 'EMAIL_NOT_VERIFIED');
    const now = new Date();
    const sessionId = uuidv7();
    const refreshToken = randomBytes(32).toString('base64url');
    const ua = req.headers['user-agent']?.slice(0, 512) ?? null;
    await run('openSession', [
      sessionId,
      user.id,
      now,
      new Date(now.getTime() + options.refreshTokenTtlMs),
      ua,
      req.socket.remoteAddress ?? null,
      uuidv7(),
      sha256(refreshToken),
    ]);
    return pair(user.id, sessionId, refreshToken, now);
  }

  async function refresh(body: Record<string, unknown>) {
    if (typeof body.refreshToken !== 'string' || !body.refreshToken) throw new HttpError(400, 'VALIDATION');
    const now = new Date();
    const found = (await run('refreshContext', [sha256(body.refreshToken)])).rows[0];
    if (!found || found.revoked_at || found.expires_at <= now || found.status === 'disabled') {
      throw new HttpError(401, 'REFRESH_TOKEN_INVALID');
    }
    const next = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + options.refreshTokenTtlMs);
    const rotated = !found.used_at && (await run('rotate', [now, found.id, uuidv7(), sha256(next), expiresAt])).rowCount === 1;
    if (!rotated) {
      await run('revokeSession', [now, 'refresh_token_reused', found.session_id]);
      throw new HttpError(401, 'REFRESH_TOKEN_REUSED');
    }
    return pair(found.user_id, found.session_id, next, now);
  }

  const send = (res: ServerResponse, status: number, payload: unknown) => {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1024 * 1024) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return send(res, 400, { code: 'MALFORMED_BODY' });
      }
      const handler =
        req.method === 'POST' && req.url === '/api/v1/auth/login'
          ? login(body, req)
          : req.method === 'POST' && req.url === '/api/v1/auth/refresh'
            ? refresh(body)
            : null;
      if (!handler) return send(res, 404, { code: 'NOT_FOUND' });
      inFlight++;
      handler
        .finally(() => inFlight--)
        .then(
          (result) => send(res, 200, result),
          (error: unknown) =>
            error instanceof HttpError
              ? send(res, error.status, { code: error.code })
              : (console.error('[raw]', error), send(res, 500, { code: 'INTERNAL' })),
        );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      // Requests cut off by the load generator still finish their SQL; wait (bounded) for them.
      for (let i = 0; i < 500 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await pool.end();
    },
  };
}
