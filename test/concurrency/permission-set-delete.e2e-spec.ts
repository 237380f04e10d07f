import { IdentityUsers } from '@tenant-iam/identity';
import { createTestApp, TestApp } from '../support/create-test-app';
import { ROOMY_PLANS } from '../support/factories/members';
import { createPermissionSet } from '../support/factories/permission-sets';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../support/identity';

// A member being given a set while the set is deleted: either the delete sees the member (409
// PERMISSION_SET_IN_USE) or the add sees no set (422 UNKNOWN_PERMISSION_SET). Never a 500 from
// the foreign key, never a member pointing at nothing.
describe('concurrency: assigning a set that is being deleted', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ label: 'set-delete-race', runtime: { plans: ROOMY_PLANS } });
  });
  afterAll(() => t.close());

  it('answers 201/409 or 422/204 in every round, never 5xx', async () => {
    const owner = await signUp(t);
    const ownerId = (await t.app.get(IdentityUsers).findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, ownerId, 'Race Ltd');
    for (let round = 0; round < 12; round++) {
      const setId = await createPermissionSet(t, tenantId, ownerId, {
        name: `Round ${round}`,
        rules: [{ action: 'read', subject: 'Member' }],
      });
      const [add, remove] = await Promise.all([
        t.http
          .post(`/api/v1/tenants/${tenantId}/members`)
          .set('Authorization', bearer(owner.accessToken))
          .send({ email: uniqueEmail(`race${round}`), role: 'member', permissionSetId: setId, password: { mode: 'link' } }),
        t.http.delete(`/api/v1/tenants/${tenantId}/permission-sets/${setId}`).set('Authorization', bearer(owner.accessToken)),
      ]);
      const pair = `${add.status}/${remove.status}`;
      expect([`201/409`, `422/204`]).toContain(pair);
      if (add.status === 422)
        expect(add.body.errors).toEqual([expect.objectContaining({ field: 'permissionSetId', code: 'UNKNOWN_PERMISSION_SET' })]);
      if (remove.status === 409) expect(remove.body.code).toBe('PERMISSION_SET_IN_USE');
    }
  });
});
