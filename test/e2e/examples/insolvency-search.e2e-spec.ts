import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { signUpMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const PLANS = { default: 'pro', plans: { pro: { seats: 50, quotas: { search: 6 } } } };

// The example product module: one metered route, callable by members (session) and by the
// organisation's CRM (API key), both drawing on the same monthly `search` pool.
describe('examples: insolvency search', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: { accessToken: string; userId: string; email: string; password: string };
  let tenantId: string;
  let key: string;

  const search = (q: string, auth: { token?: string; key?: string }, tid = tenantId) => {
    const req = t.http.get(`/api/v1/tenants/${tid}/search`).query({ q });
    if (auth.token) req.set('Authorization', bearer(auth.token));
    if (auth.key) req.set('X-Api-Key', auth.key);
    return req;
  };
  const used = async (): Promise<number> =>
    (await t.http.get(`/api/v1/tenants/${tenantId}/usage`).set('Authorization', bearer(owner.accessToken)).expect(200)).body.items.find(
      (i: { metric: string }) => i.metric === 'search',
    ).used;

  beforeAll(async () => {
    t = await createTestApp({ label: 'insolvency', runtime: { plans: PLANS } });
    // Mid next month: the day the test moves the clock by stays in the same pool whatever today is.
    const now = new Date();
    t.clock.set(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 10, 12)));
    db = t.app.get(DataSource);
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    owner = { accessToken: s.accessToken, userId: row.id, email: s.email, password: s.password };
    tenantId = await createTenant(t, owner.userId, 'Windykacja Sp. z o.o.');
    key = (await t.http.get(`/api/v1/tenants/${tenantId}/api-key`).set('Authorization', bearer(owner.accessToken)).expect(200)).body.key;
  });
  afterAll(() => t.close());

  it('a member with a session and the CRM with the key find the same entries and draw on one pool', async () => {
    const member = await signUpMember(t, tenantId, 'member');
    const byMember = await search('kowalski', { token: member.accessToken }).expect(200);
    expect(byMember.body.items.map((e: { debtorName: string }) => e.debtorName)).toEqual([
      'Kowalski Budownictwo Sp. z o.o.',
      'Kowalski i Syn Handel Sp. k.',
    ]);
    const byKey = await search('kowalski', { key }).expect(200);
    expect(byKey.body).toEqual(byMember.body);
    expect((await search('6790', { key }).expect(200)).body.items.map((e: { taxId: string }) => e.taxId)).toEqual(['6790000002']);
    expect(await used()).toBe(3);
  });

  it('a blocked member is refused and consumes nothing; a call without credentials is 401', async () => {
    const blocked = await signUpMember(t, tenantId, 'member', { status: 'blocked' });
    const before = await used();
    expectProblem(await search('nowak', { token: blocked.accessToken }), 403, 'MEMBERSHIP_BLOCKED');
    expectProblem(await search('nowak', {}), 401, 'UNAUTHORIZED');
    expectProblem(await search('nowak', { key: 'tiam_not-a-key' }), 401, 'API_KEY_INVALID');
    expect(await used()).toBe(before);
  });

  it('a call the validation refuses (400) consumes nothing, by session or by key', async () => {
    const before = await used();
    // More invalid calls than the whole pool holds: none of them may take a unit.
    for (let i = 0; i < 4; i += 1) expectProblem(await search('x', { key }), 400, 'VALIDATION_FAILED');
    for (let i = 0; i < 3; i += 1) expectProblem(await search('x', { token: owner.accessToken }), 400, 'VALIDATION_FAILED');
    expect(await used()).toBe(before);
  });

  it('a rotated-out key is refused after the grace; the new one works; past the limit both answer 429', async () => {
    const rotated = await t.http
      .post(`/api/v1/tenants/${tenantId}/api-key/rotate`)
      .set('Authorization', bearer(owner.accessToken))
      .expect(200);
    const fresh = rotated.body.key as string;
    expect(fresh).not.toBe(key);
    await search('nowak', { key }).expect(200); // within the grace
    t.clock.advance(24 * 60 * 60 * 1000 + 1);
    expectProblem(await search('nowak', { key }), 401, 'API_KEY_INVALID');
    // A day later the owner's access token has expired too: sign in again.
    owner.accessToken = (
      await t.http.post('/api/v1/auth/login').send({ email: owner.email, password: owner.password }).expect(200)
    ).body.accessToken;
    await search('nowak', { key: fresh }).expect(200);
    const member = await signUpMember(t, tenantId, 'member');
    // 3 + 1 + 1 used; one left.
    await search('nowak', { token: member.accessToken }).expect(200);
    const refused = await search('nowak', { key: fresh });
    const body = expectProblem(refused, 429, 'QUOTA_EXCEEDED');
    expect(body.detail).toContain('6');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(await search('nowak', { token: member.accessToken }), 429, 'QUOTA_EXCEEDED');
    expect(await used()).toBe(6);
    // With the pool empty a malformed call is still told what is wrong with it, not 429.
    expectProblem(await search('x', { key: fresh }), 400, 'VALIDATION_FAILED');
    expect(await used()).toBe(6);
  });

  it('another organisation: its key answers 404 on this tenant, this key 404 on that one', async () => {
    const other = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [other.email]);
    const otherTenant = await createTenant(t, row.id, 'Other');
    const otherKey = (
      await t.http.get(`/api/v1/tenants/${otherTenant}/api-key`).set('Authorization', bearer(other.accessToken)).expect(200)
    ).body.key;
    expectProblem(await search('nowak', { key: otherKey }), 404, 'TENANT_NOT_FOUND');
    const mine = (await t.http.get(`/api/v1/tenants/${tenantId}/api-key`).set('Authorization', bearer(owner.accessToken)).expect(200)).body
      .key;
    expectProblem(await search('nowak', { key: mine }, otherTenant), 404, 'TENANT_NOT_FOUND');
    expectProblem(await search('nowak', { token: other.accessToken }), 404, 'TENANT_NOT_FOUND');
  });
});
