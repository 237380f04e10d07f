// The raw baseline of `GET /api/v1/tenants/:tenantId/members`: plain node:http + a pg Pool doing
// the same checks and the same SQL as the app's stack, per request:
//   1. parse the URL and `limit` (integer 1..100, default 20);
//   2. verify the ES256 access token with node:crypto (alg pinned, kid known, signature, exp);
//   3. the session check: SessionsRepository.check's statement;
//   4. the tenant context: MembershipsRepository.findContext's statement;
//   5. the ability: a plain role check (the bench caller is the owner, who may read members with no
//      extra condition), refusing blocked memberships and contacts as the tenant guard does;
//   6. the page: the members list statement, limit + 1 rows, and `nextCursor` from the last item.
// Each statement goes prepared or unnamed as the app sends it (`setUnnamed`, set by the bench from
// the SQL the app sent). No framework, no ORM, no validation library, no logging, no metrics.
import { createPublicKey, KeyObject, verify } from 'node:crypto';
import { thumbprint } from '@tenant-iam/identity';
import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';

export interface RawMembersOptions {
  databaseUrl: string;
  /** PEM of the app's ES256 signing key; the public half verifies. */
  jwtPrivateKey: string;
  /** Pool size; the app's TypeORM pool is `extra: { max: 20 }`. */
  poolMax?: number;
}

/** A statement of {@link MEMBERS_SQL}. */
export type MembersStatement = keyof typeof MEMBERS_SQL;

export interface RawMembersServer {
  baseUrl: string;
  /**
   * Which statements go unnamed (parsed and planned by PostgreSQL on every call, as TypeORM's
   * `query()` sends them) instead of as named prepared statements; all are prepared until set.
   * The bench sets it to what the app does, read from the SQL the app sent.
   */
  setUnnamed(statements: Iterable<MembersStatement>): void;
  close(): Promise<void>;
}

// Keep in step with the app: the statements below are copied from
//   libs/identity/src/sessions/sessions.repository.ts   (SQL.check, prepared there too)
//   libs/tenancy/src/memberships/memberships.repository.ts   (findContext)
//   libs/tenancy/src/memberships/memberships.repository.ts   (listMembers, via MembersService.list)
// and checked with `node -r ./bench/lib/register.js bench/sql-trace.ts members` (bench/README.md).
export const MEMBERS_SQL = {
  sessionActive: `SELECT s.id AS session_id, s.user_id, u.email, u.status,
            (s.revoked_at IS NULL AND s.expires_at > $2) AS active, s.revoked_reason
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1`,
  tenantContext: `SELECT m.id, m.role, m.status, m.permission_set_id, s.version AS set_version, t.settings_version,
           (t.settings -> 'membersCanInvite') = 'true'::jsonb AS members_can_invite,
           ARRAY(SELECT mc.company_id FROM membership_companies mc
                 WHERE mc.tenant_id = m.tenant_id AND mc.membership_id = m.id ORDER BY mc.company_id) AS company_ids
         FROM memberships m
         JOIN tenants t ON t.id = m.tenant_id
         LEFT JOIN permission_sets s ON s.tenant_id = m.tenant_id AND s.id = m.permission_set_id
         WHERE m.tenant_id = $1 AND m.user_id = $2`,
  // MembershipsRepository.listMembers as MembersService.list calls it for page one with no filter:
  // `m.tenant_id = $1`, then the caller's `read Member` rules from accessibleSql (the owner's: TRUE),
  // one row more than asked for `nextCursor`.
  membersPage: `SELECT m.id, m.user_id, u.email, u.first_name, u.last_name, u.phone, m.role, m.status, m.permission_set_id,
           m.attributes, m.created_at,
           ARRAY(SELECT mc.company_id FROM membership_companies mc WHERE mc.membership_id = m.id ORDER BY mc.company_id) AS company_ids,
           ARRAY(SELECT mg.group_id FROM membership_groups mg
                 WHERE mg.tenant_id = m.tenant_id AND mg.membership_id = m.id ORDER BY mg.group_id) AS group_ids
         FROM memberships m JOIN user_directory u ON u.id = m.user_id
         WHERE m.tenant_id = $1 AND (TRUE)
         ORDER BY m.id
         LIMIT $2`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROUTE = /^\/api\/v1\/tenants\/([^/?]+)\/members$/;
const DEFAULT_LIMIT = 20;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

interface Claims {
  sub?: unknown;
  sid?: unknown;
  exp?: unknown;
}

/** Verifies a compact ES256 JWS: alg pinned, kid must be ours, raw R||S signature; returns the claims. */
export function verifyEs256(token: string, key: KeyObject, kid: string): Claims {
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) throw new HttpError(401, 'UNAUTHORIZED');
  let header: { alg?: unknown; kid?: unknown };
  let claims: Claims;
  try {
    header = JSON.parse(Buffer.from(token.slice(0, first), 'base64url').toString('utf8')) as typeof header;
    if (header?.alg !== 'ES256' || header.kid !== kid) throw new Error('alg or kid');
    const ok = verify(
      'sha256',
      Buffer.from(token.slice(0, second)),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(token.slice(second + 1), 'base64url'),
    );
    if (!ok) throw new Error('signature');
    claims = JSON.parse(Buffer.from(token.slice(first + 1, second), 'base64url').toString('utf8')) as Claims;
  } catch {
    throw new HttpError(401, 'UNAUTHORIZED');
  }
  if (typeof claims?.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') {
    throw new HttpError(401, 'UNAUTHORIZED');
  }
  return claims;
}

