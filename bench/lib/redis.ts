import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { freePort } from '../../apps/api/src/database/embedded-database';

/** A Redis server for one run: its URL, and how to stop it (a no-op for one given by URL). */
export interface RunRedis {
  url: string;
  /** True when this run started the server (and `stop` ends it). */
  started: boolean;
  stop(): Promise<void>;
}

/**
 * The Redis of a run: `url` when given (BENCH_REDIS_URL, TEST_REDIS_URL), else a throwaway
 * `redis-server` on a free loopback port, without persistence. Throws a message that says what
 * to install or set when neither is there.
 */
export async function startRedis(url: string | undefined, variable: string): Promise<RunRedis> {
  if (url) return { url, started: false, stop: async () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(`redis-server is not installed (apt-get install -y redis-server) and ${variable} is not set`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${port} within 10 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    started: true,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
