import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createCompany } from '../../support/factories/companies';
import { ROOMY_PLANS, signUpMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';

// Companies under concurrent requests: the name index decides among parallel creations, a link
// and a delete of the same company never both win, and parallel replacements of one member's
// companies serialise (the log replays to the stored set).
describe('concurrency: client companies', () => {
  let t: TestApp;
  let db: DataSource;
  let token: string;
  let tenantId: string;

  const auth = (req: ReturnType<TestApp['http']['get']>) => req.set('Authorization', bearer(token));

  beforeAll(async () => {
    t = await createTestApp({ label: 'companies-race', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    const owner = await signUp(t);
    token = owner.accessToken;
    const ownerId = (await t.app.get(IdentityUsers).findByEmail(owner.email))!.id;
    tenantId = await createTenant(t, ownerId, 'Race Office');
  });
  afterAll(() => t.close());

  it('30 parallel creations of one name (in any case): exactly one 201, the rest 409 COMPANY_NAME_TAKEN', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        auth(t.http.post(`/api/v1/tenants/${tenantId}/companies`)).send({ name: i % 2 ? 'Same Name Ltd' : 'SAME NAME LTD' }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(29).fill(409)]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'COMPANY_NAME_TAKEN')).toBe(true);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM companies WHERE tenant_id = $1 AND lower(name) = 'same name ltd'`, [tenantId]))[0].n,
    ).toBe(1);
  });

  it('a member being linked to a company that is being deleted: 200/409 or 422/204 in every round, never 5xx nor a lost link', async () => {
    const member = await signUpMember(t, tenantId, 'client');
    for (let round = 0; round < 12; round++) {
      const companyId = await createCompany(t, tenantId, { name: `Round ${round}` });
      const [link, remove] = await Promise.all([
        auth(t.http.patch(`/api/v1/tenants/${tenantId}/members/${member.membershipId}`)).send({ companyIds: [companyId] }),
        auth(t.http.delete(`/api/v1/tenants/${tenantId}/companies/${companyId}`)),
      ]);
      expect(['200/409', '422/204']).toContain(`${link.status}/${remove.status}`);
      const linked = (await db.query('SELECT company_id FROM membership_companies WHERE membership_id = $1', [member.membershipId])).map(
        (r: { company_id: string }) => r.company_id,
      );
      if (link.status === 200) {
        expect(remove.body.code).toBe('COMPANY_IN_USE');
        expect(linked).toEqual([companyId]);
      } else {
        expect(link.body.errors).toEqual([expect.objectContaining({ field: 'companyIds', code: 'UNKNOWN_COMPANY' })]);
      }
    }
  });

  it("20 parallel replacements of one member's companies: the stored set is one of them and the log replays to it", async () => {
    const member = await signUpMember(t, tenantId, 'client');
    const pool: string[] = [];
    for (let i = 0; i < 6; i++) pool.push(await createCompany(t, tenantId, { name: `Pool ${i}` }));
    const sets = Array.from({ length: 20 }, (_, i) => pool.filter((_, j) => (i + j) % 3 !== 0 && (i * j) % 4 !== 1));
    const results = await Promise.all(
      sets.map((companyIds) => auth(t.http.patch(`/api/v1/tenants/${tenantId}/members/${member.membershipId}`)).send({ companyIds })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const stored: string[] = (
      await db.query('SELECT company_id FROM membership_companies WHERE membership_id = $1 ORDER BY company_id', [member.membershipId])
    ).map((r: { company_id: string }) => r.company_id);
    expect(sets.map((s) => [...s].sort().join())).toContain(stored.join());
    const log: { added: string[]; removed: string[] }[] = (
      await db.query(`SELECT data FROM activity_log WHERE action = 'member.companies_changed' AND target_id = $1 ORDER BY at, id`, [
        member.membershipId,
      ])
    ).map((r: { data: { added: string[]; removed: string[] } }) => r.data);
    const replayed = new Set<string>();
    for (const change of log) {
      for (const id of change.removed) expect(replayed.delete(id)).toBe(true);
      for (const id of change.added) {
        expect(replayed.has(id)).toBe(false);
        replayed.add(id);
      }
    }
    expect([...replayed].sort()).toEqual(stored);
  });
});
