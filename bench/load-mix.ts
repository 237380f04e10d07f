// Load mix: the traffic of a working day (member lists, metered calls, refreshes, logins,
// invitations) against 1 and then 3 API processes (ROLE=api) of one deployment (one PostgreSQL,
// one Redis, one worker delivering the invitation mails into files), started as separate `node`
// processes by test/support/cluster.ts. Prints throughput and p50/p99 per route for each, then
// the p99 of the member list alone and while logins saturate the CPU (target: at most 3x).
// Any non-2xx answer or socket error makes the run invalid (exit 1).
// The last line is exactly `load-mix rps-1 <r> rps-3 <r> list-p99-ratio <x>`.
import './lib/threadpool';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster, startCluster } from '../test/support/cluster';
import { cpuMeter, CpuSample, postgresCpuMs } from './lib/cpu';
import { call, pick, RouteStats, sequence } from './lib/mix';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { RunRedis, startRedis } from './lib/redis';
import { envNumber, f0, f1, log, machineLine, noiseWarning, runBench } from './lib/report';
import { BENCH_PASSWORD } from './lib/seed';
import { loginSessions, seedTenantWithMembers } from './lib/seed-members';

const DURATION = envNumber('BENCH_DURATION', 15, 1, 120);
const WARMUP = envNumber('BENCH_WARMUP', 15, 0, 60);
/** Virtual users of the mix phases, one request in flight each. */
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 16, 1, 256);
/** Connections sending logins only in the saturation phase (2 x the libuv pool of each of 3 processes is more than 2 cores can serve). */
const LOGIN_CONNECTIONS = envNumber('BENCH_LOGIN_CONNECTIONS', 12, 1, 256);
const MEMBERS = envNumber('BENCH_MEMBERS', 200, 1, 10_000);
const QUERY = 'kowalski';
const TARGET_RATIO = 3;
/** Passed on to the API processes when set here, so one can compare hashing priorities. */
const HASH_VARIABLES = ['PASSWORD_HASH_THREADS', 'PASSWORD_HASH_NICE'];

/** Shares of the mix, per 100 requests: reads dominate, logins and invitations are rare. */
const WEIGHTS = { members: 45, metered: 25, refresh: 15, login: 8, invite: 7 } as const;
type Route = keyof typeof WEIGHTS;
const LABELS: Record<Route, string> = {
  members: 'GET  /tenants/:id/members',
  metered: 'GET  /tenants/:id/search (key)',
  refresh: 'POST /auth/refresh',
  login: 'POST /auth/login',
  invite: 'POST /tenants/:id/invitations',
};

interface World {
  tenantId: string;
  apiKey: string;
  /** Accounts logins use, in turn (members of the tenant, the bench password). */
  loginEmails: string[];
  ownerEmail: string;
}

/** One virtual user: the owner's own session (its refresh chain), one request in flight. */
interface VirtualUser {
  accessToken: string;
  refreshToken: string;
  random: () => number;
}

type Stats = Record<Route, RouteStats>;
const newStats = (): Stats => Object.fromEntries(Object.keys(WEIGHTS).map((r) => [r, new RouteStats()])) as Stats;

let invitations = 0;
let logins = 0;

/** Sends one request of `route` as `user` to `url` and records it. */
async function act(route: Route, url: string, user: VirtualUser, world: World, stats: Stats): Promise<void> {
  const auth = { authorization: `Bearer ${user.accessToken}` };
  const start = performance.now();
  let status: number;
  if (route === 'members') {
    status = (await call(url, 'GET', `/tenants/${world.tenantId}/members?limit=20`, auth)).status;
  } else if (route === 'metered') {
    status = (await call(url, 'GET', `/tenants/${world.tenantId}/search?q=${QUERY}`, { 'x-api-key': world.apiKey })).status;
  } else if (route === 'refresh') {
    const res = await call(url, 'POST', '/auth/refresh', {}, { refreshToken: user.refreshToken });
    status = res.status;
    if (status === 200) [user.accessToken, user.refreshToken] = [res.body.accessToken, res.body.refreshToken];
  } else if (route === 'login') {
    const email = world.loginEmails[logins++ % world.loginEmails.length];
    status = (await call(url, 'POST', '/auth/login', {}, { email, password: BENCH_PASSWORD })).status;
  } else {
    const email = `bench-invitee-${++invitations}-${Date.now().toString(36)}@bench.test`;
    status = (await call(url, 'POST', `/tenants/${world.tenantId}/invitations`, auth, { email, role: 'member' })).status;
  }
  stats[route].record(status, performance.now() - start);
}

/** CPU so far of the cluster's API processes and of its worker(s), ms (a process's threads included). */
function clusterCpu(cluster: Cluster): { apis: number[]; workers: number } {
  const of = (role: 'api' | 'worker') => cluster.processes.filter((p) => p.role === role).map((p) => postgresCpuMs(p.pid));
  return { apis: of('api'), workers: of('worker').reduce((a, b) => a + b, 0) };
}