/**
 * The member representation, as the app's list returns it (toMemberResponse): the viewer's own row
 * leaves out `permissionSetId`; `groupIds` is empty until groups exist.
 */
function toMember(r: Record<string, any>, viewerUserId: string) {
  return {
    id: r.id,
    userId: r.user_id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    phone: r.phone,
    role: r.role,
    status: r.status,
    ...(r.user_id === viewerUserId ? {} : { permissionSetId: r.permission_set_id }),
    companyIds: r.company_ids,
    groupIds: r.group_ids,
    attributes: r.attributes,
    createdAt: (r.created_at as Date).toISOString(),
  };
}

export async function startRawMembersServer(options: RawMembersOptions): Promise<RawMembersServer> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolMax ?? 20 });
  const publicKey = createPublicKey(options.jwtPrivateKey);
  const kid = thumbprint(publicKey.export({ format: 'jwk' }));
  let unnamed = new Set<MembersStatement>();
  const run = (name: MembersStatement, values: unknown[]) =>
    pool.query(unnamed.has(name) ? { text: MEMBERS_SQL[name], values } : { name: `rawm_${name}`, text: MEMBERS_SQL[name], values });

  async function members(tenantId: string, query: URLSearchParams, authorization: string | undefined) {
    // In Nest guards run before pipes: authentication and the tenant first, `limit` after.
    if (!authorization?.startsWith('Bearer ')) throw new HttpError(401, 'UNAUTHORIZED');
    const claims = verifyEs256(authorization.slice(7), publicKey, kid);
    const now = new Date();
    if ((claims.exp as number) * 1000 <= now.getTime()) throw new HttpError(401, 'ACCESS_TOKEN_EXPIRED');
    const session = (await run('sessionActive', [claims.sid, now])).rows[0];
    if (session?.revoked_reason === 'replaced' && session.user_id === claims.sub) throw new HttpError(401, 'SESSION_REPLACED');
    if (!session?.active || session.user_id !== claims.sub) throw new HttpError(401, 'SESSION_REVOKED');
    if (session.status === 'disabled') throw new HttpError(401, 'ACCOUNT_DISABLED');

    if (!UUID.test(tenantId)) throw new HttpError(404, 'TENANT_NOT_FOUND');
    const membership = (await run('tenantContext', [tenantId, session.user_id])).rows[0];
    if (!membership) throw new HttpError(404, 'TENANT_NOT_FOUND');
    if (membership.status === 'blocked') throw new HttpError(403, 'MEMBERSHIP_BLOCKED');
    if (membership.role === 'contact') throw new HttpError(403, 'NO_PANEL_ACCESS');
    // The ability, as a plain role check: owners, superadmins and admins read members with no
    // condition; the bench caller is the owner. (Members and clients would need their set.)
    if (membership.role !== 'owner' && membership.role !== 'superadmin' && membership.role !== 'admin') {
      throw new HttpError(403, 'FORBIDDEN');
    }

    const rawLimit = query.get('limit');
    const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new HttpError(400, 'VALIDATION_FAILED');
    const rows = (await run('membersPage', [tenantId, limit + 1])).rows;
    const items = rows.slice(0, limit).map((r) => toMember(r, session.user_id as string));
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify({ id: last.id }), 'utf8').toString('base64url') : null;
    return { items, nextCursor };
  }

  const send = (res: ServerResponse, status: number, payload: unknown) => {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const match = req.method === 'GET' ? ROUTE.exec(q < 0 ? url : url.slice(0, q)) : null;
    if (!match) return send(res, 404, { code: 'NOT_FOUND' });
    inFlight++;
    members(decodeURIComponent(match[1]), new URLSearchParams(q < 0 ? '' : url.slice(q + 1)), req.headers.authorization)
      .finally(() => inFlight--)
      .then(
        (result) => send(res, 200, result),
        (error: unknown) =>
          error instanceof HttpError
            ? send(res, error.status, { code: error.code })
            : (console.error('[raw-members]', error), send(res, 500, { code: 'INTERNAL' })),
      );
    // A GET has no body; drain anything sent anyway so the connection stays usable.
    req.resume();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    setUnnamed(statements) {
      unnamed = new Set(statements);
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (let i = 0; i < 500 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await pool.end();
    },
  };
}
