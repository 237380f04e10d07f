import { hashToken } from '@tenant-iam/common';
import { IdentityUsers } from '@tenant-iam/identity';
import { INVITATION_LINK_PATH } from '@tenant-iam/tenancy';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { invitationMails, invite, postInvitation } from '../../support/factories/invitations';
import { signUpMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';
import { extractToken } from '../../support/smtp-sink';

const PASSWORD = 'amber-Quarry-whistle-58';

// One person holds one seat: adding an address directly while it has a pending invitation in the
// organisation revokes that invitation in the same transaction, so its seat passes to the
// membership (instead of the membership taking a second one), and its link answers as a revoked
// one does. The seat count stays right when the add races resends and new invitations of the address.
describe('tenancy: a direct add of an invited address takes the seat its invitation held', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;

  const api = (path: string) => `/api/v1${path}`;
  const count = async (sql: string, params: unknown[]): Promise<number> => (await db.query(sql, params))[0].n;

  async function newTenant(plan: string) {
    const owner = await signUp(t);
    const userId = (await users.findByEmail(owner.email))!.id;
    const tenantId = await createTenant(t, userId, 'Seats Ltd');
    await db.query('UPDATE tenants SET plan = $2 WHERE id = $1', [tenantId, plan]);
    return { owner: { ...owner, userId }, tenantId };
  }
  const seats = async (tenantId: string, accessToken: string) =>
    (
      await t.http
        .get(api(`/tenants/${tenantId}`))
        .set('Authorization', bearer(accessToken))
        .expect(200)
    ).body.seats;
  const addMember = (tenantId: string, accessToken: string, email: string) =>
    t.http
      .post(api(`/tenants/${tenantId}/members`))
      .set('Authorization', bearer(accessToken))
      .send({ email, role: 'member', password: { mode: 'set', value: PASSWORD } });
  /** A direct add of `email` as a member (a set-password link: no hashing, straight to the tenant lock). */
  const addDirectly = (tenantId: string, accessToken: string, email: string) =>
    t.http
      .post(api(`/tenants/${tenantId}/members`))
      .set('Authorization', bearer(accessToken))
      .send({ email, role: 'member' });
  const preview = (token: string) => t.http.get(api(`/invitations/${encodeURIComponent(token)}`));

  beforeAll(async () => {
    t = await createTestApp({
      label: 'seats-invited-added',
      runtime: { plans: { default: 'two', plans: { two: { seats: 2, quotas: {} }, three: { seats: 3, quotas: {} } } } },
    });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
  });
  afterAll(() => t.close());

  it('limit 3: invite a, add a directly -> a holds one seat, b can still be invited; the old link answers INVITATION_REVOKED', async () => {
    const { owner, tenantId } = await newTenant('three');
    const a = await signUp(t);
    const { invitation, token } = await invite(t, tenantId, owner.accessToken, { email: a.email, role: 'client' });
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 2 });

    // Any letter case of the address is the same address.
    const added = await addMember(tenantId, owner.accessToken, a.email.toUpperCase()).expect(201);
    expect(added.body).toMatchObject({ role: 'member', status: 'active' });
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 2 });

    // The invitation ended as a revoke does, by whoever added the member.
    const list = await t.http
      .get(api(`/tenants/${tenantId}/invitations`))
      .set('Authorization', bearer(owner.accessToken))
      .expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: invitation.id, status: 'revoked' })]);
    const [row] = await db.query('SELECT revoked_by, revoked_at FROM invitations WHERE id = $1', [invitation.id]);
    expect(row).toEqual({ revoked_by: owner.userId, revoked_at: t.clock.now() });
    expectProblem(await preview(token), 410, 'INVITATION_REVOKED');
    expectProblem(
      await t.http.post(api('/invitations/accept')).set('Authorization', bearer(a.accessToken)).send({ token }),
      410,
      'INVITATION_REVOKED',
    );
    expectProblem(
      await t.http.post(api(`/tenants/${tenantId}/invitations/${invitation.id}/resend`)).set('Authorization', bearer(owner.accessToken)),
      409,
      'INVITATION_NOT_PENDING',
    );
    const entries = (
      await t.http
        .get(api(`/tenants/${tenantId}/activity?limit=100`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200)
    ).body.items as { action: string; actor: { type: string; id: string }; target: { type: string; id: string }; data: object }[];
    expect(entries.filter((e) => e.action === 'invitation.revoked')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ type: 'user', id: owner.userId }),
        target: expect.objectContaining({ type: 'invitation', id: invitation.id }),
        data: { email: a.email.toLowerCase() },
      }),
    ]);
    expect(entries.filter((e) => e.action === 'member.added')).toHaveLength(1);

    // The third seat is still free: b gets it, and then the organisation is full.
    const b = uniqueEmail('b');
    await postInvitation(t, tenantId, owner.accessToken, { email: b, role: 'member' }).expect(201);
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 3 });
    expectProblem(await addMember(tenantId, owner.accessToken, uniqueEmail('c')), 409, 'SEAT_LIMIT_REACHED');
    // b's invitation was not touched by a's add.
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE tenant_id = $1 AND status = 'pending'`, [tenantId])).toBe(1);
  });

  it('limit 2 with the owner and a pending invitation of a: adding a is not refused, the seat passes to the membership', async () => {
    const { owner, tenantId } = await newTenant('two');
    const a = uniqueEmail('a');
    const { token } = await invite(t, tenantId, owner.accessToken, { email: a, role: 'member' });
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 2, used: 2 });
    // Another address still finds the organisation full.
    expectProblem(await addMember(tenantId, owner.accessToken, uniqueEmail('other')), 409, 'SEAT_LIMIT_REACHED');
    // A new account for a: the invitation's link is revoked, the set-password mail is how a gets in.
    await addMember(tenantId, owner.accessToken, a).expect(201);
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 2, used: 2 });
    expectProblem(await preview(token), 410, 'INVITATION_REVOKED');
    expectProblem(
      await t.http.post(api('/invitations/register')).send({ token, password: PASSWORD, firstName: 'Ira', lastName: 'Bo' }),
      410,
      'INVITATION_REVOKED',
    );
  });

  it('a failed add leaves the invitation pending: the revoke rolls back with it', async () => {
    const { owner, tenantId } = await newTenant('three');
    const a = uniqueEmail('a');
    const { invitation, token } = await invite(t, tenantId, owner.accessToken, { email: a, role: 'member' });
    // An unknown permission set fails the add after the invitation was ended in its transaction.
    const res = await t.http
      .post(api(`/tenants/${tenantId}/members`))
      .set('Authorization', bearer(owner.accessToken))
      .send({ email: a, role: 'member', permissionSetId: '0190c4a4-0000-7000-8000-000000000000' });
    expectProblem(res, 422, 'VALIDATION_FAILED');
    await preview(token).expect(200);
    const [row] = await db.query('SELECT status, revoked_at FROM invitations WHERE id = $1', [invitation.id]);
    expect(row).toEqual({ status: 'pending', revoked_at: null });
    expect(
      await count(`SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.revoked'`, [tenantId]),
    ).toBe(0);
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 2 });
  });

  it('an add of a racing 10 resends and 10 new invitations of a by a second admin: one seat for a, the live link of a revoked', async () => {
    const { owner, tenantId } = await newTenant('three');
    const admin = await signUpMember(t, tenantId, 'superadmin');
    const a = uniqueEmail('race');
    const { invitation } = await invite(t, tenantId, admin.accessToken, { email: a, role: 'member' });
    // Owner, superadmin and a's invitation: the organisation is full.
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 3 });

    const resend = () =>
      t.http.post(api(`/tenants/${tenantId}/invitations/${invitation.id}/resend`)).set('Authorization', bearer(admin.accessToken));
    const reinvite = () => postInvitation(t, tenantId, admin.accessToken, { email: a, role: 'member' });
    // Resends and new invitations alternate, the add (a set-password link: no hashing, straight to
    // the lock) in the middle, so some of them reach the tenant lock before it and some after.
    const kinds: string[] = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'reinvite' : 'resend'));
    kinds.splice(8, 0, 'add');
    const responses = await Promise.all(
      kinds.map((kind) => (kind === 'add' ? addDirectly(tenantId, owner.accessToken, a) : kind === 'resend' ? resend() : reinvite())),
    );
    const of = (kind: string) => responses.filter((_, i) => kinds[i] === kind);
    const [resends, reinvites, [add]] = [of('resend'), of('reinvite'), of('add')];

    expect(add.status).toBe(201);
    // Before the add a resend renews the pending invitation; after it the invitation is no longer pending.
    for (const res of resends) if (res.status !== 200) expectProblem(res, 409, 'INVITATION_NOT_PENDING');
    // Before the add the address has a pending invitation; after it, it is a member.
    for (const res of reinvites) {
      expect(res.status).toBe(409);
      expect(['INVITATION_PENDING', 'EMAIL_TAKEN']).toContain(res.body.code);
    }

    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 3 });
    expect(await count('SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId])).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE tenant_id = $1 AND status = 'pending'`, [tenantId])).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.revoked' AND target_id = $2`, [
        tenantId,
        invitation.id,
      ]),
    ).toBe(1);
    // Each resend killed the link before it; the one link still stored answers as a revoked one.
    const resent = resends.filter((r) => r.status === 200).length;
    for (let i = 0; i < 250 && invitationMails(t, a).length < 1 + resent; i++) await new Promise((r) => setTimeout(r, 20));
    const tokens = invitationMails(t, a).map((mail) => extractToken(mail.text, INVITATION_LINK_PATH));
    expect(tokens).toHaveLength(1 + resent);
    const [{ token_hash: stored }] = await db.query('SELECT token_hash FROM invitations WHERE id = $1', [invitation.id]);
    const live = tokens.filter((token) => hashToken(token) === stored);
    expect(live).toHaveLength(1);
    expectProblem(await preview(live[0]), 410, 'INVITATION_REVOKED');
    // Full with exactly the three of them.
    expectProblem(
      await postInvitation(t, tenantId, admin.accessToken, { email: uniqueEmail('b'), role: 'member' }),
      409,
      'SEAT_LIMIT_REACHED',
    );
  });

  it('an add of a racing 10 revokes of its invitation: the invitation is revoked once, with one entry', async () => {
    const { owner, tenantId } = await newTenant('three');
    const admin = await signUpMember(t, tenantId, 'superadmin');
    const a = uniqueEmail('revoke-race');
    const { invitation } = await invite(t, tenantId, admin.accessToken, { email: a, role: 'member' });
    const kinds: string[] = Array.from({ length: 10 }, () => 'revoke');
    kinds.splice(4, 0, 'add');
    const responses = await Promise.all(
      kinds.map((kind) =>
        kind === 'add'
          ? addDirectly(tenantId, owner.accessToken, a)
          : t.http.delete(api(`/tenants/${tenantId}/invitations/${invitation.id}`)).set('Authorization', bearer(admin.accessToken)),
      ),
    );
    expect(responses[4].status).toBe(201);
    const revokes = responses.filter((_, i) => kinds[i] === 'revoke');
    // At most one revoke got there before the add; every other one found it no longer pending.
    expect(revokes.filter((r) => r.status === 204).length).toBeLessThanOrEqual(1);
    for (const res of revokes.filter((r) => r.status !== 204)) expectProblem(res, 409, 'INVITATION_NOT_PENDING');
    expect(
      await count(`SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.revoked' AND target_id = $2`, [
        tenantId,
        invitation.id,
      ]),
    ).toBe(1);
    expect(await seats(tenantId, owner.accessToken)).toEqual({ limit: 3, used: 3 });
  });
});
