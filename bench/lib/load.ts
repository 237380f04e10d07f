import { fork } from 'node:child_process';
import { join } from 'node:path';
import { cpuMeter } from './cpu';

export interface LoadPhase {
  label: string;
  durationSec: number;
  /** refresh: one fresh refresh token per connection. */
  tokens?: string[];
  /** refresh: spare tokens, used only after a failed answer broke a chain. */
  reserve?: string[];
  /** get: access tokens, one per connection (connection i sends `bearer[i % length]` on every request). */
  bearer?: string[];
  /** get: an `X-Api-Key` every connection sends instead of a bearer token (metered-call). */
  apiKey?: string;
}

export interface LoadSpec {
  /** `get`: an authenticated GET of `path` (with its query), a fixed bearer token per connection. */
  kind: 'login' | 'refresh' | 'get';
  url: string;
  path: string;
  connections: number;
  runs: LoadPhase[];
  users?: string[];
  password?: string;
}

export interface LoadRunResult {
  label: string;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSec: number;
  /** 2xx answers per second. */
  rps: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  statusCodes: Record<string, number>;
  reserveUsed: number;
  /** CPU used by the load generator process during the run. */
  loadCpuMs: number;
  /** CPU used by the load generator process since it started (its start-up included). */
  loadProcessCpuMs: number;
}

/** A run is valid only without non-2xx answers, socket errors or timeouts. */
export function invalidReason(r: LoadRunResult): string | null {
  if (r.non2xx || r.errors || r.timeouts || r.reserveUsed) {
    return `INVALID: non2xx=${r.non2xx} errors=${r.errors} timeouts=${r.timeouts} broken-chains=${r.reserveUsed} codes=${JSON.stringify(r.statusCodes)}`;
  }
  return null;
}

/**
 * Runs autocannon in a child process (its own event loop and process, on the same 2 cores) and
 * returns one result per phase. The child is killed if it has not answered within the phases'
 * total duration plus a margin.
 */
export function runLoad(spec: LoadSpec, onChild?: (pid: number) => void): Promise<LoadRunResult[]> {
  const total = spec.runs.reduce((s, r) => s + r.durationSec, 0);
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-worker.ts'), [], {
      execArgv: ['--require', join(__dirname, 'register.js')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    if (child.pid) onChild?.(child.pid);
    let settled = false;
    const timer = setTimeout(
      () => {
        if (!settled) {
          settled = true;
          child.kill('SIGKILL');
          reject(new Error(`load generator did not finish within ${total + 60} s`));
        }
      },
      (total + 60) * 1000,
    );
    child.once('message', (message: { results?: LoadRunResult[]; error?: string }) => {
      settled = true;
      clearTimeout(timer);
      if (message.error) reject(new Error(`load generator failed: ${message.error}`));
      else resolve(message.results!);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!settled) {
        settled = true;
        reject(new Error(`load generator exited with ${code} before answering`));
      }
    });
    child.send(spec);
  });
}

/**
 * One measured phase of authenticated GETs (members-list, metered-call): a warm-up of `warmupSec`
 * that must be clean and is not counted, then `durationSec` measured with the CPU meter on.
 * `auth` is what every request carries: a bearer token per connection, or an API key.
 */
export async function measuredGets(
  spec: { url: string; path: string; connections: number; warmupSec: number; durationSec: number; pgPid: number | undefined },
  auth: Pick<LoadPhase, 'bearer' | 'apiKey'>,
): Promise<{ result: LoadRunResult; cpu: ReturnType<ReturnType<typeof cpuMeter>['stop']> }> {
  const load = { kind: 'get' as const, url: spec.url, path: spec.path, connections: spec.connections };
  if (spec.warmupSec > 0) {
    const [warm] = await runLoad({ ...load, runs: [{ label: 'warmup', durationSec: spec.warmupSec, ...auth }] });
    const bad = invalidReason(warm);
    if (bad) throw new Error(`warm-up: ${bad}`);
  }
  const meter = cpuMeter(spec.pgPid);
  const [result] = await runLoad({ ...load, runs: [{ label: 'measure', durationSec: spec.durationSec, ...auth }] });
  return { result, cpu: meter.stop() };
}
