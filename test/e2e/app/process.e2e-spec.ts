import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { AddressInfo, connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, eventually, isAlive, spawnApp } from './app-process';

// The launcher's own answer to "where is the build" (plain CommonJS, no types).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildOutput } = require('../../../scripts/build-output') as { buildOutput(): { main: string } };

// The app as an operator runs it: a child process, its output, its signals. Slow by nature (a
// PostgreSQL cluster is created once for the suite), so the scenarios share one DATA_DIR.
jest.setTimeout(180_000);

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
const pidOf = (app: AppProcess) => {
  const line = app.lines.find((l) => l.startsWith('{') && l.includes('"pid"'));
  return (JSON.parse(line!) as { pid: number }).pid;
};

describe('the app as a process (embedded PostgreSQL)', () => {
  let dataDir: string;
  const started: AppProcess[] = [];
  const pgPids = new Set<number>();
  const run = (how: 'main' | 'npm', env: Record<string, string> = {}) => {
    const app = spawnApp({ DATA_DIR: dataDir, PORT: '0', ...env }, how);
    started.push(app);
    return app;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tenant-iam-process-'));
  });
  afterAll(async () => {
    // Whatever a failed test left behind: our children first, then their PostgreSQL servers.
    for (const app of started)
      if (app.child.exitCode === null && app.child.signalCode === null && app.child.pid) process.kill(app.child.pid, 'SIGKILL');
    for (const pid of pgPids) if (isAlive(pid)) process.kill(pid, 'SIGINT');
    await eventually(() => [...pgPids].every((pid) => !isAlive(pid)), 15_000, 'test PostgreSQL servers stopped');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('npm start: SIGTERM to the npm process stops node and PostgreSQL, exit code 0', async () => {
    const app = run('npm');
    const base = await app.baseUrl(150_000);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const nodePid = pidOf(app);
    const pgPid = await postmasterPid(dataDir);
    pgPids.add(pgPid);
    expect(nodePid).not.toBe(app.child.pid);

    app.child.kill('SIGTERM');
    const { code } = await app.exited(15_000);
    expect(code).toBe(0);
    await eventually(() => !isAlive(nodePid) && !isAlive(pgPid), 5_000, 'node and PostgreSQL gone');
  });

  it('npm start from an up-to-date build starts without rebuilding (the build above is reused)', async () => {
    const { main } = buildOutput();
    const before = statSync(main).mtimeMs;
    // An unreachable database makes the start end at once: all this test needs is the launcher.
    const app = run('npm', { DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/db' });
    expect((await app.exited(30_000)).code).toBe(1);
    expect(statSync(main).mtimeMs).toBe(before);
    expect(app.lines.join('\n')).not.toMatch(/building/i);
    expect(app.lines.filter((l) => l.startsWith('{'))).toEqual([expect.stringContaining('cannot connect to PostgreSQL at 127.0.0.1:1')]);
  });

  it('after kill -9 the orphaned PostgreSQL is stopped by the next start; a second instance on the same DATA_DIR is refused in one line', async () => {
    const crashed = run('main');
    await crashed.baseUrl();
    const orphan = await postmasterPid(dataDir);
    pgPids.add(orphan);
    crashed.child.kill('SIGKILL');
    await crashed.exited();
    expect(isAlive(orphan)).toBe(true);

    const next = run('main');
    const base = await next.baseUrl(60_000);
    expect(next.lines.join('\n')).toContain(`stopping the server left running by a previous run (pid ${orphan})`);
    expect(isAlive(orphan)).toBe(false);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const pgPid = await postmasterPid(dataDir);
    pgPids.add(pgPid);

    const second = run('main');
    const { code } = await second.exited(30_000);
    expect(code).toBe(1);
    const failures = second.lines.filter((line) => line.startsWith('{'));
    expect(failures).toHaveLength(1);
    expect(JSON.parse(failures[0])).toMatchObject({
      level: 60,
      msg: expect.stringMatching(/DATA_DIR=.* is in use by another instance \(pid \d+\)/),
    });
    expect(second.lines.join('\n')).not.toContain('undefined');
    // The first instance is untouched.
    expect(isAlive(pgPid)).toBe(true);
    expect((await fetch(`${base}/health/live`)).status).toBe(200);

    next.child.kill('SIGTERM');
    expect((await next.exited()).code).toBe(0);
    await eventually(() => !isAlive(pgPid), 5_000, 'PostgreSQL stopped with the app');
  });

  it('a PostgreSQL that will not start: exit 1 with one JSON line carrying PostgreSQL\'s own message, never "undefined"', async () => {
    const conf = join(dataDir, 'postgres', 'postgresql.conf');
    const original = await readFile(conf, 'utf8');
    await writeFile(conf, `${original}\nshared_buffers = 'lots'\n`);
    try {
      const app = run('main');
      expect((await app.exited(30_000)).code).toBe(1);
      const failures = app.lines.filter((line) => line.startsWith('{'));
      expect(failures).toHaveLength(1);
      expect(JSON.parse(failures[0]).msg).toMatch(
        /embedded PostgreSQL did not start in .*LOG: invalid value for parameter "shared_buffers".*FATAL: configuration file/,
      );
      expect(app.lines.join('\n')).not.toContain('undefined');
    } finally {
      await writeFile(conf, original);
    }
  });

  it('a busy PORT: exit 1 with one JSON line, and the embedded PostgreSQL it started is stopped first', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const app = run('main', { PORT: String((blocker.address() as AddressInfo).port) });
      expect((await app.exited(60_000)).code).toBe(1);
      const failures = app.lines.filter((line) => line.startsWith('{') && line.includes('"level":60'));
      expect(failures).toEqual([expect.stringContaining('EADDRINUSE')]);
      // A clean PostgreSQL shutdown removes its lock file before the app exits.
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('listens on 127.0.0.1 by default: the banner says so and another interface is refused', async () => {
    const app = run('main');
    const base = await app.baseUrl(60_000);
    pgPids.add(await postmasterPid(dataDir));
    expect(app.lines).toContainEqual(expect.stringMatching(/^Listening on 127\.0\.0\.1:\d+ \(this machine only/));
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(base).port);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (external) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect(port, external);
        socket.once('connect', () => (socket.destroy(), resolve('connected')));
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome).toBe('ECONNREFUSED');
    }
    app.child.kill('SIGTERM');
    expect((await app.exited()).code).toBe(0);
  });
});

describe('the app as a process (DATABASE_URL)', () => {
  it('an unreachable DATABASE_URL: exit 1 within 10 s, one JSON line naming the host and the cause, no password', async () => {
    const app = spawnApp({ DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/db', DATA_DIR: join(tmpdir(), 'tenant-iam-unused'), PORT: '0' });
    const { code, afterMs } = await app.exited(15_000).finally(() => {
      if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
    });
    expect(code).toBe(1);
    expect(afterMs).toBeLessThan(10_000);
    const lines = app.lines.filter((line) => line.trim());
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 60,
      host: '127.0.0.1',
      port: 1,
      cause: expect.stringContaining('ECONNREFUSED'),
      msg: expect.stringContaining('cannot connect to PostgreSQL at 127.0.0.1:1'),
    });
    expect(lines[0]).not.toContain('secret');
  });
});
