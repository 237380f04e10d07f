import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const TICK_MS = 10; // USER_HZ = 100 on Linux

function statFields(path: string): string[] | null {
  try {
    const stat = readFileSync(path, 'utf8');
    // Fields after "(comm)": index 0 is field 3 (state); utime=11, stime=12, cutime=13, cstime=14.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime + stime of one thread or process, in ms (0 when gone). */
function cpuMs(path: string, withChildren = false): number {
  const f = statFields(path);
  if (!f) return 0;
  const ticks = Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0);
  return ticks * TICK_MS;
}

/**
 * CPU of the PostgreSQL server: the postmaster (including the CPU of backends it already reaped,
 * cutime/cstime) plus its live children, in ms. Backends that come and go are thus counted.
 */
export function postgresCpuMs(postmasterPid: number | undefined): number {
  if (!postmasterPid) return 0;
  let total = cpuMs(`/proc/${postmasterPid}/stat`, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(`/proc/${entry}/stat`);
    if (f && Number(f[1]) === postmasterPid) total += (Number(f[11]) + Number(f[12])) * TICK_MS;
  }
  return total;
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machine(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface CpuSample {
  /** CPU of this process (all threads), ms. */
  selfMs: number;
  /** ... of which its kernel (system) time, ms. */
  selfSysMs: number;
  /** ... of which the main (event-loop) thread, ms. The rest is the libuv pool (argon2) and V8 helpers. */
  mainMs: number;
  /** CPU of the PostgreSQL server processes, ms. */
  pgMs: number;
  /** Event-loop utilisation of the main thread (wall-clock share not idle in epoll), 0..1. */
  elu: number;
  /** Whole-machine busy fraction (all cores, everyone's processes), 0..1. */
  machineBusy: number;
  /** Busy and total CPU time of the whole machine (all cores), ms. */
  machineBusyMs: number;
  machineTotalMs: number;
  wallMs: number;
}

/** Measures CPU spent by this process and by PostgreSQL between creation and stop(). */
export function cpuMeter(postmasterPid: number | undefined) {
  const mainPath = `/proc/${process.pid}/task/${process.pid}/stat`;
  const self0 = process.cpuUsage();
  const main0 = cpuMs(mainPath);
  const pg0 = postgresCpuMs(postmasterPid);
  const elu0 = performance.eventLoopUtilization();
  const m0 = machine();
  const t0 = performance.now();
  return {
    stop(): CpuSample {
      const self = process.cpuUsage(self0);
      const m1 = machine();
      return {
        selfMs: (self.user + self.system) / 1000,
        selfSysMs: self.system / 1000,
        mainMs: cpuMs(mainPath) - main0,
        pgMs: postgresCpuMs(postmasterPid) - pg0,
        elu: performance.eventLoopUtilization(elu0).utilization,
        machineBusy: (m1.busy - m0.busy) / Math.max(1, m1.total - m0.total),
        machineBusyMs: (m1.busy - m0.busy) * TICK_MS,
        machineTotalMs: (m1.total - m0.total) * TICK_MS,
        wallMs: performance.now() - t0,
      };
    },
  };
}
