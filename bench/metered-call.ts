// GET /api/v1/tenants/:tenantId/search?q= (the insolvency-search example: `@Can` + `@AllowApiKey`
// + `@Metered('search')`) called with the organisation's API key, through the whole stack of the
// real app (key lookup by sha256, tenant check, ability, the conditional quota upsert, the search),
// against a raw node:http + pg server doing the same lookup and the same conditional update as
// named prepared statements, then the same in-memory search. Both draw on the same counter. Any
// non-2xx answer, socket error or timeout makes the run invalid.
// Last line: `metered-call ours/raw <ratio>`.
import './lib/threadpool';
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { InsolvencySearchService } from '../apps/api/src/examples/insolvency-search/insolvency-search.service';
import { BenchApp, BENCH_ENV, startApp } from './lib/app';
import { measuredGets } from './lib/load';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { envNumber, log, machineLine, reportAbba, runBench } from './lib/report';
import { BENCH_PASSWORD, seedUsers } from './lib/seed';
import { CapturedStatement, captureSql } from './lib/sql-capture';

const DURATION = envNumber('BENCH_DURATION', 15, 1, 120);
const WARMUP = envNumber('BENCH_WARMUP', 15, 0, 60);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 16, 1, 256);
const ROUNDS = envNumber('BENCH_ROUNDS', 2, 1, 10);
// Large enough that no phase reaches it (both sides draw on the same counter), small enough to stay a safe integer.
const LIMIT = 1_000_000_000_000;
const PLAN = 'bench';
const QUERY = 'kowalski';
// The example module is not mounted in production: the app runs as `development`, docs off.
const APP_ENV = { NODE_ENV: 'development', DOCS_ENABLED: 'false' };

type Side = 'ours' | 'raw';

// Keep in step with the app: copied from
//   libs/tenancy/src/api-keys/api-keys.repository.ts   (BY_HASH, prepared there too)
//   libs/tenancy/src/usage/usage.repository.ts         (CONSUME, prepared there too)
// and checked below against the SQL the app sends for one request.
const RAW_SQL = {
  keyByHash: 'SELECT id, tenant_id, expires_at FROM api_keys WHERE key_hash = $1',
  consume: `WITH lim AS (
     SELECT CASE WHEN $5::jsonb ? t.plan THEN ($5::jsonb ->> t.plan)::bigint ELSE $6::bigint END AS l
     FROM tenants t WHERE t.id = $1
   )
   INSERT INTO usage_counters AS c (tenant_id, metric, period, used, updated_at)
   SELECT $1, $2, $3::date, $4::bigint, $7 FROM lim WHERE lim.l IS NULL OR $4::bigint <= lim.l
   ON CONFLICT (tenant_id, metric, period) DO UPDATE
     SET used = c.used + EXCLUDED.used, updated_at = EXCLUDED.updated_at
     WHERE (SELECT l FROM lim) IS NULL OR c.used + EXCLUDED.used <= (SELECT l FROM lim)
   RETURNING c.used::text AS used, (SELECT l FROM lim)::text AS limit, c.notified_80, c.notified_100`,
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^tiam_[0-9A-Za-z]{43}$/;
const ROUTE = /^\/api\/v1\/tenants\/([^/]+)\/search$/;

/**
 * The raw baseline, per request: parse the URL; check the key's shape, look it up by sha256
 * (expired or unknown: 401; another tenant's: 404); the conditional upsert of the month's counter
 * (no row: 429); the 80/100 % marks checked on the returned row (never crossed here); validate `q`
 * (after the consumption, as Nest runs pipes after interceptors); the same in-memory search.
 * `last_used_at` at most once a minute per key, not awaited, as the app does.
 */
async function startRawServer(databaseUrl: string): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  const search = new InsolvencySearchService();
  const limits = JSON.stringify({ [PLAN]: LIMIT });
  const touched = new Map<string, number>();
  const run = (name: keyof typeof RAW_SQL, values: unknown[]) => pool.query({ name: `rawq_${name}`, text: RAW_SQL[name], values });

  async function handle(tenantId: string, query: URLSearchParams, apiKey: string | string[] | undefined) {
    if (typeof apiKey !== 'string' || !KEY.test(apiKey)) throw new HttpError(401, 'API_KEY_INVALID');
    const found = (await run('keyByHash', [createHash('sha256').update(apiKey, 'utf8').digest('hex')])).rows[0];
    const now = new Date();
    if (!found || (found.expires_at && (found.expires_at as Date).getTime() <= now.getTime())) throw new HttpError(401, 'API_KEY_INVALID');
    if (!UUID.test(tenantId) || found.tenant_id !== tenantId.toLowerCase()) throw new HttpError(404, 'TENANT_NOT_FOUND');
    const last = touched.get(found.id);
    if (last === undefined || now.getTime() - last >= 60_000) {
      touched.set(found.id, now.getTime());
      pool
        .query('UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)', [found.id, now])
        .catch(() => undefined);
    }
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const period = `${start.toISOString().slice(0, 7)}-01`;
    const row = (await run('consume', [found.tenant_id, 'search', period, 1, limits, LIMIT, now])).rows[0];
    if (!row) throw new HttpError(429, 'QUOTA_EXCEEDED');
    const used = Number(row.used);
    const limit = row.limit === null ? null : Number(row.limit);
    if (limit !== null && ((!row.notified_80 && used * 100 >= limit * 80) || (!row.notified_100 && used >= limit))) {
      throw new Error('raw: a quota mark was crossed; raise LIMIT');
    }
    const q = query.get('q');
    if (q === null || q.length < 2 || q.length > 100) throw new HttpError(400, 'VALIDATION_FAILED');
    return search.search(q);
  }

  const send = (res: ServerResponse, status: number, payload: unknown) => {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const at = url.indexOf('?');
    const match = req.method === 'GET' ? ROUTE.exec(at < 0 ? url : url.slice(0, at)) : null;
    if (!match) return send(res, 404, { code: 'NOT_FOUND' });
    inFlight++;
    handle(decodeURIComponent(match[1]), new URLSearchParams(at < 0 ? '' : url.slice(at + 1)), req.headers['x-api-key'])
      .finally(() => inFlight--)
      .then(
        (result) => send(res, 200, result),
        (error: unknown) =>
          error instanceof HttpError
            ? send(res, error.status, { code: error.code })
            : (console.error('[raw-metered]', error), send(res, 500, { code: 'INTERNAL' })),
      );
    req.resume();
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
      for (let i = 0; i < 500 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await pool.end();
    },
  };
}