interface PhaseResult {
  label: string;
  seconds: number;
  stats: Stats;
  apiCpuMs: number[];
  workerCpuMs: number;
  /** This process (the load generator), PostgreSQL and the machine, from `cpuMeter`. */
  cpu: CpuSample;
}

/**
 * Runs `users` loops for `seconds`: each picks a route (by `weights`, or `only`), and a process
 * of `urls` in turn, and sends one request at a time.
 */
async function phase(
  label: string,
  seconds: number,
  urls: string[],
  users: Array<{ user: VirtualUser; only?: Route }>,
  world: World,
  cluster: Cluster,
  pg: BenchPostgres,
): Promise<PhaseResult> {
  const stats = newStats();
  const cpu0 = clusterCpu(cluster);
  const meter = cpuMeter(pg.postmasterPid);
  const start = performance.now();
  const end = start + seconds * 1000;
  let turn = 0;
  await Promise.all(
    users.map(async ({ user, only }) => {
      while (performance.now() < end) await act(only ?? pick(WEIGHTS, user.random), urls[turn++ % urls.length], user, world, stats);
    }),
  );
  const cpu = meter.stop();
  const cpu1 = clusterCpu(cluster);
  return {
    label,
    seconds: (performance.now() - start) / 1000,
    stats,
    apiCpuMs: cpu1.apis.map((ms, i) => ms - cpu0.apis[i]),
    workerCpuMs: cpu1.workers - cpu0.workers,
    cpu,
  };
}

function printPhase(r: PhaseResult): { rps: number; failed: number; noisy: boolean } {
  const routes = Object.keys(WEIGHTS) as Route[];
  const ok = routes.reduce((s, route) => s + r.stats[route].ok, 0);
  const failed = routes.reduce((s, route) => s + r.stats[route].failed, 0);
  log(`${r.label}: ${f1(ok / r.seconds)} req/s over ${f1(r.seconds)} s (${ok} ok, ${failed} failed)`);
  for (const route of routes) {
    const s = r.stats[route];
    if (!s.ok && !s.failed) continue;
    log(
      `  ${LABELS[route].padEnd(34)} ${f1(s.ok / r.seconds).padStart(8)} req/s  p50 ${f1(s.quantile(0.5)).padStart(6)} ms  p99 ${f1(s.quantile(0.99)).padStart(6)} ms` +
        (s.failed ? `  FAILED ${s.failed} ${JSON.stringify(s.codes)}` : ''),
    );
  }
  const per = (ms: number) => f0(ms / r.seconds / 10);
  log(
    `  cpu: API processes ${r.apiCpuMs.map((ms) => `${per(ms)} %`).join(' / ')} of a core, worker ${per(r.workerCpuMs)} %, PostgreSQL ${per(r.cpu.pgMs)} %, ` +
      `load generator ${per(r.cpu.selfMs)} %; per request: APIs ${f1(r.apiCpuMs.reduce((a, b) => a + b, 0) / Math.max(1, ok))} ms, ` +
      `PostgreSQL ${f1(r.cpu.pgMs / Math.max(1, ok))} ms`,
  );
  // Everything of the run but the cluster counts as the load generator's here: what is left is noise.
  const ours = r.apiCpuMs.reduce((a, b) => a + b, 0) + r.workerCpuMs;
  const warning = noiseWarning(r.label, r.cpu, ours);
  if (warning) log(`  ${warning}`);
  return { rps: ok / r.seconds, failed, noisy: !!warning };
}

