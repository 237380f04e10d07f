import { IdentityUsers } from '@tenant-iam/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { ROOMY_PLANS, signUpMember } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Person {
  accessToken: string;
  userId: string;
  membershipId: string;
}

// The telephony-crm example: the SIP extension is the member attribute `sipExtension` (unique per
// organisation), given by hand or from the organisation's range; caller-ID and SMS sender pools
// are assigned to members, who pick from theirs only; the user card shows the one permission group.
describe('examples: telephony-crm product module', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Person;
  let tenantId: string;
  let agentsSet: string;
  let agent: Person;
  let other: Person;

  const api = (path: string, tenant = tenantId) => `/api/v1/tenants/${tenant}/telephony${path}`;
  const as = (p: { accessToken: string }) => ({
    get: (path: string, tenant?: string) => t.http.get(api(path, tenant)).set('Authorization', bearer(p.accessToken)),
    post: (path: string, body: object, tenant?: string) =>
      t.http.post(api(path, tenant)).set('Authorization', bearer(p.accessToken)).send(body),
    put: (path: string, body: object, tenant?: string) =>
      t.http.put(api(path, tenant)).set('Authorization', bearer(p.accessToken)).send(body),
    delete: (path: string) => t.http.delete(api(path)).set('Authorization', bearer(p.accessToken)),
  });
  const assign = (memberId: string, body: object, by: Person = owner) => as(by).post(`/members/${memberId}/sip-extension`, body);

  beforeAll(async () => {
    t = await createTestApp({ label: 'telephony-crm', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    const s = await signUp(t);
    const ownerId = (await t.app.get(IdentityUsers).findByEmail(s.email))!.id;
    tenantId = await createTenant(t, ownerId, 'Telefonia Sp. z o.o.');
    const [row] = await db.query(`SELECT id FROM memberships WHERE tenant_id = $1 AND user_id = $2`, [tenantId, ownerId]);
    owner = { accessToken: s.accessToken, userId: ownerId, membershipId: row.id };
    // A permission group for call agents: calls and SMS, reading their pools, nothing else.
    agentsSet = await createPermissionSet(t, tenantId, ownerId, {
      name: 'Call agents',
      rules: [
        { action: 'make', subject: 'Call' },
        { action: 'send', subject: 'Sms' },
        { action: 'read', subject: 'NumberPool' },
      ],
    } as never);
    agent = await signUpMember(t, tenantId, 'member', { permissionSetId: agentsSet });
    other = await signUpMember(t, tenantId, 'member');
  });
  afterAll(() => t.close());

  describe('SIP extensions', () => {
    it('static: the value given, unique in the organisation (409 ATTRIBUTE_TAKEN), 2 to 6 digits (422)', async () => {
      expect((await assign(agent.membershipId, { mode: 'static', value: '21' }).expect(200)).body).toEqual({
        memberId: agent.membershipId,
        sipExtension: '21',
      });
      const taken = expectProblem(await assign(other.membershipId, { mode: 'static', value: '21' }), 409, 'ATTRIBUTE_TAKEN');
      expect(fieldErrors(taken)).toEqual(['attributes.sipExtension:ATTRIBUTE_TAKEN']);
      expect(
        fieldErrors(expectProblem(await assign(other.membershipId, { mode: 'static', value: '1' }), 422, 'VALIDATION_FAILED')),
      ).toEqual(['attributes.sipExtension:ATTRIBUTE_PATTERN']);
      for (const body of [{ mode: 'static' }, { mode: 'pool', value: '22' }, { mode: 'static', value: 22 }]) {
        expect(fieldErrors(expectProblem(await assign(other.membershipId, body), 400, 'VALIDATION_FAILED'))).toEqual([
          'value:SIP_EXTENSION_VALUE',
        ]);
      }
      // The extension is the member's attribute: the members API shows it.
      const member = await t.http
        .get(`/api/v1/tenants/${tenantId}/members/${agent.membershipId}`)
        .set('Authorization', bearer(owner.accessToken));
      expect(member.body.attributes).toEqual({ sipExtension: '21' });
    });

    it('pool: the first free extension of the range; 409 SIP_RANGE_NOT_SET without one, ATTRIBUTE_POOL_EXHAUSTED when all are taken', async () => {
      const s = await signUp(t);
      const soloOwner = (await t.app.get(IdentityUsers).findByEmail(s.email))!.id;
      const solo = await createTenant(t, soloOwner, 'Solo');
      const soloMember = await signUpMember(t, solo, 'member');
      const soloApi = as({ accessToken: s.accessToken });
      expectProblem(
        await soloApi.post(`/members/${soloMember.membershipId}/sip-extension`, { mode: 'pool' }, solo),
        409,
        'SIP_RANGE_NOT_SET',
      );
      expect((await soloApi.get('/sip-range', solo).expect(200)).body).toEqual({ first: null, last: null });
      await soloApi.put('/sip-range', { first: 20, last: 21 }, solo).expect(200);
      expect((await soloApi.get('/sip-range', solo).expect(200)).body).toEqual({ first: 20, last: 21 });
      // Another organisation's extension 21 does not count here.
      expect(
        (await soloApi.post(`/members/${soloMember.membershipId}/sip-extension`, { mode: 'pool' }, solo).expect(200)).body.sipExtension,
      ).toBe('20');
      // Drawing again for a member who holds an extension of the range keeps it.
      expect(
        (await soloApi.post(`/members/${soloMember.membershipId}/sip-extension`, { mode: 'pool' }, solo).expect(200)).body.sipExtension,
      ).toBe('20');
      const second = await signUpMember(t, solo, 'member');
      expect(
        (await soloApi.post(`/members/${second.membershipId}/sip-extension`, { mode: 'pool' }, solo).expect(200)).body.sipExtension,
      ).toBe('21');
      const third = await signUpMember(t, solo, 'member');
      expectProblem(
        await soloApi.post(`/members/${third.membershipId}/sip-extension`, { mode: 'pool' }, solo),
        409,
        'ATTRIBUTE_POOL_EXHAUSTED',
      );
      // Releasing one frees it for the next draw.
      await t.http
        .delete(api(`/members/${second.membershipId}/sip-extension`, solo))
        .set('Authorization', bearer(s.accessToken))
        .expect(204);
      expect(
        (await soloApi.post(`/members/${third.membershipId}/sip-extension`, { mode: 'pool' }, solo).expect(200)).body.sipExtension,
      ).toBe('21');
    });

    it('refuses a reversed or too wide range (422), and an unknown or foreign member (404)', async () => {
      expect(fieldErrors(expectProblem(await as(owner).put('/sip-range', { first: 300, last: 200 }), 422, 'VALIDATION_FAILED'))).toEqual([
        'last:INVALID_RANGE',
      ]);
      expectProblem(await as(owner).put('/sip-range', { first: 10, last: 20_000 }), 422, 'VALIDATION_FAILED');
      expectProblem(await assign(randomUUID(), { mode: 'static', value: '55' }), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await assign('nope', { mode: 'static', value: '55' }), 404, 'MEMBER_NOT_FOUND');
    });

    it("assigning extensions is the product's permission: the agents' group lacks it (403)", async () => {
      expectProblem(await assign(other.membershipId, { mode: 'static', value: '66' }, agent), 403, 'FORBIDDEN');
      expectProblem(await as(agent).put('/sip-range', { first: 100, last: 110 }), 403, 'FORBIDDEN');
    });

    it("a client gets none of it, even with the full set: range, assignments and cards are the staff's", async () => {
      const fullSet = await createPermissionSet(t, tenantId, owner.userId, { name: 'Everything for clients', full: true } as never);
      const client = await signUpMember(t, tenantId, 'client', { permissionSetId: fullSet });
      expectProblem(await as(client).get('/sip-range'), 403, 'FORBIDDEN');
      expectProblem(await as(client).put('/sip-range', { first: 100, last: 110 }), 403, 'FORBIDDEN');
      expectProblem(await assign(client.membershipId, { mode: 'static', value: '77' }, client), 403, 'FORBIDDEN');
      expectProblem(await as(client).get(`/members/${agent.membershipId}`), 403, 'FORBIDDEN');
      expectProblem(await as(client).get('/pools'), 403, 'FORBIDDEN');
    });
  });

  describe('caller-ID and SMS sender pools', () => {
    let callerPool: string;
    let smsPool: string;
    let otherPool: string;

    beforeAll(async () => {
      callerPool = (
        await as(owner)
          .post('/pools', { kind: 'callerId', name: 'Sales lines', values: ['+48221234567', '+48221234568'] })
          .expect(201)
      ).body.id;
      smsPool = (
        await as(owner)
          .post('/pools', { kind: 'smsSender', name: 'Brand', values: ['Telefonia', '+48221234567'] })
          .expect(201)
      ).body.id;
      otherPool = (
        await as(owner)
          .post('/pools', { kind: 'callerId', name: 'Support lines', values: ['+48229999999'] })
          .expect(201)
      ).body.id;
      await as(owner)
        .put(`/pools/${callerPool}/members`, { memberIds: [agent.membershipId] })
        .expect(200);
      await as(owner)
        .put(`/pools/${smsPool}/members`, { memberIds: [agent.membershipId, other.membershipId] })
        .expect(200);
      await as(owner)
        .put(`/pools/${otherPool}/members`, { memberIds: [other.membershipId] })
        .expect(200);
    });

    it('lists pools with their numbers and members; names are unique per kind; values are checked', async () => {
      const pools = (await as(agent).get('/pools').expect(200)).body.items;
      expect(pools.find((p: { id: string }) => p.id === callerPool)).toEqual({
        id: callerPool,
        kind: 'callerId',
        name: 'Sales lines',
        values: ['+48221234567', '+48221234568'],
        memberIds: [agent.membershipId],
      });
      expectProblem(await as(owner).post('/pools', { kind: 'callerId', name: 'sales LINES', values: [] }), 409, 'POOL_NAME_TAKEN');
      expectProblem(await as(owner).post('/pools', { kind: 'callerId', name: 'Bad', values: ['not a number!'] }), 400, 'VALIDATION_FAILED');
      expectProblem(await as(agent).post('/pools', { kind: 'callerId', name: 'Mine', values: [] }), 403, 'FORBIDDEN');
      expect(
        fieldErrors(
          expectProblem(await as(owner).put(`/pools/${callerPool}/members`, { memberIds: [randomUUID()] }), 422, 'VALIDATION_FAILED'),
        ),
      ).toEqual(['memberIds:UNKNOWN_MEMBER']);
      expectProblem(await as(owner).put(`/pools/${randomUUID()}/members`, { memberIds: [] }), 404, 'POOL_NOT_FOUND');
    });

    it('a member sees the pools assigned to them and picks a caller ID and an SMS sender from them', async () => {
      const mine = (await as(agent).get('/me').expect(200)).body;
      expect(mine).toMatchObject({ memberId: agent.membershipId, sipExtension: '21', callerId: null, smsSender: null });
      expect(mine.pools.map((p: { id: string }) => p.id).sort()).toEqual([callerPool, smsPool].sort());
      expect((await as(agent).put('/me/caller-id', { poolId: callerPool, value: '+48221234568' }).expect(200)).body).toEqual({
        poolId: callerPool,
        value: '+48221234568',
      });
      await as(agent).put('/me/sms-sender', { poolId: smsPool, value: 'Telefonia' }).expect(200);
      expect((await as(agent).get('/me').expect(200)).body).toMatchObject({
        callerId: { poolId: callerPool, value: '+48221234568' },
        smsSender: { poolId: smsPool, value: 'Telefonia' },
      });
    });

    it('refuses a pool not assigned to the caller, a pool of the other kind, and a number not in the pool (422)', async () => {
      const refuse = async (path: string, body: object, field: string) =>
        expect(fieldErrors(expectProblem(await as(agent).put(path, body), 422, 'VALIDATION_FAILED'))).toEqual([field]);
      await refuse('/me/caller-id', { poolId: otherPool, value: '+48229999999' }, 'poolId:POOL_NOT_ASSIGNED');
      await refuse('/me/caller-id', { poolId: smsPool, value: '+48221234567' }, 'poolId:POOL_NOT_ASSIGNED');
      await refuse('/me/caller-id', { poolId: randomUUID(), value: '+48221234567' }, 'poolId:POOL_NOT_ASSIGNED');
      await refuse('/me/caller-id', { poolId: callerPool, value: '+48229999999' }, 'value:NOT_IN_POOL');
      // The pick stayed what it was.
      expect((await as(agent).get('/me').expect(200)).body.callerId).toEqual({ poolId: callerPool, value: '+48221234568' });
    });

    it('taking a pool off a member drops their pick from it', async () => {
      await as(other).put('/me/caller-id', { poolId: otherPool, value: '+48229999999' }).expect(200);
      await as(owner).put(`/pools/${otherPool}/members`, { memberIds: [] }).expect(200);
      const mine = (await as(other).get('/me').expect(200)).body;
      expect(mine.callerId).toBeNull();
      expect(mine.pools.map((p: { id: string }) => p.id)).toEqual([smsPool]);
      expect(
        fieldErrors(
          expectProblem(await as(other).put('/me/caller-id', { poolId: otherPool, value: '+48229999999' }), 422, 'VALIDATION_FAILED'),
        ),
      ).toEqual(['poolId:POOL_NOT_ASSIGNED']);
    });
  });

  describe('the user card', () => {
    it("shows the member's one permission group, none for the owner, and leaves it out of one's own card", async () => {
      const card = (await as(owner).get(`/members/${agent.membershipId}`).expect(200)).body;
      expect(card).toMatchObject({
        memberId: agent.membershipId,
        role: 'member',
        sipExtension: '21',
        permissionGroup: { id: agentsSet, name: 'Call agents' },
      });
      const builtin = (await as(owner).get(`/members/${other.membershipId}`).expect(200)).body;
      expect(builtin.permissionGroup).toEqual({ id: expect.any(String), name: 'Full access' });
      // A superadmin reads the owner's card: the owner holds no group.
      const superadmin = await signUpMember(t, tenantId, 'superadmin');
      expect((await as(superadmin).get(`/members/${owner.membershipId}`).expect(200)).body.permissionGroup).toBeNull();
      const own = (await as(owner).get(`/members/${owner.membershipId}`).expect(200)).body;
      expect(own).not.toHaveProperty('permissionGroup');
      // A member always holds exactly one group: taking it away is refused, and the card still shows it.
      await t.http
        .patch(`/api/v1/tenants/${tenantId}/members/${agent.membershipId}`)
        .set('Authorization', bearer(owner.accessToken))
        .send({ permissionSetId: null })
        .expect(422);
      const card2 = (await as(owner).get(`/members/${agent.membershipId}`).expect(200)).body;
      expect(card2.permissionGroup).toEqual({ id: agentsSet, name: 'Call agents' });
    });

    it('404 for a member of another organisation, and the card needs read SipExtension', async () => {
      const s = await signUp(t);
      const foreignOwner = (await t.app.get(IdentityUsers).findByEmail(s.email))!.id;
      const foreign = await createTenant(t, foreignOwner, 'Foreign');
      const stranger = await signUpMember(t, foreign, 'member');
      expectProblem(await as(owner).get(`/members/${stranger.membershipId}`), 404, 'MEMBER_NOT_FOUND');
      expectProblem(await as(agent).get(`/members/${other.membershipId}`), 403, 'FORBIDDEN');
      expectProblem(await as(owner).get('/me', foreign), 404, 'TENANT_NOT_FOUND');
    });
  });

  describe('in production', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await createTestApp({ label: 'telephony-prod', env: { NODE_ENV: 'production' }, runtime: { plans: ROOMY_PLANS } });
    });
    afterAll(() => prod.close());

    it('the routes and the attributes are not mounted, the tables are migrated all the same', async () => {
      const s = await signUp(prod);
      const ownerId = (await prod.app.get(IdentityUsers).findByEmail(s.email))!.id;
      const tenant = await createTenant(prod, ownerId, 'Prod Ltd');
      await prod.http.get(`/api/v1/tenants/${tenant}/telephony/sip-range`).set('Authorization', bearer(s.accessToken)).expect(404);
      const body = expectProblem(
        await prod.http
          .post(`/api/v1/tenants/${tenant}/members`)
          .set('Authorization', bearer(s.accessToken))
          .send({ email: 'prod-member@example.test', role: 'member', attributes: { sipExtension: '101' } }),
        422,
        'VALIDATION_FAILED',
      );
      expect(fieldErrors(body)).toEqual(['attributes.sipExtension:UNKNOWN_ATTRIBUTE']);
      const tables = await prod.app.get(DataSource).query(`SELECT to_regclass('telephony_member_choices') IS NOT NULL AS present`);
      expect(tables[0].present).toBe(true);
    });
  });
});
