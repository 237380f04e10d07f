import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** A child process of the real app, its output line by line, and ways to wait on it. */
export interface AppProcess {
  child: ChildProcess;
  /** Every line of stdout and stderr so far, in arrival order. */
  lines: string[];
  /** The first line matching `pattern` (waiting for it), or a rejection at the deadline or on exit. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** The exit code (or signal), within the deadline. */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  /** The API base URL, read from the start banner. */
  baseUrl(timeoutMs?: number): Promise<string>;
}

/**
 * Starts the app as `main.ts` through the benchmark require hook (swc, no Nest build): the real
 * entry point, a second or two instead of a build. `npm` runs the real `npm start` instead.
 */
export function spawnApp(env: Record<string, string>, how: 'main' | 'npm' = 'main'): AppProcess {
  const [command, args] =
    how === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['-r', './bench/lib/register.js', 'apps/api/src/main.ts']];
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    // Only what the test says: no DATABASE_URL, SMTP_URL or NODE_ENV of the test runner leaks in.
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', PWNED_PASSWORDS_URL: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const onData = (buffered: { rest: string }) => (chunk: Buffer) => {
    const parts = (buffered.rest + chunk.toString('utf8')).split('\n');
    buffered.rest = parts.pop()!;
    lines.push(...parts);
    for (const wake of waiters) wake();
  };
  child.stdout!.on('data', onData({ rest: '' }));
  child.stderr!.on('data', onData({ rest: '' }));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((resolve) =>
    child.once('exit', (code, signal) => {
      // Let the last output arrive before anyone reads `lines`.
      setImmediate(() => {
        resolve({ code, signal, afterMs: Date.now() - started });
        for (const wake of waiters) wake();
      });
    }),
  );
  let hasExited = false;
  void exit.then(() => (hasExited = true));

  const waitForLine = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines.find((l) => pattern.test(l));
        if (line !== undefined) return done(() => resolve(line));
        if (hasExited) return done(() => reject(new Error(`exited before ${pattern}; output:\n${lines.join('\n')}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${lines.join('\n')}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });

  return {
    child,
    lines,
    waitForLine,
    exited: (timeoutMs = 15_000) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; output:\n${lines.join('\n')}`)), timeoutMs).unref(),
        ),
      ]),
    baseUrl: async (timeoutMs?: number) => /^API:\s+(\S+)\/api\/v1/.exec(await waitForLine(/^API:\s/, timeoutMs))![1],
  };
}

/** Whether a process with this id exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Polls `condition` until it holds or the deadline passes (process tests only). */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
