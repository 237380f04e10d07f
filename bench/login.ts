// POST /api/v1/auth/login throughput of the real app, against
//   A) a bare loop of @node-rs/argon2 verify (DEFAULT_ARGON2_PARAMS), same process, same libuv
//      pool, same concurrency in flight: the physical limit of a login;
//   B) a raw node:http + pg server running the same SQL (see lib/raw-server.ts).
// Phases run one after another, each warmed up first. Target: ours >= 85 % of A.
import './lib/threadpool';
import 'reflect-metadata';
import { DEFAULT_ARGON2_PARAMS, PasswordHasher } from '@tenant-iam/identity';
import { verify } from '@node-rs/argon2';
import { performance } from 'node:perf_hooks';
import { BenchApp, BENCH_ENV, startApp } from './lib/app';
import { cpuMeter, CpuSample } from './lib/cpu';
import { invalidReason, LoadRunResult, runLoad } from './lib/load';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { RawServer, startRawServer } from './lib/raw-server';
import { cpuPerOp, envNumber, f1, f2, log, machineLine, noiseWarning, pct, runLines } from './lib/report';
import { THREADPOOL_SIZE } from './lib/threadpool';
import { BENCH_PASSWORD, seedUsers } from './lib/seed';

const DURATION = envNumber('BENCH_DURATION', 15, 1, 120);
// 15 s: after 3 s of load V8 is still compiling the app's hot paths on its helper threads
// (0.8 ms of CPU per login in the next 10 s, 0.3 ms after 20 s), which a server running for
// hours does not pay. The raw server, far smaller, warms up sooner; both get the same warm-up.
const WARMUP = envNumber('BENCH_WARMUP', 15, 0, 60);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 2 * THREADPOOL_SIZE, 1, 256);
const USERS = 100;
const PATH = '/api/v1/auth/login';

interface Argon2Result {
  verifies: number;
  rps: number;
  cpu: CpuSample;
}

