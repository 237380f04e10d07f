import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { signUpMember } from '../support/factories/members';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp } from '../support/identity';

// A transfer to X racing a block or a removal of X: whichever commits first, the tenant ends with
// exactly one owner, active, and `tenants.owner_user_id` naming them. Never a blocked owner, never
// an owner_user_id without a membership.
describe('concurrency: ownership transfer against block and removal', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ label: 'transfer-race', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '10000' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  async function consistent(tenantId: string): Promise<void> {
    const owners: { user_id: string; status: string }[] = await db.query(
      `SELECT user_id, status FROM memberships WHERE tenant_id = $1 AND role = 'owner'`,
      [tenantId],
    );
    const [{ owner_user_id }] = await db.query('SELECT owner_user_id FROM tenants WHERE id = $1', [tenantId]);
    expect(owners).toEqual([{ user_id: owner_user_id, status: 'active' }]);
  }

  it.each(['block', 'remove'] as const)('transfer vs %s of the target: one active owner, always', async (kind) => {
    for (let round = 0; round < 6; round++) {
      const owner = await signUp(t);
      const ownerId = (await t.app.get(IdentityUsers).findByEmail(owner.email))!.id;
      const tenantId = await createTenant(t, ownerId, `Race ${kind} ${round}`);
      const admin = await signUpMember(t, tenantId, 'superadmin');
      const target = await signUpMember(t, tenantId, 'member');
      const base = `/api/v1/tenants/${tenantId}/members/${target.membershipId}`;
      const [transfer, other] = await Promise.all([
        t.http
          .post(`/api/v1/tenants/${tenantId}/transfer-ownership`)
          .set('Authorization', bearer(owner.accessToken))
          .send({ userId: target.userId }),
        kind === 'block'
          ? t.http.post(`${base}/block`).set('Authorization', bearer(admin.accessToken))
          : t.http.delete(base).set('Authorization', bearer(admin.accessToken)),
      ]);
      expect(transfer.status).toBeLessThan(500);
      expect(other.status).toBeLessThan(500);
      // Exactly one of the two wins: the transfer (then the target is the owner, out of reach) or the other.
      if (transfer.status === 200) expect(other.body.code).toBe('CANNOT_MODIFY_OWNER');
      else expect([200, 204]).toContain(other.status);
      await consistent(tenantId);
    }
  });
});
