import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { createTenant } from '../support/factories/tenants';
import { signUpMember } from '../support/factories/members';
import { bearer, signUp } from '../support/identity';
import { expectProblem } from '../support/problem';

const LIMIT = 20;
const PLANS = { default: 'pro', plans: { pro: { seats: 50, quotas: { search: LIMIT } } } };

// The pool is one conditional upsert (`used + n <= limit`): concurrent callers queue on the
// counter row and exactly the limit succeeds. The 80 % and 100 % notices are claimed by a
// conditional UPDATE in the transaction that queues the mail: once each, whatever the replicas.
describe('concurrency: the shared monthly quota', () => {
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;

  const searchOn = (t: TestApp, tenantId: string, auth: { token?: string; key?: string }) => {
    const req = t.http.get(`/api/v1/tenants/${tenantId}/search`).query({ q: 'kowalski' });
    if (auth.token) req.set('Authorization', bearer(auth.token));
    if (auth.key) req.set('X-Api-Key', auth.key);
    return req;
  };
  const organisation = async (t: TestApp, billingEmail?: string) => {
    const owner = await signUp(t);
    const [row] = await db.query('SELECT id FROM users WHERE email = $1', [owner.email]);
    const tenantId = await createTenant(t, row.id, 'Pool Sp. z o.o.');
    if (billingEmail) await db.query('UPDATE tenants SET billing_email = $2 WHERE id = $1', [tenantId, billingEmail]);
    const key = (await t.http.get(`/api/v1/tenants/${tenantId}/api-key`).set('Authorization', bearer(owner.accessToken)).expect(200)).body
      .key as string;
    return { owner, tenantId, key };
  };
  const notices = async (tenantId: string): Promise<{ template: string; recipient: string }[]> =>
    db.query(
      `SELECT o.template, o.recipient FROM outbox o
       WHERE o.template LIKE 'tenancy.quota-%' AND o.recipient IN (
         SELECT u.email FROM tenants t JOIN users u ON u.id = t.owner_user_id WHERE t.id = $1
         UNION SELECT billing_email FROM tenants WHERE id = $1 AND billing_email IS NOT NULL)
       ORDER BY o.template, o.recipient`,
      [tenantId],
    );

  beforeAll(async () => {
    a = await createTestApp({ label: 'quota', runtime: { plans: PLANS } });
    // A second replica of the same deployment, on the same database.
    b = await createTestApp({ label: 'quota-b', runtime: { plans: PLANS }, databaseUrl: a.config.databaseUrl });
    db = a.app.get(DataSource);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('50 concurrent calls (members and the key, on two replicas) at limit 20: exactly 20 pass, 30 get 429', async () => {
    const org = await organisation(a);
    const member = await signUpMember(a, org.tenantId, 'member');
    const calls = Array.from({ length: 50 }, (_, i) =>
      searchOn(
        i % 2 ? a : b,
        org.tenantId,
        i % 3 === 0 ? { key: org.key } : { token: i % 3 === 1 ? member.accessToken : org.owner.accessToken },
      ),
    );
    const responses = await Promise.all(calls);
    const passed = responses.filter((r) => r.status === 200);
    const refused = responses.filter((r) => r.status !== 200);
    expect(passed).toHaveLength(LIMIT);
    expect(refused).toHaveLength(50 - LIMIT);
    for (const res of refused) {
      expectProblem(res, 429, 'QUOTA_EXCEEDED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const [counter] = await db.query('SELECT used::int AS used FROM usage_counters WHERE tenant_id = $1', [org.tenantId]);
    expect(counter.used).toBe(LIMIT);
  });

  it('the 80 % and 100 % notices go out exactly once each, to the owner and the billing email, under concurrency on two replicas', async () => {
    const org = await organisation(a, 'faktury@pool.example.test');
    // 15 of 20 used: the next call is the 80 % mark (16).
    for (let i = 0; i < 15; i += 1) await searchOn(a, org.tenantId, { key: org.key }).expect(200);
    expect(await notices(org.tenantId)).toEqual([]);
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => searchOn(i % 2 ? a : b, org.tenantId, { key: org.key })));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(5);
    const owner = org.owner.email.toLowerCase();
    expect(await notices(org.tenantId)).toEqual(
      [
        { template: 'tenancy.quota-100', recipient: 'faktury@pool.example.test' },
        { template: 'tenancy.quota-100', recipient: owner },
        { template: 'tenancy.quota-80', recipient: 'faktury@pool.example.test' },
        { template: 'tenancy.quota-80', recipient: owner },
      ].sort((x, y) => x.template.localeCompare(y.template) || x.recipient.localeCompare(y.recipient)),
    );
    // More refused calls claim nothing new.
    await Promise.all(Array.from({ length: 10 }, () => searchOn(b, org.tenantId, { key: org.key })));
    expect(await notices(org.tenantId)).toHaveLength(4);
    // The owner's mail arrives, in their language, naming the organisation and the limit.
    // Either replica's relay may deliver it.
    const mail = await Promise.any([a, b].map((t) => t.mail.waitFor((m) => m.to.includes(owner) && m.subject.includes('80%'), 10_000)));
    expect(mail.subject).toBe('Pool Sp. z o.o.: 80% of the monthly "search" limit used');
    // The claimer is the first call past the mark to commit its claim: 16 or a little more.
    expect(mail.text).toMatch(new RegExp(`has used 1[6-9] of its ${LIMIT} "search" this month`));
  });
});
