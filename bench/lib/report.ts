import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';
import { THREADPOOL_SIZE, THREADPOOL_SIZE_FROM_ENV } from './threadpool';
import { CpuSample } from './cpu';
import { invalidReason, LoadRunResult } from './load';

export function envNumber(name: string, fallback: number, min = 1, max = 100_000): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number in [${min}, ${max}], got ${raw}`);
  return value;
}

/** The commit the app code was measured at, with "+dirty" when apps/ or libs/ have local changes (read-only git). */
export function codeRevision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'apps', 'libs') ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

export function machineLine(): string {
  const model = cpus()[0]?.model ?? 'unknown';
  return (
    `machine: ${availableParallelism()} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ` +
    `UV_THREADPOOL_SIZE=${THREADPOOL_SIZE}${THREADPOOL_SIZE_FROM_ENV ? '' : ' (unset: libuv default, written explicitly)'}, code ${codeRevision()}`
  );
}

export const f0 = (n: number) => n.toFixed(0);
export const f1 = (n: number) => n.toFixed(1);
export const f2 = (n: number) => n.toFixed(2);
export const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

/** CPU per operation, in ms, split by where it was spent. */
export function cpuPerOp(sample: CpuSample, ops: number, loadCpuMs = 0, loadProcessCpuMs = loadCpuMs): string {
  const per = (ms: number) => (ops ? ms / ops : 0).toFixed(2);
  return (
    `cpu/op ms: process ${per(sample.selfMs)} (main thread ${per(sample.mainMs)}, other threads ${per(sample.selfMs - sample.mainMs)}; ` +
    `kernel ${per(sample.selfSysMs)}), postgres ${per(sample.pgMs)}` +
    (loadCpuMs ? `, load generator ${per(loadCpuMs)}` : '') +
    ` | ELU ${pct(sample.elu)}, machine busy ${pct(sample.machineBusy)}, other processes ${pct(othersShare(sample, loadProcessCpuMs))}`
  );
}

/**
 * Share of the machine's CPU used by processes other than this one, PostgreSQL and the load
 * generator during a phase: the noise indicator (the machine is shared).
 */
export function othersShare(sample: CpuSample, loadCpuMs = 0): number {
  const others = sample.machineBusyMs - sample.selfMs - sample.pgMs - loadCpuMs;
  return Math.max(0, others) / Math.max(1, sample.machineTotalMs);
}

export const NOISE_LIMIT = 0.05;

/** A warning when other processes took more than NOISE_LIMIT of the machine during a phase. */
export function noiseWarning(name: string, sample: CpuSample, loadCpuMs = 0): string | null {
  const share = othersShare(sample, loadCpuMs);
  return share > NOISE_LIMIT ? `NOISY: other processes used ${pct(share)} of the machine during "${name}"; rerun for a clean figure` : null;
}

export function log(message = ''): void {
  process.stdout.write(`${message}\n`);
}

/** The two result lines of one HTTP run: rate, latency and failures, then CPU per operation. */
export function runLines(name: string, r: LoadRunResult, cpu: CpuSample): string[] {
  return [
    `${name.padEnd(26)} ${f1(r.rps).padStart(8)} req/s  (${r.ok} ok in ${f1(r.durationSec)} s; latency p50 ${f0(r.latencyMs.p50)} ms, p99 ${f0(r.latencyMs.p99)} ms, max ${f0(r.latencyMs.max)} ms; ` +
      `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts})` +
      (invalidReason(r) ? `  ${invalidReason(r)}` : ''),
    `${''.padEnd(26)} ${cpuPerOp(cpu, r.ok, r.loadCpuMs, r.loadProcessCpuMs)}`,
  ];
}

/** One measured phase of an ABBA comparison: its load result and the CPU it cost. */
export interface AbbaRun {
  result: LoadRunResult;
  cpu: CpuSample;
}

/**
 * Prints the results of an ABBA comparison (ours against the raw baseline, `rounds` rounds each):
 * per-round lines, the pooled rates and ratio, CPU per request, noise warnings, and last the line
 * `<name> ours/raw <ratio>`. Sets the exit code to 1 when a run had errors. Returns the ratio.
 */
export function reportAbba(runs: { ours: AbbaRun[]; raw: AbbaRun[] }, options: { name: string; route: string; target: string }): number {
  log();
  log('results');
  for (let round = 0; round < runs.ours.length; round++) {
    for (const line of runLines(`ours  ${options.route} #${round + 1}`, runs.ours[round].result, runs.ours[round].cpu)) log(line);
    for (const line of runLines(`raw   node:http + pg #${round + 1}`, runs.raw[round].result, runs.raw[round].cpu)) log(line);
  }
  log();
  const rate = (list: AbbaRun[]) => list.reduce((s, r) => s + r.result.ok, 0) / list.reduce((s, r) => s + r.result.durationSec, 0);
  const perRound = runs.ours.map((o, i) => pct(o.result.rps / runs.raw[i].result.rps)).join(', ');
  const ratio = rate(runs.ours) / rate(runs.raw);
  log(`ours ${f1(rate(runs.ours))} req/s, raw ${f1(rate(runs.raw))} req/s over ${runs.ours.length} round(s)`);
  log(`ours / raw : ${pct(ratio)}   (per round: ${perRound}; target ${options.target})`);
  const perOp = (list: AbbaRun[], pick: (r: AbbaRun) => number) =>
    list.reduce((s, r) => s + pick(r), 0) / list.reduce((s, r) => s + r.result.ok, 0);
  log(
    `CPU per request: main thread ours ${f2(perOp(runs.ours, (r) => r.cpu.mainMs))} ms, raw ${f2(perOp(runs.raw, (r) => r.cpu.mainMs))} ms; ` +
      `PostgreSQL ours ${f2(perOp(runs.ours, (r) => r.cpu.pgMs))} ms, raw ${f2(perOp(runs.raw, (r) => r.cpu.pgMs))} ms`,
  );
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
  log(`${options.name} ours/raw ${f2(ratio)}`);
  return ratio;
}

/**
 * Runs a bench's `main` under a hard deadline (a hang never keeps the machine busy), reports a
 * failure with its stack, and exits shortly after it ends (pools and children may linger).
 */
export function runBench(name: string, main: () => Promise<void>, deadlineSec: number): void {
  const deadline = setTimeout(() => {
    console.error(`bench:${name}: hard deadline reached, exiting`);
    process.exit(2);
  }, deadlineSec * 1000);
  deadline.unref();
  main()
    .catch((error: unknown) => {
      console.error(`bench:${name} failed:`, error instanceof Error ? error.stack : error);
      process.exitCode = 1;
    })
    .finally(() => {
      setTimeout(() => process.exit(), 200).unref();
    });
}
