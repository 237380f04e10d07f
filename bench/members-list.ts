// GET /api/v1/tenants/:tenantId/members?limit=20 through the whole stack of the real app (JWT,
// session check, tenant guard, ability, the list query), against a raw node:http + pg server doing
// the same checks and SQL (lib/raw-members.ts). The caller is the tenant's owner, with one session
// per connection. Any non-2xx answer, socket error or timeout makes the run invalid.
// Last line: `members-list ours/raw <ratio>`.
import './lib/threadpool';
import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchApp, BENCH_ENV, startApp } from './lib/app';
import { measuredGets } from './lib/load';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { MembersStatement, RawMembersServer, startRawMembersServer } from './lib/raw-members';
import { CapturedStatement, captureSql } from './lib/sql-capture';
import { envNumber, log, machineLine, reportAbba, runBench } from './lib/report';
import { loginSessions, seedTenantWithMembers } from './lib/seed-members';

const DURATION = envNumber('BENCH_DURATION', 15, 1, 120);
// 15 s, as refresh.ts: V8 keeps optimising the app's hot paths on its helper threads for seconds.
const WARMUP = envNumber('BENCH_WARMUP', 15, 0, 60);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 16, 1, 256);
const ROUNDS = envNumber('BENCH_ROUNDS', 2, 1, 10);
const MEMBERS = envNumber('BENCH_MEMBERS', 200, 21, 10_000);
const LIMIT = 20;
// How the members are added: through the app (`POST /members`) or, before that route existed, in SQL.
const SEED_VIA: 'http' | 'sql' = process.env.BENCH_SEED === 'sql' ? 'sql' : 'http';
// How the raw side sends its statements: `as-app` (default) each as the app sends it, prepared or
// unnamed (read from the SQL the app sent for one request), as login and refresh do; `prepared`: all
// as named prepared statements, to measure what preparing the app's unnamed ones would be worth.
const RAW_STATEMENTS = process.env.BENCH_RAW_STATEMENTS || 'as-app';
if (RAW_STATEMENTS !== 'as-app' && RAW_STATEMENTS !== 'prepared') throw new Error('BENCH_RAW_STATEMENTS must be as-app or prepared');

type Side = 'ours' | 'raw';

async function get(url: string, token: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text for the error message
  }
  return { status: res.status, body };
}

/** Throws unless both servers answer 200 with the same page: same ids in the same order, same fields and values. */
async function checkSameAnswer(
  ours: string,
  raw: string,
  path: string,
  token: string,
): Promise<{ listed: number; unnamedInOurs: MembersStatement[] }> {
  // One request at a time, so each capture holds only that request's statements (and, on our side,
  // whatever the app runs in the background meanwhile, e.g. the outbox relay's poll).
  const oursSql = await captureSql(() => get(ours + path, token));
  const rawSql = await captureSql(() => get(raw + path, token));
  const [a, b] = [oursSql.result, rawSql.result];
  const unnamedInOurs = checkSameSql(oursSql.statements, rawSql.statements);
  if (a.status !== 200) throw new Error(`sanity: ours answered ${a.status}: ${JSON.stringify(a.body)}`);
  if (b.status !== 200) throw new Error(`sanity: raw answered ${b.status}: ${JSON.stringify(b.body)}`);
  const ids = (p: any) => (p.items as { id: string }[]).map((i) => i.id).join(',');
  if (a.body.items.length !== LIMIT) throw new Error(`sanity: ours listed ${a.body.items.length} items, expected ${LIMIT}`);
  if (ids(a.body) !== ids(b.body)) throw new Error(`sanity: different items\n  ours: ${ids(a.body)}\n  raw:  ${ids(b.body)}`);
  const ourKeys = Object.keys(a.body).sort().join(',');
  const rawKeys = Object.keys(b.body).sort().join(',');
  if (ourKeys !== rawKeys) throw new Error(`sanity: different page fields: ours ${ourKeys}, raw ${rawKeys}`);
  for (const [i, item] of (a.body.items as Record<string, unknown>[]).entries()) {
    const other = b.body.items[i] as Record<string, unknown>;
    const fields = new Set([...Object.keys(item), ...Object.keys(other)]);
    for (const field of fields) {
      if (JSON.stringify(item[field]) !== JSON.stringify(other[field])) {
        throw new Error(
          `sanity: item ${i} differs in "${field}": ours ${JSON.stringify(item[field])}, raw ${JSON.stringify(other[field])}`,
        );
      }
    }
  }
  if (JSON.stringify(a.body.nextCursor) !== JSON.stringify(b.body.nextCursor)) {
    throw new Error(`sanity: different nextCursor: ours ${JSON.stringify(a.body.nextCursor)}, raw ${JSON.stringify(b.body.nextCursor)}`);
  }
  return { listed: a.body.items.length as number, unnamedInOurs };
}

const show = (st: CapturedStatement) => `${st.name ? `[prepared ${st.name}] ` : '[unnamed] '}${st.text}`;

/**
 * Prints the statements each side sent for one request, and throws unless the raw side's
 * statements appear, with the same text and in the same order, among ours: keeps
 * lib/raw-members.ts in step with the app. Returns the raw statements the app sent unnamed.
 */
