import { generateToken } from '@tenant-iam/common';
import { Logger } from 'nestjs-pino';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { createTestDatabase } from '../support/database';
import { invite } from '../support/factories/invitations';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../support/identity';
import {
  isRecordable,
  looksLikeRawToken,
  maskSecret,
  RecordedSecret,
  recordedSecrets,
  recordMailboxTokens,
  recordRequestBody,
  scanDatabase,
  scanRun,
  scanText,
  SecretIndex,
  secretsDir,
  teardownScan,
} from '../support/secrets';

/** A base62 API key of the real shape that no app issued. */
const plantedKey = () => `tiam_${generateToken(48).replace(/[-_]/g, '').slice(0, 43)}`;
/** A fresh link-like token with the shape the scanner knows (about 1 in 1400 random ones lacks a digit). */
function rawToken(): string {
  for (;;) {
    const token = generateToken();
    if (looksLikeRawToken(token)) return token;
  }
}

/** Waits until the suite's log file has a line matching `predicate` (request lines are written once the answer is out). */
async function logLine(t: TestApp, predicate: (line: Record<string, any>) => boolean): Promise<Record<string, any>> {
  for (let i = 0; i < 100; i++) {
    const lines = readFileSync(t.logFile!, 'utf8').split('\n').filter(Boolean);
    const found = lines.map((line) => JSON.parse(line) as Record<string, any>).find(predicate);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no such log line');
}

// The secrets-at-rest-and-in-logs scan of the e2e run: what the suites' secrets are recorded
// from, the log capture, and that the scanner finds a raw secret planted in a row and in a log line.
describe('security: secrets at rest and in logs', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let tenantId: string;
  let apiKey: string;
  let invitationToken: string;

  beforeAll(async () => {
    t = await createTestApp({ label: 'secrets_scan' });
    db = t.app.get(DataSource);
    owner = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [owner.email]);
    tenantId = await createTenant(t, row.id, 'Sekrety Sp. z o.o.');
    apiKey = (await t.http.get(`/api/v1/tenants/${tenantId}/api-key`).set('Authorization', bearer(owner.accessToken)).expect(200)).body.key;
    invitationToken = (await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('invitee'), role: 'member' })).token;
  });
  afterAll(() => t.close());

  const kindOf = (value: string) => recordedSecrets().find((s) => s.value === value)?.kind;

  it('records the password sent, the link tokens mailed, and the refresh token and API key answered, in this worker file too', async () => {
    const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: owner.refreshToken }).expect(200);
    expect(kindOf(owner.password)).toBe('password');
    expect(kindOf(owner.refreshToken)).toBe('refresh-token');
    expect(kindOf(refreshed.body.refreshToken)).toBe('refresh-token');
    expect(kindOf(apiKey)).toBe('api-key');
    expect(kindOf(invitationToken)).toBe('link-token');
    // The sign-up's verification link, seen only in the mail.
    const verify = recordedSecrets().filter((s) => s.kind === 'link-token' && s.source.startsWith('mail to'));
    expect(verify.length).toBeGreaterThanOrEqual(2);

    const folder = join(secretsDir()!, 'secrets');
    const written = readdirSync(folder).flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean));
    const values = new Set(written.map((line) => (JSON.parse(line) as RecordedSecret).value));
    for (const secret of [owner.password, owner.refreshToken, refreshed.body.refreshToken, apiKey, invitationToken]) {
      expect(values.has(secret)).toBe(true);
    }
  });

  it('records an embedded mailbox file’s link tokens, and a member’s password but not one that is the body’s email', async () => {
    const mailbox = mkdtempSync(join(tmpdir(), 'tenant-iam-mailbox-'));
    const token = generateToken();
    await writeFile(join(mailbox, 'mail.json'), JSON.stringify({ text: `http://app.test/reset-password?token=${token}` }));
    await recordMailboxTokens(mailbox);
    await rm(mailbox, { recursive: true, force: true });
    expect(kindOf(token)).toBe('link-token');

    recordRequestBody({ email: 'x@example.test', password: { mode: 'set', value: 'Member-chosen-pass-71' } }, 'test');
    expect(kindOf('Member-chosen-pass-71')).toBe('password');
    const email = 'Looks-like-a-pass-1@example.test';
    recordRequestBody({ email, password: 'Looks-like-a-pass-1' }, 'test');
    expect(kindOf('Looks-like-a-pass-1')).toBeUndefined();
    // A hostile string a suite sends as a password and as a name is no secret (it is stored as the name).
    recordRequestBody({ email: 'y@example.test', password: 'Robert"); DROP TABLE users;--' }, 'test');
    expect(kindOf('Robert"); DROP TABLE users;--')).toBe('password');
    recordRequestBody({ name: 'Robert"); DROP TABLE users;--' }, 'test');
    expect(kindOf('Robert"); DROP TABLE users;--')).toBeUndefined();
    // Made-up wrong values are not secrets: they would be "found" in ordinary text.
    expect(['password', 'short', 'x'].some((p) => isRecordable('password', p))).toBe(false);
    expect(isRecordable('link-token', 'a'.repeat(43))).toBe(false);
    expect(isRecordable('link-token', generateToken())).toBe(true);
  });

  it('the app logs at info into the suite’s file, request lines included, and an invitation link’s token is not in its line', async () => {
    await t.http.get(`/api/v1/invitations/${invitationToken}`).expect(200);
    const line = await logLine(t, (l) => l.msg === 'request completed' && l.route === '/api/v1/invitations/:token');
    expect(line).toMatchObject({ level: 30, req: { method: 'GET', url: '/api/v1/invitations/[redacted]' }, res: { statusCode: 200 } });
    // Authorization and X-Api-Key are redacted.
    await t.http.get(`/api/v1/tenants/${tenantId}/usage`).set('X-Api-Key', apiKey).expect(200);
    const keyed = await logLine(t, (l) => l.route === '/api/v1/tenants/:tenantId/usage' && l.req.headers['x-api-key']);
    expect(keyed.req.headers['x-api-key']).toBe('[redacted]');
    // No route, no template (a mistyped link, a line logged before routing): a token-shaped segment
    // is redacted by its shape; uuids are kept.
    await t.http.post(`/api/v1/invitations/${invitationToken}/`).send({});
    const unrouted = await logLine(
      t,
      (l) => l.msg === 'request completed' && l.req?.method === 'POST' && String(l.req.url).startsWith('/api/v1/invitations/'),
    );
    expect(unrouted.req.url).toBe('/api/v1/invitations/[redacted]/');
    await t.http.get(`/api/v1/tenants/${tenantId}/nothing-here`);
    const kept = await logLine(t, (l) => l.msg === 'request completed' && String(l.req?.url).endsWith('/nothing-here'));
    expect(kept.req.url).toBe(`/api/v1/tenants/${tenantId}/nothing-here`);
    expect(scanText(readFileSync(t.logFile!, 'utf8'), 'suite log', new SecretIndex(recordedSecrets()))).toEqual([]);
  });

  it('finds a recorded secret and raw-token shapes planted in rows and in log lines, and reports them masked', async () => {
    const [user] = await db.query('SELECT id, first_name FROM users WHERE email = $1', [owner.email]);
    const [refresh] = await db.query('SELECT id, token_hash FROM refresh_tokens ORDER BY created_at LIMIT 1');
    const [link] = await db.query('SELECT id, payload FROM action_tokens ORDER BY created_at LIMIT 1');
    const token = rawToken();
    const key = plantedKey();
    try {
      await db.query('UPDATE users SET first_name = $2 WHERE id = $1', [user.id, `note: ${owner.refreshToken}`]);
      await db.query('UPDATE refresh_tokens SET token_hash = $2 WHERE id = $1', [refresh.id, token]);
      await db.query(`UPDATE action_tokens SET payload = jsonb_build_object('apiKey', $2::text) WHERE id = $1`, [link.id, key]);
      t.app.get(Logger).log(`planted: the password is ${owner.password}`);
      t.app.get(Logger).warn(`planted: ${key}`);
      await logLine(t, (l) => typeof l.msg === 'string' && l.msg.includes(key));

      const index = new SecretIndex(recordedSecrets());
      const database = new URL(t.config.databaseUrl).pathname.slice(1);
      const atRest = await scanDatabase(t.config.databaseUrl, index);
      expect(atRest).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            where: `database ${database}: users.first_name`,
            what: 'recorded refresh-token',
            secret: maskSecret(owner.refreshToken),
            seenIn: expect.stringContaining('POST /api/v1/auth/login answer'),
          }),
          { where: `database ${database}: refresh_tokens.token_hash`, what: 'raw token shape', secret: maskSecret(token) },
          { where: `database ${database}: action_tokens.payload`, what: 'API key shape', secret: maskSecret(key) },
        ]),
      );
      expect(atRest).toHaveLength(3);

      const inLogs = scanText(readFileSync(t.logFile!, 'utf8'), 'suite.ndjson', index);
      expect(inLogs).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ where: expect.stringMatching(/^log suite\.ndjson:\d+$/), what: 'recorded password' }),
          { where: expect.stringMatching(/^log suite\.ndjson:\d+$/), what: 'API key shape', secret: maskSecret(key) },
        ]),
      );
      // Reported masked: never the secret itself.
      const report = JSON.stringify([...atRest, ...inLogs]);
      for (const secret of [owner.refreshToken, owner.password, token, key]) expect(report).not.toContain(secret.slice(0, 12));
    } finally {
      // What was planted goes, or the suite's own drop and the run's teardown would (rightly) fail.
      await db.query('UPDATE users SET first_name = $2 WHERE id = $1', [user.id, user.first_name]);
      await db.query('UPDATE refresh_tokens SET token_hash = $2 WHERE id = $1', [refresh.id, refresh.token_hash]);
      await db.query('UPDATE action_tokens SET payload = $2 WHERE id = $1', [link.id, link.payload]);
      const kept = readFileSync(t.logFile!, 'utf8')
        .split('\n')
        .filter((line) => !line.includes('planted: '));
      writeFileSync(t.logFile!, kept.join('\n'));
    }
    expect(await scanDatabase(t.config.databaseUrl, new SecretIndex(recordedSecrets()))).toEqual([]);
  });

  it('a token kept as its 32 bytes in a bytea column, and a dropped database that is scanned once more, are reported', async () => {
    const database = await createTestDatabase('secrets_bytea');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const token = rawToken();
    await client.query('CREATE TABLE kept (secret bytea, note text)');
    await client.query('INSERT INTO kept VALUES ($1, $2)', [Buffer.from(token, 'base64url'), 'nothing here']);
    const index = new SecretIndex([{ kind: 'link-token', value: token, source: 'test' }]);
    const found = await scanDatabase(database.url, index);
    expect(found).toEqual([
      expect.objectContaining({ where: expect.stringMatching(/: kept\.secret$/), what: 'recorded link-token' }),
      expect.objectContaining({ where: expect.stringMatching(/: kept\.secret$/), what: 'raw token shape' }),
    ]);
    await client.query('DELETE FROM kept');
    await client.end();
    await database.drop();
    expect(await scanDatabase(database.url, index)).toEqual([]);
  });

  it('the run’s scan reads every worker’s secrets against every log file, keeps the workers’ findings, scans undropped databases; the teardown then fails', async () => {
    const run = mkdtempSync(join(tmpdir(), 'tenant-iam-secrets-run-'));
    const password = 'Recorded-elsewhere-93';
    const leftover = await createTestDatabase('secrets_leftover');
    const client = new Client({ connectionString: leftover.url });
    await client.connect();
    await client.query('CREATE TABLE notes (body text)');
    await client.query('INSERT INTO notes VALUES ($1)', [`left: ${password}`]);
    await client.end();
    try {
      for (const folder of ['secrets', 'logs', 'findings', 'databases']) await mkdir(join(run, folder));
      await writeFile(
        join(run, 'secrets', 'worker-9.ndjson'),
        `${JSON.stringify({ kind: 'password', value: password, source: 'elsewhere' })}\n`,
      );
      await writeFile(join(run, 'logs', 'other-suite.ndjson'), `{"msg":"fine"}\n{"msg":"oops ${password}"}\n`);
      const earlier = { where: 'database t_x: users.first_name', what: 'recorded password', secret: maskSecret(password) };
      await writeFile(join(run, 'findings', 'worker-9.ndjson'), `${JSON.stringify(earlier)}\n`);
      await writeFile(join(run, 'databases', 'worker-9.ndjson'), `${JSON.stringify({ name: new URL(leftover.url).pathname.slice(1) })}\n`);

      const scan = await scanRun(run, process.env.TEST_PG_ADMIN_URL);
      expect(scan).toMatchObject({ secrets: 1, logFiles: 1, leftoverDatabases: 1 });
      expect(scan.findings).toEqual([
        earlier,
        expect.objectContaining({ where: 'log logs/other-suite.ndjson:2', what: 'recorded password', secret: maskSecret(password) }),
        expect.objectContaining({ where: expect.stringMatching(/: notes\.body$/), what: 'recorded password' }),
      ]);

      // What the global teardown runs: the findings make it throw (Jest then exits non-zero), the folder is kept.
      const failure = await teardownScan(run, process.env.TEST_PG_ADMIN_URL).then(
        () => new Error('the teardown passed'),
        (error: Error) => error,
      );
      expect(failure.message).toContain('3 raw secret(s) found');
      expect(failure.message).toContain(`log logs/other-suite.ndjson:2: recorded password ${maskSecret(password)}, seen in elsewhere`);
      expect(failure.message).not.toContain(password);
      expect(readdirSync(run)).toContain('logs');
    } finally {
      await leftover.drop();
      await rm(run, { recursive: true, force: true });
    }
  });
});
