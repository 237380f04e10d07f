import { Outbox } from '@tenant-iam/notifications';
import { UsageService } from '@tenant-iam/tenancy';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { signUpMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const PLANS = {
  default: 'basic',
  plans: { basic: { seats: 50, quotas: { search: 10, reports: 3 } }, pro: { seats: 50, quotas: { search: 100 } } },
};

// The monthly pool per metric: limits from the tenant's plan at each call, a calendar month (UTC)
// per counter, 429 QUOTA_EXCEEDED with Retry-After past the limit.
describe('tenancy: usage quota', () => {
  let t: TestApp;
  let db: DataSource;
  let usage: UsageService;
  let owner: { accessToken: string; userId: string };

  const organisation = async () => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    owner = { accessToken: s.accessToken, userId: row.id };
    return createTenant(t, row.id, 'Raporty Sp. z o.o.');
  };
  const list = async (tenantId: string, token = owner.accessToken) =>
    (await t.http.get(`/api/v1/tenants/${tenantId}/usage`).set('Authorization', bearer(token)).expect(200)).body.items;

  beforeAll(async () => {
    t = await createTestApp({ label: 'usage', runtime: { plans: PLANS } });
    // The 10th of next month, noon UTC: the tests move into the month after on purpose only.
    const now = new Date();
    t.clock.set(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 10, 12)));
    db = t.app.get(DataSource);
    usage = t.app.get(UsageService);
  });
  afterAll(() => t.close());

  it('lists every quota of the plan, and what was counted, for the current month; every member sees it', async () => {
    const tenantId = await organisation();
    const period = t.clock.now().toISOString().slice(0, 7);
    const next = new Date(Date.UTC(t.clock.now().getUTCFullYear(), t.clock.now().getUTCMonth() + 1, 1)).toISOString();
    expect(await list(tenantId)).toEqual([
      { metric: 'reports', limit: 3, used: 0, period, resetsAt: next },
      { metric: 'search', limit: 10, used: 0, period, resetsAt: next },
    ]);
    await usage.consume(tenantId, 'search', 4);
    // A metric the plan names no quota for is not limited, only counted.
    await usage.consume(tenantId, 'exports', 500);
    const client = await signUpMember(t, tenantId, 'client');
    expect(await list(tenantId, client.accessToken)).toEqual([
      { metric: 'exports', limit: null, used: 500, period, resetsAt: next },
      { metric: 'reports', limit: 3, used: 0, period, resetsAt: next },
      { metric: 'search', limit: 10, used: 4, period, resetsAt: next },
    ]);
  });

  it('refuses a call that does not fit (all or nothing), with the reset date, Retry-After and messages in pl and uk', async () => {
    const tenantId = await organisation();
    await usage.consume(tenantId, 'reports', 2);
    await expect(usage.consume(tenantId, 'reports', 2)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect((await usage.consume(tenantId, 'reports')).used).toBe(3);
    const error = await usage.consume(tenantId, 'reports').catch((e) => e);
    const resetsAt = new Date(Date.UTC(t.clock.now().getUTCFullYear(), t.clock.now().getUTCMonth() + 1, 1));
    expect(error.getStatus()).toBe(429);
    expect(error.params).toEqual({
      metric: 'reports',
      limit: 3,
      resetsAt: resetsAt.toISOString(),
      retryAfter: Math.ceil((resetsAt.getTime() - t.clock.now().getTime()) / 1000),
    });
    expect(error.headers).toEqual({ 'retry-after': String(error.params.retryAfter) });
    expect((await list(tenantId)).find((i: { metric: string }) => i.metric === 'reports').used).toBe(3);

    // Over HTTP, through the metered example route.
    const searchTenant = await organisation();
    await usage.consume(searchTenant, 'search', 10);
    for (const [lang, word] of [
      ['pl', 'Miesięczny limit'],
      ['uk', 'Місячний ліміт'],
      ['en', 'monthly limit'],
    ]) {
      const res = await t.http
        .get(`/api/v1/tenants/${searchTenant}/search?q=nowak`)
        .set('Authorization', bearer(owner.accessToken))
        .set('Accept-Language', lang);
      expect(expectProblem(res, 429, 'QUOTA_EXCEEDED').detail).toContain(word);
      expect(res.headers['retry-after']).toBe(String(Math.ceil((resetsAt.getTime() - t.clock.now().getTime()) / 1000)));
    }
  });

  it('a plan change applies to the running month; a new month starts a new pool', async () => {
    const tenantId = await organisation();
    await usage.consume(tenantId, 'search', 10);
    await expect(usage.consume(tenantId, 'search')).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    await db.query(`UPDATE tenants SET plan = 'pro' WHERE id = $1`, [tenantId]);
    expect(await usage.consume(tenantId, 'search', 5)).toMatchObject({ used: 15, limit: 100 });
    // A plan that left the file: the default plan's limits.
    await db.query(`UPDATE tenants SET plan = 'retired' WHERE id = $1`, [tenantId]);
    await expect(usage.consume(tenantId, 'search')).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', params: { limit: 10 } });

    const month = t.clock.now().getUTCMonth();
    t.clock.set(new Date(Date.UTC(t.clock.now().getUTCFullYear(), month + 1, 1, 0, 0, 0)));
    const fresh = await usage.consume(tenantId, 'search');
    expect(fresh).toMatchObject({ used: 1, limit: 10, period: t.clock.now().toISOString().slice(0, 7) });
    const rows = await db.query(
      'SELECT period::text AS period, used::int AS used FROM usage_counters WHERE tenant_id = $1 ORDER BY period',
      [tenantId],
    );
    expect(rows.map((r: { used: number }) => r.used)).toEqual([15, 1]);
    // Back to the 10th for the other tests.
    t.clock.set(new Date(Date.UTC(t.clock.now().getUTCFullYear(), t.clock.now().getUTCMonth(), 10, 12)));
  });

  it('the 80 % and 100 % notices are mailed once each, to the owner in their language', async () => {
    const s = await signUp(t, { locale: 'pl' });
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    const tenantId = await createTenant(t, row.id, 'Polska Firma');
    for (let i = 0; i < 7; i += 1) await usage.consume(tenantId, 'search');
    const subjects = () => t.mail.mails.filter((m) => m.to.includes(s.email.toLowerCase())).map((m) => m.subject);
    await usage.consume(tenantId, 'search'); // 8 of 10
    await t.mail.waitFor((m) => m.to.includes(s.email.toLowerCase()) && m.subject.includes('80%'));
    await usage.consume(tenantId, 'search'); // 9
    await usage.consume(tenantId, 'search'); // 10
    await t.mail.waitFor((m) => m.to.includes(s.email.toLowerCase()) && m.subject.includes('wyczerpany'));
    await usage.consume(tenantId, 'search').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    expect(subjects().filter((x) => x.includes('limit'))).toEqual([
      'Polska Firma: wykorzystano 80% miesięcznego limitu „search”',
      'Polska Firma: miesięczny limit „search” został wyczerpany',
    ]);
  });

  it('a 100 % notice whose transaction failed is sent by the next refused call, once', async () => {
    const s = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [s.email]);
    const tenantId = await createTenant(t, row.id, 'Pechowa Sp. z o.o.');
    const to = s.email.toLowerCase();
    const used = () => t.mail.mails.filter((m) => m.to.includes(to) && m.subject.includes('used up'));
    for (let i = 0; i < 9; i += 1) await usage.consume(tenantId, 'search');
    // The call that reaches the limit counts, but its notice transaction fails.
    const add = jest.spyOn(t.app.get(Outbox), 'add').mockRejectedValueOnce(new Error('connection terminated'));
    try {
      await expect(usage.consume(tenantId, 'search')).resolves.toMatchObject({ used: 10, limit: 10 });
    } finally {
      add.mockRestore();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(used()).toEqual([]);
    // Every later call is refused: the first of them sends the notice, the others do not again.
    for (let i = 0; i < 3; i += 1) await expect(usage.consume(tenantId, 'search')).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    await t.mail.waitFor((m) => m.to.includes(to) && m.subject.includes('used up'));
    await new Promise((r) => setTimeout(r, 300));
    expect(used()).toHaveLength(1);
  });

  it('the route answers 404 for a tenant the caller cannot see; programming errors are not input errors', async () => {
    const tenantId = await organisation();
    const other = await signUp(t);
    expectProblem(
      await t.http.get(`/api/v1/tenants/${tenantId}/usage`).set('Authorization', bearer(other.accessToken)),
      404,
      'TENANT_NOT_FOUND',
    );
    await expect(usage.consume(tenantId, 'bad metric')).rejects.toThrow('is not a metric name');
    await expect(usage.consume(tenantId, 'search', 0)).rejects.toThrow('n must be an integer');
    await expect(usage.consume(tenantId, 'search', 1.5)).rejects.toThrow('n must be an integer');
    await expect(usage.consume('0193a000-0000-7000-8000-000000000000', 'search')).rejects.toMatchObject({ code: 'TENANT_NOT_FOUND' });
    await expect(usage.consume("x' OR 1=1 --", 'search')).rejects.toMatchObject({ code: 'TENANT_NOT_FOUND' });
  });
});
