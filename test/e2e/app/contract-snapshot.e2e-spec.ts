import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SNAPSHOT_FILE } from '../../support/api-client/snapshot';
import { createTestApp, TestApp } from '../../support/create-test-app';

const ROOT = join(__dirname, '..', '..', '..');
const FIX = 'the contract changed: run `npm run openapi:snapshot`, review the diff of docs/openapi.json, commit it';

describe('contract: docs/openapi.json is the document the app serves', () => {
  let t: TestApp;
  let snapshot: Record<string, any>;
  beforeAll(async () => {
    // The embedded mode, so the dev mailbox is part of the document as `npm start` serves it.
    t = await createTestApp({ label: 'contract-snapshot', mailbox: true });
    snapshot = JSON.parse(await readFile(SNAPSHOT_FILE, 'utf8'));
  });
  afterAll(() => t.close());

  it('matches the live GET /api/docs-json exactly', async () => {
    const live = (await t.http.get('/api/docs-json').expect(200)).body;
    expect({ fix: FIX, document: live }).toEqual({ fix: FIX, document: snapshot });
  });

  // openapi-typescript loads ES modules that Jest's CommonJS runtime cannot: check in a child process,
  // exactly as `npm run lint:openapi` does (snapshot and schema.d.ts both current).
  it('has a typed client schema generated from the current document', async () => {
    const run = promisify(execFile)(process.execPath, ['-r', './bench/lib/register.js', 'test/support/api-client/snapshot.ts', '--check'], {
      cwd: ROOT,
    });
    await expect(run).resolves.toMatchObject({ stdout: expect.stringContaining('current') });
  }, 120_000);

  it('declares every error answer as problem+json, and public routes as such', () => {
    const operations = Object.values(snapshot.paths).flatMap((item: any) => Object.values(item)) as any[];
    expect(operations.length).toBeGreaterThan(15);
    for (const operation of operations) {
      for (const [status, response] of Object.entries<any>(operation.responses)) {
        if (Number(status) < 400) continue;
        expect({ operation: operation.operationId, status, media: Object.keys(response.content ?? {}) }).toEqual({
          operation: operation.operationId,
          status,
          media: ['application/problem+json'],
        });
      }
    }
    const publicIds = operations.filter((o) => Array.isArray(o.security) && o.security.length === 0).map((o) => o.operationId);
    expect(publicIds).toEqual(expect.arrayContaining(['register', 'login', 'refreshSession', 'forgotPassword', 'checkLiveness']));
    expect(publicIds).not.toContain('listMyTenants');
  });
});