function checkSameSql(ours: CapturedStatement[], raw: CapturedStatement[]): MembersStatement[] {
  log('SQL of one request, ours:');
  for (const st of ours) log(`  ${show(st)}`);
  log("SQL of one request, raw (before matching the app's prepared/unnamed):");
  for (const st of raw) log(`  ${show(st)}`);
  const unnamed: MembersStatement[] = [];
  let at = 0;
  for (const st of raw) {
    const found = ours.findIndex((o, i) => i >= at && o.text === st.text);
    if (found < 0) {
      throw new Error(
        `sanity: the app did not send this raw statement (after the ones before it):\n  ${st.text}\nkeep bench/lib/raw-members.ts in step with the app`,
      );
    }
    if (!ours[found].name) unnamed.push(st.name!.replace(/^rawm_/, '') as MembersStatement);
    at = found + 1;
  }
  const extra = ours.filter((o) => !raw.some((r) => r.text === o.text));
  if (extra.length) {
    log(
      `note: ${extra.length} statement(s) of ours not on the raw side (background work, or missing from raw): ${extra.map((e) => e.text.slice(0, 60)).join(' | ')}`,
    );
  }
  return unnamed;
}

const phase = (url: string, path: string, tokens: string[], pgPid: number | undefined) =>
  measuredGets({ url, path, connections: CONNECTIONS, warmupSec: WARMUP, durationSec: DURATION, pgPid }, { bearer: tokens });

async function main(): Promise<void> {
  let pg: BenchPostgres | undefined;
  let app: BenchApp | undefined;
  let raw: RawMembersServer | undefined;
  let plansDir: string | undefined;
  const cleanup = async () => {
    await raw?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await pg?.stop();
    if (plansDir) await rm(plansDir, { recursive: true, force: true }).catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(`bench:members-list  ${machineLine()}`);
    log(
      `settings: connections=${CONNECTIONS} (one request in flight each, one owner session each), warm-up ${WARMUP} s, measure ${DURATION} s per phase, ` +
        `${ROUNDS} round(s) ours/raw in ABBA order, ${MEMBERS} members + owner, limit=${LIMIT}, raw statements ${RAW_STATEMENTS}`,
    );
    log(
      `app env: ${Object.entries(BENCH_ENV)
        .map(([k, v]) => `${k}=${k === 'JWT_SECRET' || k === 'JWT_PRIVATE_KEY' ? '…' : v}`)
        .join(' ')}; PostgreSQL: fsync=off synchronous_commit=off full_page_writes=off`,
    );
    pg = await startPostgres();
    const dbUrl = await pg.createDatabase('bench_members_list');
    // The built-in plan has 10 seats; the bench tenant needs MEMBERS + 1.
    plansDir = await mkdtemp(join(tmpdir(), 'tenant-iam-bench-plans-'));
    const plansFile = join(plansDir, 'plans.json');
    await writeFile(plansFile, JSON.stringify({ default: 'bench', plans: { bench: { seats: MEMBERS + 100 } } }));
    app = await startApp(dbUrl, { PLANS_FILE: plansFile });
    log(`plans: PLANS_FILE with one plan "bench" of ${MEMBERS + 100} seats (the built-in plan has 10)`);
    const seed = await seedTenantWithMembers(app.baseUrl, dbUrl, MEMBERS, SEED_VIA);
    const path = `/api/v1/tenants/${seed.tenantId}/members?limit=${LIMIT}`;
    log(
      `seed: tenant ${seed.tenantId} with ${seed.memberships} memberships (members added via ${SEED_VIA === 'http' ? 'POST /members' : 'SQL'}); path ${path}`,
    );

    raw = await startRawMembersServer({
      databaseUrl: dbUrl,
      jwtPrivateKey: app.runtime.jwtPrivateKey,
    });
    const [probe] = await loginSessions(app.baseUrl, seed.ownerEmail, 1);
    const { listed, unnamedInOurs } = await checkSameAnswer(app.baseUrl, raw.baseUrl, path, probe);
    const unnamed = RAW_STATEMENTS === 'as-app' ? unnamedInOurs : [];
    raw.setUnnamed(unnamed);
    log(
      `raw statements: ${unnamed.length ? `${unnamed.join(', ')} unnamed, the rest prepared` : 'all prepared'}` +
        (RAW_STATEMENTS === 'as-app'
          ? ' (as the app sends them)'
          : ` (BENCH_RAW_STATEMENTS=prepared; the app sends ${unnamedInOurs.join(', ') || 'none'} unnamed)`),
    );
    log(
      `sanity: both answer 200 with the same ${listed} members (ids, order, fields, values) and the same nextCursor, and the raw side sends the app's statements`,
    );

    const servers: Record<Side, string> = { ours: app.baseUrl, raw: raw.baseUrl };
    type Run = Awaited<ReturnType<typeof phase>>;
    const runs: Record<Side, Run[]> = { ours: [], raw: [] };
    // ABBA: ours, raw, raw, ours, ... so a machine that drifts weighs on both sides alike.
    const order: Side[] = [];
    for (let round = 0; round < ROUNDS; round++) order.push(...(round % 2 === 0 ? (['ours', 'raw'] as const) : (['raw', 'ours'] as const)));
    for (const [i, name] of order.entries()) {
      log(`phase ${i + 1}/${order.length}: ${name === 'ours' ? 'our GET /tenants/:id/members' : 'raw node:http + pg members'} ...`);
      // Fresh sessions per phase (the owner logs in again): no phase runs on tokens near expiry.
      const tokens = await loginSessions(app.baseUrl, seed.ownerEmail, CONNECTIONS);
      runs[name].push(await phase(servers[name], path, tokens, pg.postmasterPid));
    }
    await raw.close();
    raw = undefined;

    reportAbba(runs, { name: 'members-list', route: 'GET members', target: '≥ 80 %' });
  } finally {
    await cleanup();
  }
}

runBench('members-list', main, 2 * ROUNDS * (DURATION + WARMUP + 15) + 240);