/** `concurrency` loops of verify(hash, password), for `seconds`; counts verifies finished in time. */
async function argon2Loop(hash: string, concurrency: number, seconds: number, pgPid: number | undefined): Promise<Argon2Result> {
  const meter = cpuMeter(pgPid);
  const start = performance.now();
  const end = start + seconds * 1000;
  const maxCount = 1_000_000;
  let verifies = 0;
  const loop = async () => {
    while (performance.now() < end && verifies < maxCount) {
      if (!(await verify(hash, BENCH_PASSWORD))) throw new Error('argon2 verify returned false');
      if (performance.now() <= end) verifies++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const cpu = meter.stop();
  return { verifies, rps: verifies / seconds, cpu };
}

async function httpPhase(name: string, url: string, emails: string[], pgPid: number | undefined) {
  if (WARMUP > 0) {
    const [warm] = await runLoad({
      kind: 'login',
      url,
      path: PATH,
      connections: CONNECTIONS,
      users: emails,
      password: BENCH_PASSWORD,
      runs: [{ label: 'warmup', durationSec: WARMUP }],
    });
    const bad = invalidReason(warm);
    if (bad) throw new Error(`${name} warm-up: ${bad}`);
  }
  const meter = cpuMeter(pgPid);
  const [result] = await runLoad({
    kind: 'login',
    url,
    path: PATH,
    connections: CONNECTIONS,
    users: emails,
    password: BENCH_PASSWORD,
    runs: [{ label: 'measure', durationSec: DURATION }],
  });
  const cpu = meter.stop();
  return { result, cpu };
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
    log(`bench:login  ${machineLine()}`);
    log(
      `settings: connections=${CONNECTIONS} (argon2 loops in flight: same), warm-up ${WARMUP} s, measure ${DURATION} s per phase, argon2id ${JSON.stringify(DEFAULT_ARGON2_PARAMS)}`,
    );
    log(
      `app env: ${Object.entries(BENCH_ENV)
        .map(([k, v]) => `${k}=${k === 'JWT_SECRET' ? '…' : v}`)
        .join(' ')}; PostgreSQL: fsync=off synchronous_commit=off full_page_writes=off`,
    );
    pg = await startPostgres();
    const dbUrl = await pg.createDatabase('bench_login');
    app = await startApp(dbUrl);
    const { emails, hash } = await seedUsers(dbUrl, USERS);
    const check = await fetch(app.baseUrl + PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: emails[0], password: BENCH_PASSWORD }),
    });
    if (check.status !== 200) throw new Error(`sanity login answered ${check.status}: ${await check.text()}`);
    const pids = pg.postmasterPid;

    log('phase 1/4: bare argon2 verify loop ...');
    if (WARMUP > 0) await argon2Loop(hash, CONNECTIONS, WARMUP, pids);
    const a1 = await argon2Loop(hash, CONNECTIONS, DURATION, pids);
    log('phase 2/4: our POST /auth/login ...');
    const ours = await httpPhase('ours', app.baseUrl, emails, pids);
    log('phase 3/4: raw node:http + pg login ...');
    raw = await startRawServer({
      databaseUrl: dbUrl,
      jwtSecret: app.runtime.jwtSecret,
      accessTokenTtlMs: app.runtime.ttl.accessToken,
      refreshTokenTtlMs: app.runtime.ttl.refreshToken,
      dummyHash: await new PasswordHasher().hash('never-the-password'),
    });
    const rawRun = await httpPhase('raw', raw.baseUrl, emails, pids);
    await raw.close();
    raw = undefined;
    log('phase 4/4: bare argon2 verify loop again (drift check) ...');
    const a2 = await argon2Loop(hash, CONNECTIONS, DURATION, pids);

    const argon2Rate = (a1.rps + a2.rps) / 2;
    log();
    log('results');
    log(
      `${'argon2 verify, bare loop'.padEnd(26)} ${f1(a1.rps).padStart(8)} verify/s (first), ${f1(a2.rps)} (last), mean ${f1(argon2Rate)}`,
    );
    log(`${''.padEnd(26)} ${cpuPerOp(a1.cpu, a1.verifies)}`);
    for (const line of runLines('ours  POST /auth/login', ours.result, ours.cpu)) log(line);
    for (const line of runLines('raw   node:http + pg', rawRun.result, rawRun.cpu)) log(line);
    log();
    const target = ours.result.rps / argon2Rate;
    log(`ours / argon2 bare : ${pct(target)}   (target >= 85 %: ${target >= 0.85 ? 'MET' : 'NOT MET'})`);
    log(`ours / raw         : ${pct(ours.result.rps / rawRun.result.rps)}`);
    log(`raw  / argon2 bare : ${pct(rawRun.result.rps / argon2Rate)}`);
    log(`argon2 drift (last/first): ${pct(a2.rps / a1.rps)}`);
    // The phases are CPU-bound on all cores, so throughput ~ cores / CPU per operation.
    const argonCpu = (a1.cpu.selfMs + a2.cpu.selfMs) / (a1.verifies + a2.verifies);
    const budget = (x: { cpu: CpuSample; result: LoadRunResult }) => (x.cpu.selfMs + x.cpu.pgMs + x.result.loadCpuMs) / x.result.ok;
    log(
      `CPU per op, all our processes: bare verify ${f2(argonCpu)} ms; login ours ${f2(budget(ours))} ms, raw ${f2(budget(rawRun))} ms ` +
        `(CPU-bound prediction: ours/argon2 ${pct(argonCpu / budget(ours))}, raw/argon2 ${pct(argonCpu / budget(rawRun))})`,
    );
    const noise = [
      noiseWarning('argon2 (first)', a1.cpu),
      noiseWarning('ours', ours.cpu, ours.result.loadProcessCpuMs),
      noiseWarning('raw', rawRun.cpu, rawRun.result.loadProcessCpuMs),
      noiseWarning('argon2 (last)', a2.cpu),
    ].filter(Boolean);
    for (const warning of noise) log(warning!);
    const invalid = [ours.result, rawRun.result].some((r) => invalidReason(r));
    if (invalid) log('WARNING: a run had errors; its figure is not valid');
    process.exitCode = invalid ? 1 : 0;
  } finally {
    await cleanup();
  }
}

const deadline = setTimeout(
  () => {
    console.error('bench:login: hard deadline reached, exiting');
    process.exit(2);
  },
  (6 * (DURATION + WARMUP) + 180) * 1000,
);
deadline.unref();

main()
  .catch((error: unknown) => {
    console.error('bench:login failed:', error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(() => {
    // Everything we started is stopped; exit even if a library left a handle open.
    setTimeout(() => process.exit(), 200).unref();
  });