async function main(): Promise<void> {
  let pg: BenchPostgres | undefined;
  let redis: RunRedis | undefined;
  let cluster: Cluster | undefined;
  let plansDir: string | undefined;
  try {
    log(`bench:load-mix  ${machineLine()}`);
    log(
      `settings: ${DURATION} s per phase after ${WARMUP} s of warm-up, ${CONNECTIONS} virtual users, ${LOGIN_CONNECTIONS} login connections in the saturation phase, ` +
        `${MEMBERS} members; mix per 100 requests: ${Object.entries(WEIGHTS)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
    );
    pg = await startPostgres();
    const databaseUrl = await pg.createDatabase('bench_mix');
    redis = await startRedis(process.env.BENCH_REDIS_URL, 'BENCH_REDIS_URL');
    plansDir = await mkdtemp(join(tmpdir(), 'tenant-iam-bench-plans-'));
    await writeFile(
      join(plansDir, 'plans.json'),
      JSON.stringify({ default: 'bench', plans: { bench: { seats: 1_000_000, quotas: { search: 1_000_000_000_000 } } } }),
    );
    // The metered route is an example module, mounted outside production only: development, docs off.
    // LOG_LEVEL=warn, not silent: the cluster reads each process's start banner.
    const env = {
      NODE_ENV: 'development',
      DOCS_ENABLED: 'false',
      PLANS_FILE: join(plansDir, 'plans.json'),
      LOGIN_MAX_ATTEMPTS_PER_IP: '100000000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '100000000',
      // The hashing threads as configured for this run (PASSWORD_HASH_NICE=0 to compare with normal priority).
      ...Object.fromEntries(HASH_VARIABLES.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!])),
    };
    log(`processes: 3 x ROLE=api, 1 x ROLE=worker (node -r bench/lib/register.js apps/api/src/main.ts); env ${JSON.stringify(env)}`);
    const t0 = performance.now();
    cluster = await startCluster({ databaseUrl, redisUrl: redis.url, apis: 3, workers: 1, env });
    log(`cluster ready in ${f1((performance.now() - t0) / 1000)} s`);
    const [first] = cluster.urls;

    const seed = await seedTenantWithMembers(first, databaseUrl, MEMBERS, 'sql');
    const owner = (await loginSessions(first, seed.ownerEmail, 1))[0];
    const key = await call(first, 'GET', `/tenants/${seed.tenantId}/api-key`, { authorization: `Bearer ${owner}` });
    if (key.status !== 200) throw new Error(`GET /api-key answered ${key.status}`);
    const world: World = {
      tenantId: seed.tenantId,
      apiKey: key.body.key,
      loginEmails: Array.from({ length: MEMBERS }, (_, i) => `bench-user-${i + 1}@bench.test`),
      ownerEmail: seed.ownerEmail,
    };
    // Each virtual user has a session of its own (the owner's), so refresh chains never cross.
    const users: VirtualUser[] = [];
    for (let i = 0; i < CONNECTIONS + 1; i++) {
      const login = await call(first, 'POST', '/auth/login', {}, { email: seed.ownerEmail, password: BENCH_PASSWORD });
      if (login.status !== 200) throw new Error(`login answered ${login.status}`);
      users.push({ accessToken: login.body.accessToken, refreshToken: login.body.refreshToken, random: sequence(i + 1) });
    }
    const mixUsers = users.slice(0, CONNECTIONS).map((user) => ({ user }));
    const lister = users[CONNECTIONS];

    if (WARMUP) {
      log(`warm-up: ${WARMUP} s of the mix on the 3 processes ...`);
      await phase('warm-up', WARMUP, cluster.urls, mixUsers, world, cluster, pg);
    }
    log('measuring ...');
    const results: PhaseResult[] = [];
    results.push(await phase('mix, 1 API process (the other two idle)', DURATION, [first], mixUsers, world, cluster, pg));
    results.push(await phase('mix, 3 API processes', DURATION, cluster.urls, mixUsers, world, cluster, pg));
    results.push(
      await phase(
        'member list alone, 1 user, 3 processes',
        DURATION,
        cluster.urls,
        [{ user: lister, only: 'members' }],
        world,
        cluster,
        pg,
      ),
    );
    // Logins sign in as the members in turn; the user they belong to only gives them a loop.
    const loginUsers = Array.from({ length: LOGIN_CONNECTIONS }, () => ({ user: users[0], only: 'login' as const }));
    results.push(
      await phase(
        `member list, 1 user, beside ${LOGIN_CONNECTIONS} login connections, 3 processes`,
        DURATION,
        cluster.urls,
        [{ user: lister, only: 'members' }, ...loginUsers],
        world,
        cluster,
        pg,
      ),
    );

    log();
    log('results');
    const printed = results.map(printPhase);
    const alone = results[2].stats.members.quantile(0.99);
    const loaded = results[3].stats.members.quantile(0.99);
    const ratio = loaded / Math.max(0.001, alone);
    log();
    log(`3 processes / 1 process: ${f1((printed[1].rps / printed[0].rps) * 100)} % of the throughput (2 cores: the processes share them)`);
    log(
      `member list p99: alone ${f1(alone)} ms, while logins saturate the CPU ${f1(loaded)} ms (${f0(results[3].stats.login.ok / results[3].seconds)} login/s): ` +
        `${f1(ratio)}x; target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`,
    );
    if (printed.some((p) => p.noisy)) log('NOISY: other processes took more than 5 % of the machine in a phase; rerun for clean figures');
    const failed = printed.some((p) => p.failed > 0);
    if (failed) log('WARNING: some requests failed; the run is not valid');
    process.exitCode = failed ? 1 : 0;
    log(`load-mix rps-1 ${f1(printed[0].rps)} rps-3 ${f1(printed[1].rps)} list-p99-ratio ${f1(ratio)}`);
  } finally {
    await cluster?.stop().catch(() => undefined);
    await redis?.stop().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    if (plansDir) await rm(plansDir, { recursive: true, force: true });
  }
}

runBench('load-mix', main, WARMUP + 4 * DURATION + 600);
