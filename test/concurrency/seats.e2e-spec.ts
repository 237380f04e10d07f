import { IdentityUsers, PasswordHasher } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { addMember } from '../support/factories/members';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';

const PASSWORD = 'amber-Quarry-whistle-58';

// Seats are counted under the tenant's row lock, before any password is hashed: concurrent adds
// queue on the lock, exactly the free seats succeed, and the refused ones cost no argon2 run.
describe('concurrency: seats', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;

  const seats = async (tenantId: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]))[0].n;

  beforeAll(async () => {
    // "tiny": the owner and 3 members.
    t = await createTestApp({ label: 'seats', runtime: { plans: { default: 'tiny', plans: { tiny: { seats: 4, quotas: {} } } } } });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
  });
  afterAll(() => t.close());

  it('30 concurrent adds with 3 free seats: exactly 3 succeed, 27 get 409 SEAT_LIMIT_REACHED, argon2 runs 3 times', async () => {
    const owner = await signUp(t);
    const ownerId = (await users.findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, ownerId, 'Tiny Ltd');
    // The argon2 call itself, whichever instance makes it.
    const hash = jest.spyOn(PasswordHasher.prototype, 'hash');
    // Watch the count while the adds run: it must never pass the limit, not even for a moment.
    let watching = true;
    let highest = 0;
    const watcher = (async () => {
      while (watching) {
        highest = Math.max(highest, await seats(tenantId));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const emails = Array.from({ length: 30 }, (_, i) => uniqueEmail(`seat${i}`));
    let responses;
    let hashes = 0;
    try {
      responses = await Promise.all(
        emails.map((email) =>
          t.http
            .post(`/api/v1/tenants/${tenantId}/members`)
            .set('Authorization', bearer(owner.accessToken))
            .send({ email, role: 'member', password: { mode: 'set', value: PASSWORD } }),
        ),
      );
    } finally {
      watching = false;
      await watcher;
      hashes = hash.mock.calls.length;
      hash.mockRestore();
    }
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status !== 201);
    expect(created).toHaveLength(3);
    expect(refused).toHaveLength(27);
    for (const res of refused) expect(expectProblem(res, 409, 'SEAT_LIMIT_REACHED').detail).toContain('4');
    expect(hashes).toBe(3);
    expect(await seats(tenantId)).toBe(4);
    expect(highest).toBeLessThanOrEqual(4);
    // The refused addresses got no account.
    const refusedEmails = emails.filter((_, i) => responses[i].status !== 201);
    const accounts: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM users WHERE email = ANY($1)', [
      refusedEmails.map((e) => e.toLowerCase()),
    ]);
    expect(accounts[0].n).toBe(0);

    // Removing a member frees its seat; blocked members still hold theirs.
    const [first, second] = created.map((r) => r.body.id as string);
    await t.http.delete(`/api/v1/tenants/${tenantId}/members/${first}`).set('Authorization', bearer(owner.accessToken)).expect(204);
    await t.http.post(`/api/v1/tenants/${tenantId}/members/${second}/block`).set('Authorization', bearer(owner.accessToken)).expect(200);
    await t.http
      .post(`/api/v1/tenants/${tenantId}/members`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ email: uniqueEmail('freed'), role: 'client' })
      .expect(201);
    expectProblem(
      await t.http
        .post(`/api/v1/tenants/${tenantId}/members`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ email: uniqueEmail('full'), role: 'client' }),
      409,
      'SEAT_LIMIT_REACHED',
    );
  });

  it('counts an existing account being linked like a new one', async () => {
    const owner = await signUp(t);
    const ownerId = (await users.findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, ownerId, 'Tiny Two');
    for (let i = 0; i < 3; i++) await addMember(t, tenantId, (await users.findByEmail((await signUp(t)).email))!.id, 'member');
    const existing = await signUp(t);
    const res = await t.http
      .post(`/api/v1/tenants/${tenantId}/members`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ email: existing.email, role: 'member' });
    expect(expectProblem(res, 409, 'SEAT_LIMIT_REACHED').detail).toContain('4');
    // Still one account for the address, untouched.
    await t.http.post('/api/v1/auth/login').send({ email: existing.email, password: existing.password }).expect(200);
    expect(await seats(tenantId)).toBe(4);
  });

  // The account the first add creates is vouched, not proven (nobody used a link from the address
  // yet), so the second organisation is refused rather than linked: see vouched-account-hijack.
  it('two tenants adding the same new address at once make one account; the second is refused until it is confirmed', async () => {
    const tenants = [];
    for (const name of ['Race A', 'Race B']) {
      const owner = await signUp(t);
      tenants.push({ owner, id: await createTenant(t, (await users.findByEmail(owner.email))!.id, name) });
    }
    const email = uniqueEmail('race');
    const responses = await Promise.all(
      tenants.map((tenant) =>
        t.http
          .post(`/api/v1/tenants/${tenant.id}/members`)
          .set('Authorization', bearer(tenant.owner.accessToken))
          .send({ email, role: 'member' }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.status === 409)!.body.code).toBe('ACCOUNT_NOT_CONFIRMED');
    const accounts: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email.toLowerCase()]);
    expect(accounts[0].n).toBe(1);
  });

  it('a member blocked by two requests at once is blocked once, with one log entry', async () => {
    const owner = await signUp(t);
    const ownerId = (await users.findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, ownerId, 'Block race');
    const memberId = await addMember(t, tenantId, (await users.findByEmail((await signUp(t)).email))!.id, 'member');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.http.post(`/api/v1/tenants/${tenantId}/members/${memberId}/block`).set('Authorization', bearer(owner.accessToken)),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const entries: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'member.blocked' AND target_id = $2`,
      [tenantId, memberId],
    );
    expect(entries[0].n).toBe(1);
  });
});
