import { IdentityUsers, PasswordHasher } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { invite, postInvitation } from '../support/factories/invitations';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';

const PASSWORD = 'amber-Quarry-whistle-58';

// An invitation's link works once, however many requests race for it (one conditional UPDATE
// decides), and pending invitations take seats under the same tenant lock as member adds, so
// parallel invites and adds never pass the plan's limit.
describe('concurrency: invitations', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;

  const count = async (sql: string, params: unknown[]): Promise<number> => (await db.query(sql, params))[0].n;

  async function newTenant(plan = 'roomy') {
    const owner = await signUp(t);
    const userId = (await users.findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, userId, 'Race Ltd');
    await db.query('UPDATE tenants SET plan = $2 WHERE id = $1', [tenantId, plan]);
    return { owner, tenantId };
  }

  beforeAll(async () => {
    t = await createTestApp({
      label: 'invitations-race',
      runtime: {
        plans: {
          default: 'roomy',
          plans: { roomy: { seats: 1000, quotas: {} }, two: { seats: 2, quotas: {} }, three: { seats: 3, quotas: {} } },
        },
      },
    });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
  });
  afterAll(() => t.close());

  it('30 parallel accepts of one link: exactly one joins, 29 get 410 INVITATION_USED', async () => {
    const { owner, tenantId } = await newTenant();
    const invitee = await signUp(t);
    const { token } = await invite(t, tenantId, owner.accessToken, { email: invitee.email, role: 'member' });
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.http.post('/api/v1/invitations/accept').set('Authorization', bearer(invitee.accessToken)).send({ token }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 201)) expectProblem(res, 410, 'INVITATION_USED');
    const userId = (await users.findByEmail(invitee.email))!.id;
    expect(await count('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1 AND user_id = $2', [tenantId, userId])).toBe(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.accepted'`, [tenantId]),
    ).toBe(1);
  });

  it('30 parallel registrations through one link: one account, one membership, one argon2 run; 29 get 410 INVITATION_USED', async () => {
    const { owner, tenantId } = await newTenant();
    const email = uniqueEmail('racer');
    const { token } = await invite(t, tenantId, owner.accessToken, { email, role: 'member' });
    const hash = jest.spyOn(PasswordHasher.prototype, 'hash');
    let responses;
    let hashes = 0;
    try {
      responses = await Promise.all(
        Array.from({ length: 30 }, () =>
          t.http.post('/api/v1/invitations/register').send({ token, password: PASSWORD, firstName: 'Ira', lastName: 'Bo' }),
        ),
      );
    } finally {
      hashes = hash.mock.calls.length;
      hash.mockRestore();
    }
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 201)) expectProblem(res, 410, 'INVITATION_USED');
    expect(hashes).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM users WHERE email = $1', [email.toLowerCase()])).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId])).toBe(2);
  });

  it('12 parallel invites on a 2-seat plan (the owner holds one): exactly one is sent, 11 get 409 SEAT_LIMIT_REACHED', async () => {
    const { owner, tenantId } = await newTenant('two');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        postInvitation(t, tenantId, owner.accessToken, { email: uniqueEmail(`seat${i}`), role: 'member' }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 201))
      expect(expectProblem(res, 409, 'SEAT_LIMIT_REACHED').detail).toContain('2');
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE tenant_id = $1`, [tenantId])).toBe(1);
  });

  it('12 invites and 6 member adds in parallel on a 3-seat plan: exactly two of them get a seat, never more', async () => {
    const { owner, tenantId } = await newTenant('three');
    const seats = () =>
      count(
        `SELECT ((SELECT count(*) FROM memberships WHERE tenant_id = $1) + (SELECT count(*) FROM invitations WHERE tenant_id = $1 AND status = 'pending'))::int AS n`,
        [tenantId],
      );
    let watching = true;
    let highest = 0;
    const watcher = (async () => {
      while (watching) {
        highest = Math.max(highest, await seats());
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    let responses;
    try {
      responses = await Promise.all([
        ...Array.from({ length: 12 }, (_, i) =>
          postInvitation(t, tenantId, owner.accessToken, { email: uniqueEmail(`inv${i}`), role: 'member' }),
        ),
        ...Array.from({ length: 6 }, (_, i) =>
          t.http
            .post(`/api/v1/tenants/${tenantId}/members`)
            .set('Authorization', bearer(owner.accessToken))
            .send({ email: uniqueEmail(`add${i}`), role: 'member', password: { mode: 'set', value: PASSWORD } }),
        ),
      ]);
    } finally {
      watching = false;
      await watcher;
    }
    expect(responses.filter((r) => r.status === 201)).toHaveLength(2);
    for (const res of responses.filter((r) => r.status !== 201)) expectProblem(res, 409, 'SEAT_LIMIT_REACHED');
    expect(await seats()).toBe(3);
    expect(highest).toBeLessThanOrEqual(3);
  });

  it('20 parallel invites of one address: one invitation, 19 get 409 INVITATION_PENDING', async () => {
    const { owner, tenantId } = await newTenant();
    const email = uniqueEmail('same');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postInvitation(t, tenantId, owner.accessToken, { email: i % 2 ? email.toUpperCase() : email, role: 'member' }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 201)) expectProblem(res, 409, 'INVITATION_PENDING');
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE tenant_id = $1`, [tenantId])).toBe(1);
  });
});
