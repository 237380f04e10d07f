import { SecretBox } from '@tenant-iam/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { ROOMY_PLANS, signUpMember } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const HOUR = 60 * 60 * 1000;
const KEY = /^tiam_[0-9A-Za-z]{43}$/;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// The organisation's one API key: made with the organisation, stored as sha256 plus a sealed copy,
// read by the owner, superadmins and whoever a permission group grants it (clients never),
// rotated by superadmins with a grace for the old key (here API_KEY_ROTATION_GRACE=1h).
describe('tenancy: the API key', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: { token: string; userId: string; email: string; password: string };
  let tenantId: string;

  const getKey = (token: string, tid = tenantId) => t.http.get(`/api/v1/tenants/${tid}/api-key`).set('Authorization', bearer(token));
  const rotate = (token: string, tid = tenantId) =>
    t.http.post(`/api/v1/tenants/${tid}/api-key/rotate`).set('Authorization', bearer(token)).send({});
  const usageWithKey = (key: string, tid = tenantId) => t.http.get(`/api/v1/tenants/${tid}/usage`).set('X-Api-Key', key);
  const relogin = async () => {
    owner.token = (
      await t.http.post('/api/v1/auth/login').send({ email: owner.email, password: owner.password }).expect(200)
    ).body.accessToken;
  };

  beforeAll(async () => {
    t = await createTestApp({ label: 'api-key', runtime: { plans: ROOMY_PLANS }, env: { API_KEY_ROTATION_GRACE: '1h' } });
    db = t.app.get(DataSource);
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    owner = { token: s.accessToken, userId: row.id, email: s.email, password: s.password };
    tenantId = await createTenant(t, owner.userId, 'Klucze Sp. z o.o.');
  });
  afterAll(() => t.close());

  it('is made with the organisation, recognisable, and stored only as its sha256 and a sealed copy', async () => {
    const res = await getKey(owner.token).expect(200);
    expect(res.body).toEqual({ key: expect.stringMatching(KEY), prefix: res.body.key.slice(0, 13), createdAt: expect.any(String) });
    const rows = await db.query('SELECT key_hash, sealed_key, prefix, expires_at FROM api_keys WHERE tenant_id = $1', [tenantId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].key_hash).toBe(sha256(res.body.key));
    expect(rows[0].sealed_key).not.toContain(res.body.key.slice(5));
    expect(rows[0].expires_at).toBeNull();
    // The same key on every read.
    expect((await getKey(owner.token).expect(200)).body.key).toBe(res.body.key);
  });

  it('a key sealed under a secret the server no longer has: still works, GET answers 409 API_KEY_UNREADABLE (never a 500) until a rotation', async () => {
    const other = await createTenant(t, owner.userId, 'Stary Sekret Sp. z o.o.');
    await relogin();
    const { key } = (await getKey(owner.token, other).expect(200)).body;
    // As if the host had changed its secret since the key was stored.
    await db.query('UPDATE api_keys SET sealed_key = $2 WHERE tenant_id = $1', [
      other,
      new SecretBox('tenancy-api-keys:an older secret').seal(key),
    ]);
    expectProblem(await getKey(owner.token, other), 409, 'API_KEY_UNREADABLE');
    await usageWithKey(key, other).expect(200);
    const rotated = (await rotate(owner.token, other).expect(200)).body;
    expect((await getKey(owner.token, other).expect(200)).body.key).toBe(rotated.key);
  });

  it('roles: owner and superadmin read; admin and member per permission group; a client never; only superadmins rotate', async () => {
    const reading = await createPermissionSet(t, tenantId, owner.userId, {
      name: 'Key readers',
      rules: [{ action: 'read', subject: 'ApiKey' }],
    });
    const notReading = await createPermissionSet(t, tenantId, owner.userId, {
      name: 'Activity only',
      rules: [{ action: 'read', subject: 'Activity' }],
    });
    const superadmin = await signUpMember(t, tenantId, 'superadmin');
    const admin = await signUpMember(t, tenantId, 'admin');
    const adminWithSet = await signUpMember(t, tenantId, 'admin', { permissionSetId: reading });
    const memberFull = await signUpMember(t, tenantId, 'member');
    const memberWithout = await signUpMember(t, tenantId, 'member', { permissionSetId: notReading });
    const client = await signUpMember(t, tenantId, 'client');
    const clientWithSet = await signUpMember(t, tenantId, 'client', { permissionSetId: reading });

    await getKey(superadmin.accessToken).expect(200);
    await getKey(adminWithSet.accessToken).expect(200);
    await getKey(memberFull.accessToken).expect(200); // the built-in "Full access" group grants it
    expectProblem(await getKey(admin.accessToken), 403, 'FORBIDDEN');
    expectProblem(await getKey(memberWithout.accessToken), 403, 'FORBIDDEN');
    expectProblem(await getKey(client.accessToken), 403, 'FORBIDDEN');
    expectProblem(await getKey(clientWithSet.accessToken), 403, 'FORBIDDEN');

    for (const who of [admin, adminWithSet, memberFull, clientWithSet]) expectProblem(await rotate(who.accessToken), 403, 'FORBIDDEN');
    const rotated = await rotate(superadmin.accessToken).expect(200);
    expect(rotated.body).toEqual({
      key: expect.stringMatching(KEY),
      prefix: rotated.body.key.slice(0, 13),
      createdAt: expect.any(String),
      rotatedAt: expect.any(String),
    });
    expect((await getKey(owner.token).expect(200)).body.key).toBe(rotated.body.key);
    const log = await t.http.get(`/api/v1/tenants/${tenantId}/activity`).set('Authorization', bearer(owner.token)).expect(200);
    const entry = log.body.items.find((e: { action: string }) => e.action === 'api_key.rotated');
    expect(entry).toMatchObject({
      actor: { type: 'user', id: superadmin.userId },
      target: { type: 'apiKey' },
      data: { prefix: rotated.body.prefix },
    });
    expect(JSON.stringify(log.body)).not.toContain(rotated.body.key);
  });

  it('after a rotation the old key works for the grace (1 h here), then answers 401; the new one works', async () => {
    const old = (await getKey(owner.token).expect(200)).body.key as string;
    const fresh = (await rotate(owner.token).expect(200)).body.key as string;
    await usageWithKey(old).expect(200);
    t.clock.advance(HOUR - 60_000);
    await usageWithKey(old).expect(200);
    t.clock.advance(2 * 60_000);
    expectProblem(await usageWithKey(old), 401, 'API_KEY_INVALID');
    await usageWithKey(fresh).expect(200);
    await relogin();
  });

  it('a key acts only for its organisation, only on routes open to keys, and never past a bad value', async () => {
    const key = (await getKey(owner.token).expect(200)).body.key as string;
    const other = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [other.email]);
    const otherTenant = await createTenant(t, row.id, 'Other');
    // Another organisation's tenant: 404, as for any tenant the caller cannot see.
    expectProblem(await usageWithKey(key, otherTenant), 404, 'TENANT_NOT_FOUND');
    expectProblem(await usageWithKey(key, 'not-a-uuid'), 404, 'TENANT_NOT_FOUND');
    expectProblem(await getKey(owner.token, otherTenant), 404, 'TENANT_NOT_FOUND');
    expectProblem(await rotate(owner.token, otherTenant), 404, 'TENANT_NOT_FOUND');
    // Routes not marked for keys want a session.
    expectProblem(await t.http.get(`/api/v1/tenants/${tenantId}`).set('X-Api-Key', key), 401, 'UNAUTHORIZED');
    expectProblem(await t.http.get(`/api/v1/tenants/${tenantId}/api-key`).set('X-Api-Key', key), 401, 'UNAUTHORIZED');
    expectProblem(await t.http.get(`/api/v1/tenants/${tenantId}/members`).set('X-Api-Key', key), 401, 'UNAUTHORIZED');
    // Junk and lookalikes.
    for (const bad of ['', 'x'.repeat(5000), `${key}x`, key.replace(/.$/, key.endsWith('A') ? 'B' : 'A'), `tiam_${'0'.repeat(43)}`]) {
      expectProblem(await usageWithKey(bad), 401, 'API_KEY_INVALID');
    }
    // A bearer token wins over a key: the member is who acts.
    const res = await t.http.get(`/api/v1/tenants/${tenantId}/usage`).set('Authorization', bearer(owner.token)).set('X-Api-Key', 'junk');
    expect(res.status).toBe(200);
  });

  it('records last_used_at at most once a minute', async () => {
    const key = (await rotate(owner.token).expect(200)).body.key as string;
    const lastUsed = async (): Promise<string | null> =>
      (await db.query('SELECT last_used_at FROM api_keys WHERE key_hash = $1', [sha256(key)]))[0].last_used_at?.toISOString() ?? null;
    const settled = async () => {
      // The write is not awaited by the request: give it a moment.
      for (let i = 0; i < 50 && (await lastUsed()) === null; i += 1) await new Promise((r) => setTimeout(r, 20));
      return lastUsed();
    };
    expect(await lastUsed()).toBeNull();
    await usageWithKey(key).expect(200);
    const first = await settled();
    expect(first).toBe(t.clock.now().toISOString());
    t.clock.advance(30_000);
    await usageWithKey(key).expect(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(await lastUsed()).toBe(first);
    t.clock.advance(31_000);
    await usageWithKey(key).expect(200);
    for (let i = 0; i < 50 && (await lastUsed()) === first; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
  });

  it('an organisation from before keys gets exactly one on its first reads, however many race; concurrent rotations leave one live key', async () => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    const legacy = await createTenant(t, row.id, 'Legacy');
    await db.query('DELETE FROM api_keys WHERE tenant_id = $1', [legacy]);
    const reads = await Promise.all(Array.from({ length: 20 }, () => getKey(s.accessToken, legacy)));
    expect(reads.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(reads.map((r) => r.body.key)).size).toBe(1);

    const rotations = await Promise.all(Array.from({ length: 20 }, () => rotate(s.accessToken, legacy)));
    expect(rotations.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(rotations.map((r) => r.body.key)).size).toBe(20);
    const [live] = await db.query('SELECT count(*)::int AS n FROM api_keys WHERE tenant_id = $1 AND expires_at IS NULL', [legacy]);
    expect(live.n).toBe(1);
    const [logged] = await db.query(`SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'api_key.rotated'`, [
      legacy,
    ]);
    expect(logged.n).toBe(20);
  });

  it('on an organisation from before keys, rotations racing the first reads all answer normally and leave one live key', async () => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    for (let round = 0; round < 5; round += 1) {
      const legacy = await createTenant(t, row.id, `Legacy ${round}`);
      await db.query('DELETE FROM api_keys WHERE tenant_id = $1', [legacy]);
      const calls = await Promise.all(
        Array.from({ length: 24 }, (_, i) => (i % 2 ? rotate(s.accessToken, legacy) : getKey(s.accessToken, legacy))),
      );
      expect(calls.map((r) => r.status)).toEqual(Array(24).fill(200));
      const [live] = await db.query('SELECT count(*)::int AS n FROM api_keys WHERE tenant_id = $1 AND expires_at IS NULL', [legacy]);
      expect(live.n).toBe(1);
      // The last rotation's key is the live one.
      const current = (await getKey(s.accessToken, legacy).expect(200)).body.key;
      const [stored] = await db.query('SELECT key_hash FROM api_keys WHERE tenant_id = $1 AND expires_at IS NULL', [legacy]);
      expect(stored.key_hash).toBe(sha256(current));
    }
  });
});