async function request(url: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text for the error message
  }
  return { status: res.status, body };
}

const show = (st: CapturedStatement) => `${st.name ? `[prepared ${st.name}] ` : '[unnamed] '}${st.text}`;

/** Throws unless both answer 200 with the same body, and the raw statements appear, in order and prepared, among the app's. */
async function checkSameAnswer(ours: string, raw: string, path: string, key: string): Promise<number> {
  const get = (base: string) => request(base + path, { headers: { 'x-api-key': key } });
  const oursSql = await captureSql(() => get(ours));
  const rawSql = await captureSql(() => get(raw));
  const [a, b] = [oursSql.result, rawSql.result];
  if (a.status !== 200) throw new Error(`sanity: ours answered ${a.status}: ${JSON.stringify(a.body)}`);
  if (b.status !== 200) throw new Error(`sanity: raw answered ${b.status}: ${JSON.stringify(b.body)}`);
  if (!a.body.items?.length) throw new Error('sanity: the search found nothing');
  if (JSON.stringify(a.body) !== JSON.stringify(b.body)) {
    throw new Error(`sanity: different answers\n  ours: ${JSON.stringify(a.body)}\n  raw:  ${JSON.stringify(b.body)}`);
  }
  log('SQL of one request, ours:');
  for (const st of oursSql.statements) log(`  ${show(st)}`);
  log('SQL of one request, raw:');
  for (const st of rawSql.statements) log(`  ${show(st)}`);
  let at = 0;
  // Only the raw side's own prepared statements: the app's background work (the outbox relay's
  // poll) may land in either capture, and last_used_at is written once a minute on both sides.
  for (const st of rawSql.statements) {
    if (!st.name?.startsWith('rawq_')) continue;
    const found = oursSql.statements.findIndex((o, i) => i >= at && o.text === st.text);
    if (found < 0) throw new Error(`sanity: the app did not send this raw statement (after the ones before it):\n  ${st.text}`);
    if (!oursSql.statements[found].name) throw new Error(`sanity: the app sent this statement unnamed, raw prepares it:\n  ${st.text}`);
    at = found + 1;
  }
  return a.body.items.length as number;
}

const phase = (url: string, path: string, key: string, pgPid: number | undefined) =>
  measuredGets({ url, path, connections: CONNECTIONS, warmupSec: WARMUP, durationSec: DURATION, pgPid }, { apiKey: key });

