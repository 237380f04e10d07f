import { encodeCursor } from '@tenant-iam/common';
import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/create-test-app';
import { signUpMember } from '../support/factories/members';
import { createPermissionSet } from '../support/factories/permission-sets';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp } from '../support/identity';
import { expectProblem, fieldErrors } from '../support/problem';

// Findings of a review, each a 500 before its fix: input that passed the edge's checks reached
// PostgreSQL in a form it refuses.
describe('security: hostile input on tenant routes', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let ownerId: string;
  let tenantId: string;

  beforeAll(async () => {
    t = await createTestApp({ label: 'tenant-hostile' });
    owner = await signUp(t);
    ownerId = (await t.app.get(IdentityUsers).findByEmail(owner.email))!.id;
    tenantId = await createTenant(t, ownerId, 'Hostile Ltd');
  });
  afterAll(() => t.close());

  it.each([
    ['/api/v1/tenants/:tenant/permission-sets', { name: '\ud800', id: randomUUID() }],
    ['/api/v1/tenants/:tenant/activity', { at: '-100000-01-01T00:00:00.000Z', id: randomUUID() }],
    ['/api/v1/tenants/:tenant/activity', { at: '+275760-09-13T00:00:00.000Z', id: randomUUID() }],
  ])('a decoded cursor PostgreSQL cannot take is a 400, not a 500 (%s)', async (path, key) => {
    const res = await t.http
      .get(path.replace(':tenant', tenantId))
      .query({ cursor: encodeCursor(key) })
      .set('Authorization', bearer(owner.accessToken));
    expect(fieldErrors(expectProblem(res, 400, 'VALIDATION_FAILED'))).toEqual(['cursor:INVALID_CURSOR']);
  });

  it('a set condition on userId that is not a UUID narrows the list, it does not break it', async () => {
    const setId = await createPermissionSet(t, tenantId, ownerId, {
      name: 'Only me?',
      rules: [{ action: 'read', subject: 'Member', conditions: { userId: 'me' } }],
    });
    const member = await signUpMember(t, tenantId, 'member', { permissionSetId: setId });
    const list = await t.http.get(`/api/v1/tenants/${tenantId}/members`).set('Authorization', bearer(member.accessToken)).expect(200);
    expect(list.body.items).toEqual([]);
    const self = await createPermissionSet(t, tenantId, ownerId, {
      name: 'Really me',
      rules: [{ action: 'read', subject: 'Member', conditions: { userId: { $in: [member.userId, 'x', '5'] } } }],
    });
    const other = await signUpMember(t, tenantId, 'member', { permissionSetId: self });
    const seen = await t.http.get(`/api/v1/tenants/${tenantId}/members`).set('Authorization', bearer(other.accessToken)).expect(200);
    expect(seen.body.items.map((m: { userId: string }) => m.userId)).toEqual([member.userId]);
  });
});
