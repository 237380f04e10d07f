import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../../support/database';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { extractToken } from '../../support/smtp-sink';
import { AppProcess, eventually, spawnApp } from './app-process';

jest.setTimeout(60_000);

type LogLine = {
  level: number;
  time: string;
  msg: string;
  context?: string;
  req?: { id: string; method: string; url: string; remoteAddress?: string; headers: Record<string, string> };
  res?: { statusCode: number };
  route?: string;
  userId?: string;
  sessionId?: string;
};

// What an operator reads: the start output and one JSON line per request, from the real process.
describe('logs of the running app', () => {
  let app: AppProcess;
  let base: string;
  let dataDir: string;
  let database: { url: string; drop(): Promise<void> };
  const json = () => app.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as LogLine);
  const requestLine = async (id: string) => {
    await app.waitForLine(new RegExp(`"id":"${id.replace(/[.]/g, '\\.')}"`), 5_000);
    return json().find((l) => l.req?.id === id)!;
  };

  beforeAll(async () => {
    database = await createTestDatabase('process_logs');
    dataDir = await mkdtemp(join(tmpdir(), 'tenant-iam-logs-'));
    app = spawnApp({ DATABASE_URL: database.url, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
    base = await app.baseUrl(45_000);
    // The banner's last line: the whole banner has been read.
    await app.waitForLine(/^Links in mails/, 5_000);
  });
  afterAll(async () => {
    if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGTERM');
    await app.exited().catch(() => app.child.kill('SIGKILL'));
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the banner last, from the bound address, with route mapping below the info level', () => {
    const listening = app.lines.findIndex((l) => l.startsWith('Listening on '));
    expect(listening).toBeGreaterThan(-1);
    expect(app.lines.slice(listening + 1).every((l) => !l.startsWith('{'))).toBe(true);
    expect(app.lines.join('\n')).not.toMatch(/Mapped \{|"context":"(RouterExplorer|RoutesResolver|InstanceLoader)"/);
    expect(app.lines[listening]).toMatch(/^Listening on 127\.0\.0\.1:\d+/);
    expect(app.lines).toContainEqual(`Links in mails start with APP_URL=http://localhost:3000`);
  });

  it('writes readable ISO times', () => {
    const lines = json();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('honours a well-formed X-Request-Id, returns it, and logs 404s with it', async () => {
    const res = await fetch(`${base}/no-such-route?token=abc`, { headers: { 'X-Request-Id': 'trace-4711.a:b' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('trace-4711.a:b');
    const line = await requestLine('trace-4711.a:b');
    expect(line).toMatchObject({
      level: 40,
      req: { method: 'GET', url: '/no-such-route', remoteAddress: '127.0.0.1' },
      res: { statusCode: 404 },
    });
  });

  it('replaces a malformed or oversized X-Request-Id with a generated one; logs the route template and client address, and only headers the request had', async () => {
    for (const given of ['has spaces', 'x'.repeat(129), 'quote"brace}']) {
      const res = await fetch(`${base}/health/live`, { headers: { 'X-Request-Id': given } });
      const id = res.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const line = await requestLine(id);
      expect(line).toMatchObject({ route: '/health/live', req: { remoteAddress: '127.0.0.1' }, res: { statusCode: 200 } });
      expect(line.req!.headers).not.toHaveProperty('authorization');
      expect(JSON.stringify(line)).not.toContain('[redacted]');
    }
  });

  it('logs the user and session of an authenticated request, and the template of a parameterised route', async () => {
    const email = uniqueEmail('logs');
    expect((await post('/api/v1/auth/register', { email, password: GOOD_PASSWORD })).status).toBe(202);
    let text = '';
    await eventually(
      async () => {
        const names = await readdir(join(dataDir, 'mailbox')).catch(() => [] as string[]);
        for (const name of names.filter((n) => n.endsWith('.json'))) {
          const mail = JSON.parse(await readFile(join(dataDir, 'mailbox', name), 'utf8')) as { to: string; text: string };
          if (mail.to.includes(email)) text = mail.text;
        }
        return text !== '';
      },
      10_000,
      'verification mail in the mailbox folder',
    );
    expect((await post('/api/v1/auth/verify-email', { token: extractToken(text, 'verify-email') })).status).toBe(200);
    const login = await post('/api/v1/auth/login', { email, password: GOOD_PASSWORD });
    const { accessToken, sessionId } = (await login.json()) as { accessToken: string; sessionId: string };

    const me = await fetch(`${base}/api/v1/me/sessions/00000000-0000-7000-8000-000000000000`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    const line = await requestLine(me.headers.get('x-request-id')!);
    expect(line).toMatchObject({
      route: '/api/v1/me/sessions/:id',
      sessionId,
      userId: expect.any(String),
      req: { headers: { authorization: '[redacted]' } },
    });
    expect(JSON.stringify(line)).not.toContain(accessToken);
    expect(JSON.stringify(json())).not.toContain(GOOD_PASSWORD);
  });

  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
});
