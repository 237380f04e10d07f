import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { BENCH_PASSWORD, seedUsers } from './seed';

export interface MembersSeed {
  tenantId: string;
  ownerEmail: string;
  /** How many memberships the tenant has, the owner's included. */
  memberships: number;
}

async function postJson(url: string, body: object, token?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/**
 * Logs `email` in `count` times over HTTP (`POST /auth/login` on the app): `count` sessions, so
 * that each load connection has its own and the session check reads a different row per connection.
 * Returns the access tokens. Sequential: each login is one argon2 verify.
 */
export async function loginSessions(baseUrl: string, email: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const login = await postJson(`${baseUrl}/api/v1/auth/login`, { email, password: BENCH_PASSWORD });
    if (login.status !== 200) throw new Error(`login of ${email} answered ${login.status}: ${JSON.stringify(login.body)}`);
    tokens.push(login.body.accessToken as string);
  }
  return tokens;
}

/**
 * One tenant with `members` members besides its owner:
 * - the owner is a verified, active user made by `seedUsers` (SQL, the app's hash);
 * - the tenant is created over HTTP as the owner (`POST /api/v1/tenants`: owner membership,
 *   built-in permission set, activity entry, all by the app's TenantsService);
 * - the members, `via: 'http'`: `POST /api/v1/tenants/:tenantId/members` as the owner, each a new
 *   account with `password: { mode: "set" }` (MembersService: seat check, account, membership,
 *   activity), role `member` with the built-in set, every tenth one `admin`;
 *   `via: 'sql'`: users from `seedUsers` and memberships inserted in SQL as
 *   test/support/factories/members.ts did before the members service existed.
 */
export async function seedTenantWithMembers(
  baseUrl: string,
  databaseUrl: string,
  members: number,
  via: 'http' | 'sql' = 'http',
): Promise<MembersSeed> {
  const { emails, ids } = await seedUsers(databaseUrl, via === 'sql' ? members + 1 : 1);
  const ownerEmail = emails[0];
  const [ownerToken] = await loginSessions(baseUrl, ownerEmail, 1);
  const created = await postJson(`${baseUrl}/api/v1/tenants`, { name: 'Bench Members Sp. z o.o.' }, ownerToken);
  if (created.status !== 201) throw new Error(`POST /tenants answered ${created.status}: ${JSON.stringify(created.body)}`);
  const tenantId = created.body.id as string;

  if (via === 'http') {
    for (let n = 1; n <= members; n++) {
      const added = await postJson(
        `${baseUrl}/api/v1/tenants/${tenantId}/members`,
        {
          email: `bench-member-${n}@bench.test`,
          role: n % 10 === 0 ? 'admin' : 'member',
          firstName: 'Member',
          lastName: `Number ${n}`,
          password: { mode: 'set', value: BENCH_PASSWORD },
        },
        ownerToken,
      );
      if (added.status !== 201) throw new Error(`POST /members #${n} answered ${added.status}: ${JSON.stringify(added.body)}`);
    }
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (via === 'sql') {
      // uuid v7 ids, as the app makes them: the list's order (by id) is the order of creation, so
      // the first page is the owner and the first 19 members.
      const userIds = ids.slice(1);
      await client.query(
        `INSERT INTO memberships (id, tenant_id, user_id, role, status, permission_set_id, created_at, updated_at)
         SELECT u.mid, $1, u.uid, CASE WHEN u.n % 10 = 0 THEN 'admin' ELSE 'member' END, 'active',
                CASE WHEN u.n % 10 = 0 THEN NULL ELSE s.id END, now(), now()
         FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS u(mid, uid, n)
         JOIN permission_sets s ON s.tenant_id = $1 AND s.builtin`,
        [tenantId, userIds.map(() => uuidv7()), userIds],
      );
    }
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]);
    return { tenantId, ownerEmail, memberships: rows[0].n };
  } finally {
    await client.end();
  }
}