async function main(): Promise<void> {
  let pg: BenchPostgres | undefined;
  let app: BenchApp | undefined;
  let raw: Awaited<ReturnType<typeof startRawServer>> | undefined;
  let plansDir: string | undefined;
  const cleanup = async () => {
    await raw?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await pg?.stop();
    if (plansDir) await rm(plansDir, { recursive: true, force: true }).catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(`bench:metered-call  ${machineLine()}`);
    log(
      `settings: connections=${CONNECTIONS} (one request in flight each, all with the organisation's API key), warm-up ${WARMUP} s, ` +
        `measure ${DURATION} s per phase, ${ROUNDS} round(s) ours/raw in ABBA order, q=${QUERY}`,
    );
    const env = { ...BENCH_ENV, ...APP_ENV };
    log(
      `app env: ${Object.entries(env)
        .map(([k, v]) => `${k}=${k === 'JWT_SECRET' || k === 'JWT_PRIVATE_KEY' ? '…' : v}`)
        .join(' ')}; PostgreSQL: fsync=off synchronous_commit=off full_page_writes=off`,
    );
    pg = await startPostgres();
    const dbUrl = await pg.createDatabase('bench_metered_call');
    plansDir = await mkdtemp(join(tmpdir(), 'tenant-iam-bench-plans-'));
    const plansFile = join(plansDir, 'plans.json');
    await writeFile(plansFile, JSON.stringify({ default: PLAN, plans: { [PLAN]: { seats: 10, quotas: { search: LIMIT } } } }));
    app = await startApp(dbUrl, { ...APP_ENV, PLANS_FILE: plansFile });
    log(`plans: PLANS_FILE with one plan "${PLAN}", quota search=${LIMIT} (never reached: both sides draw on one counter)`);

    const { emails } = await seedUsers(dbUrl, 1);
    const login = await request(`${app.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: emails[0], password: BENCH_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login answered ${login.status}`);
    const auth = { authorization: `Bearer ${login.body.accessToken}`, 'content-type': 'application/json' };
    const created = await request(`${app.baseUrl}/api/v1/tenants`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'Bench Search Sp. z o.o.' }),
    });
    if (created.status !== 201) throw new Error(`POST /tenants answered ${created.status}: ${JSON.stringify(created.body)}`);
    const tenantId = created.body.id as string;
    const keyRes = await request(`${app.baseUrl}/api/v1/tenants/${tenantId}/api-key`, { headers: auth });
    if (keyRes.status !== 200) throw new Error(`GET /api-key answered ${keyRes.status}: ${JSON.stringify(keyRes.body)}`);
    const key = keyRes.body.key as string;
    const path = `/api/v1/tenants/${tenantId}/search?q=${QUERY}`;
    log(`seed: tenant ${tenantId} (POST /tenants), its API key ${keyRes.body.prefix}… (GET /api-key); path ${path}`);

    raw = await startRawServer(dbUrl);
    const found = await checkSameAnswer(app.baseUrl, raw.baseUrl, path, key);
    log(`sanity: both answer 200 with the same ${found} entries, and the raw side sends the app's statements, prepared as the app does`);

    const servers: Record<Side, string> = { ours: app.baseUrl, raw: raw.baseUrl };
    type Run = Awaited<ReturnType<typeof phase>>;
    const runs: Record<Side, Run[]> = { ours: [], raw: [] };
    const order: Side[] = [];
    for (let round = 0; round < ROUNDS; round++) order.push(...(round % 2 === 0 ? (['ours', 'raw'] as const) : (['raw', 'ours'] as const)));
    for (const [i, name] of order.entries()) {
      log(
        `phase ${i + 1}/${order.length}: ${name === 'ours' ? 'our GET /tenants/:id/search (X-Api-Key)' : 'raw node:http + pg metered search'} ...`,
      );
      runs[name].push(await phase(servers[name], path, key, pg.postmasterPid));
    }
    await raw.close();
    raw = undefined;
    const used = await request(`${app.baseUrl}/api/v1/tenants/${tenantId}/usage`, { headers: { 'x-api-key': key } });
    const total = [...runs.ours, ...runs.raw].length;
    log(`counter after the run: search used ${used.body.items?.[0]?.used} (both sides, ${total} phases plus warm-ups)`);

    reportAbba(runs, { name: 'metered-call', route: 'GET search', target: '≥ 75 %' });
  } finally {
    await cleanup();
  }
}

runBench('metered-call', main, 2 * ROUNDS * (DURATION + WARMUP + 15) + 240);
