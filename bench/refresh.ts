// POST /api/v1/auth/refresh throughput of the real app, against a raw node:http + pg server
// running the same SQL (lib/raw-server.ts: token by sha256, session, user, then in one
// transaction the conditional UPDATE used_at, INSERT of the next token, UPDATE of the session
// expiry; ES256 JWT). Refresh tokens are single use, so every request carries the token of an
// earlier answer (see lib/load-worker.ts); each run starts from sessions created beforehand.
// Any non-2xx answer, socket error or broken chain makes the run invalid.
import './lib/threadpool';
import 'reflect-metadata';
import { BenchApp, BENCH_ENV, startApp } from './lib/app';
import { cpuMeter } from './lib/cpu';
import { invalidReason, runLoad } from './lib/load';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { RawServer, startRawServer } from './lib/raw-server';
import { envNumber, f1, f2, log, machineLine, noiseWarning, pct, runLines } from './lib/report';
import { seedSessions, seedUsers } from './lib/seed';

const DURATION = envNumber('BENCH_DURATION', 15, 1, 120);
// 15 s: after 3 s of load V8 is still compiling the app's hot paths on its helper threads
// (0.8 ms of CPU per login in the next 10 s, 0.3 ms after 20 s), which a server running for
// hours does not pay. The raw server, far smaller, warms up sooner; both get the same warm-up.
const WARMUP = envNumber('BENCH_WARMUP', 15, 0, 60);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 16, 1, 256);
const ROUNDS = envNumber('BENCH_ROUNDS', 2, 1, 10);
const RESERVE = 64;
const PATH = '/api/v1/auth/refresh';

async function phase(name: string, url: string, tokens: () => Promise<string[]>, pgPid: number | undefined) {
  const take = async () => {
    const all = await tokens();
    return { tokens: all.slice(0, CONNECTIONS), reserve: all.slice(CONNECTIONS) };
  };
  if (WARMUP > 0) {
    const [warm] = await runLoad({
      kind: 'refresh',
      url,
      path: PATH,
      connections: CONNECTIONS,
      runs: [{ label: 'warmup', durationSec: WARMUP, ...(await take()) }],
    });
    const bad = invalidReason(warm);
    if (bad) throw new Error(`${name} warm-up: ${bad}`);
  }
  const measured = await take();
  const meter = cpuMeter(pgPid);
  const [result] = await runLoad({
    kind: 'refresh',
    url,
    path: PATH,
    connections: CONNECTIONS,
    runs: [{ label: 'measure', durationSec: DURATION, ...measured }],
  });
  return { result, cpu: meter.stop() };
}

async function main(): Promise<void> {
  let pg: BenchPostgres | undefined;
  let app: BenchApp | undefined;
  let raw: RawServer | undefined;
  const cleanup = async () => {
    await raw?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await pg?.stop();
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(`bench:refresh  ${machineLine()}`);
    log(
      `settings: connections=${CONNECTIONS} (one request in flight each, token chained), warm-up ${WARMUP} s, measure ${DURATION} s per phase, ${ROUNDS} round(s) ours/raw in ABBA order`,
    );
    log(
      `app env: ${Object.entries(BENCH_ENV)
        .map(([k, v]) => `${k}=${k === 'JWT_SECRET' || k === 'JWT_PRIVATE_KEY' ? '…' : v}`)
        .join(' ')}; PostgreSQL: fsync=off synchronous_commit=off full_page_writes=off`,
    );
    pg = await startPostgres();
    const dbUrl = await pg.createDatabase('bench_refresh');
    app = await startApp(dbUrl);
    const { ids } = await seedUsers(dbUrl, 100);
    const ttl = app.runtime.ttl.refreshToken;
    const fresh = () => seedSessions(dbUrl, ids, CONNECTIONS + RESERVE, ttl);

    const [probe] = await seedSessions(dbUrl, ids, 1, ttl);
    const check = await fetch(app.baseUrl + PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: probe }),
    });
    if (check.status !== 200) throw new Error(`sanity refresh answered ${check.status}: ${await check.text()}`);

    raw = await startRawServer({
      databaseUrl: dbUrl,
      jwtPrivateKey: app.runtime.jwtPrivateKey,
      accessTokenTtlMs: app.runtime.ttl.accessToken,
      refreshTokenTtlMs: ttl,
      dummyHash: '',
    });
    const servers = { ours: app.baseUrl, raw: raw.baseUrl };
    type Run = Awaited<ReturnType<typeof phase>>;
    const runs: Record<'ours' | 'raw', Run[]> = { ours: [], raw: [] };
    // ABBA: ours, raw, raw, ours, ... so a machine that drifts slower or faster over the run
    // weighs on both sides alike.
    const order: ('ours' | 'raw')[] = [];
    for (let round = 0; round < ROUNDS; round++) order.push(...(round % 2 === 0 ? (['ours', 'raw'] as const) : (['raw', 'ours'] as const)));
    for (const [i, name] of order.entries()) {
      log(`phase ${i + 1}/${order.length}: ${name === 'ours' ? 'our POST /auth/refresh' : 'raw node:http + pg refresh'} ...`);
      runs[name].push(await phase(name, servers[name], fresh, pg.postmasterPid));
    }
    await raw.close();
    raw = undefined;

    log();
    log('results');
    for (let round = 0; round < ROUNDS; round++) {
      for (const line of runLines(`ours  POST /auth/refresh #${round + 1}`, runs.ours[round].result, runs.ours[round].cpu)) log(line);
      for (const line of runLines(`raw   node:http + pg #${round + 1}`, runs.raw[round].result, runs.raw[round].cpu)) log(line);
    }
    log();
    const rate = (list: Run[]) => list.reduce((s, r) => s + r.result.ok, 0) / list.reduce((s, r) => s + r.result.durationSec, 0);
    const perRound = runs.ours.map((o, i) => pct(o.result.rps / runs.raw[i].result.rps)).join(', ');
    log(`ours ${f1(rate(runs.ours))} req/s, raw ${f1(rate(runs.raw))} req/s over ${ROUNDS} round(s)`);
    log(`ours / raw : ${pct(rate(runs.ours) / rate(runs.raw))}   (per round: ${perRound})`);
    const mainMs = (list: Run[]) => list.reduce((s, r) => s + r.cpu.mainMs, 0) / list.reduce((s, r) => s + r.result.ok, 0);
    log(`main-thread CPU per refresh: ours ${f2(mainMs(runs.ours))} ms, raw ${f2(mainMs(runs.raw))} ms`);
    const all = [...runs.ours, ...runs.raw];
    for (const [i, r] of all.entries()) {
      const warning = noiseWarning(
        i < runs.ours.length ? `ours #${i + 1}` : `raw #${i - runs.ours.length + 1}`,
        r.cpu,
        r.result.loadProcessCpuMs,
      );
      if (warning) log(warning);
    }
    const invalid = all.some((r) => invalidReason(r.result));
    if (invalid) log('WARNING: a run had errors; its figure is not valid');
    process.exitCode = invalid ? 1 : 0;
  } finally {
    await cleanup();
  }
}

const deadline = setTimeout(
  () => {
    console.error('bench:refresh: hard deadline reached, exiting');
    process.exit(2);
  },
  (2 * ROUNDS * (DURATION + WARMUP + 10) + 180) * 1000,
);
deadline.unref();

main()
  .catch((error: unknown) => {
    console.error('bench:refresh failed:', error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => {
    setTimeout(() => process.exit(), 200).unref();
  });
