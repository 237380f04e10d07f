import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime of processes, in ms (processes that vanished count 0). */
export function processesCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks * TICK_MS;
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
  /** CPU of this process (main thread + libuv pool + V8 helpers), ms. */
  selfMs: number;
  /** CPU of the PostgreSQL server processes, ms. */
  pgMs: number;
  /** Event-loop utilisation of this process's main thread, 0..1. */
  elu: number;
  /** Whole-machine busy fraction (all cores, everyone's processes), 0..1. */
  machineBusy: number;
  wallMs: number;
}

/** Measures CPU spent by this process and by PostgreSQL between start() and stop(). */
export function cpuMeter(pgPids: () => number[]) {
  const pids = pgPids();
  const self0 = process.cpuUsage();
  const pg0 = processesCpuMs(pids);
  const elu0 = performance.eventLoopUtilization();
  const m0 = machine();
  const t0 = performance.now();
  return {
    stop(): CpuSample {
      const self = process.cpuUsage(self0);
      const m1 = machine();
      return {
        selfMs: (self.user + self.system) / 1000,
        pgMs: processesCpuMs(pids) - pg0,
        elu: performance.eventLoopUtilization(elu0).utilization,
        machineBusy: (m1.busy - m0.busy) / Math.max(1, m1.total - m0.total),
        wallMs: performance.now() - t0,
      };
    },
  };
}
