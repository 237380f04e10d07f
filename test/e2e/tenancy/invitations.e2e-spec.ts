import { CodedException } from '@tenant-iam/common';
import { IdentityUsers } from '@tenant-iam/identity';
import { QueueDriver } from '@tenant-iam/notifications';
import { createAppAbility } from '@tenant-iam/permissions';
import { apiKeyActor, CreateInvitationDto, InvitationsExpiry, InvitationsService } from '@tenant-iam/tenancy';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { invitationMails, invitationToken, invite, postInvitation } from '../../support/factories/invitations';
import { addMember, signUpMember } from '../../support/factories/members';
import { createPermissionSet } from '../../support/factories/permission-sets';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const DAY = 24 * 3_600_000;
const NEW_PASSWORD = 'amber-Quarry-whistle-58';

interface Owner {
  accessToken: string;
  email: string;
  password: string;
  userId: string;
}

// The invitation lifecycle over HTTP: send, preview, accept or register, resend, revoke, decline,
// expiry (at use time and by the sweep), who may invite with what, seats and the activity log.
// Concurrent uses of one link and parallel invites against the seat limit: concurrency/invitations.
describe('tenancy: invitations', () => {
  let t: TestApp;
  let db: DataSource;
  let users: IdentityUsers;

  const api = (path: string) => `/api/v1${path}`;
  const tenantPath = (tenantId: string, path = '') => api(`/tenants/${tenantId}/invitations${path}`);
  const list = (tenantId: string, token: string, query = '') =>
    t.http.get(`${tenantPath(tenantId)}${query}`).set('Authorization', bearer(token));
  const preview = (token: string) => t.http.get(api(`/invitations/${encodeURIComponent(token)}`));
  const accept = (token: string, accessToken: string) =>
    t.http.post(api('/invitations/accept')).set('Authorization', bearer(accessToken)).send({ token });
  const register = (body: Record<string, unknown>) => t.http.post(api('/invitations/register')).send(body);
  const activity = async (tenantId: string, token: string) =>
    (
      await t.http
        .get(api(`/tenants/${tenantId}/activity?limit=100`))
        .set('Authorization', bearer(token))
        .expect(200)
    ).body.items as {
      action: string;
      actor: { type: string; id: string };
      target: { type: string; id: string } | null;
      data: Record<string, unknown>;
    }[];

  /** A fresh access token for `who` (moving the clock by days outlives the 10-minute ones). */
  async function relogin<T extends { email: string; password: string; accessToken: string }>(who: T): Promise<T> {
    const res = await t.http.post(api('/auth/login')).send({ email: who.email, password: who.password }).expect(200);
    who.accessToken = res.body.accessToken;
    return who;
  }

  async function newTenant(name: string, plans?: string): Promise<{ owner: Owner; tenantId: string }> {
    const o = await signUp(t, { firstName: 'Olena' });
    const userId = (await users.findByEmail(o.email))!.id;
    const tenantId = await createTenant(t, userId, name);
    if (plans) await db.query('UPDATE tenants SET plan = $2 WHERE id = $1', [tenantId, plans]);
    return { owner: { ...o, userId }, tenantId };
  }

  async function company(tenantId: string): Promise<string> {
    const id = randomUUID();
    await db.query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`, [
      id,
      tenantId,
      `Co ${id}`,
    ]);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp({
      label: 'invitations',
      runtime: {
        plans: { default: 'roomy', plans: { roomy: { seats: 1000, quotas: {} }, three: { seats: 3, quotas: {} } } },
      },
    });
    db = t.app.get(DataSource);
    users = t.app.get(IdentityUsers);
  });
  afterAll(() => t.close());

  describe('send, preview, register', () => {
    it('sends a mail with a single-use link valid 7 days; the list shows it pending with its mail status', async () => {
      const { owner, tenantId } = await newTenant('Invite Ltd');
      const email = uniqueEmail('Invitee');
      const invitation = (
        await postInvitation(t, tenantId, owner.accessToken, { email: `  ${email.toUpperCase()} `, role: 'member' }).expect(201)
      ).body;
      const token = await invitationToken(t, email);
      expect(invitation).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        role: 'member',
        permissionSetId: expect.any(String),
        companyIds: [],
        status: 'pending',
        invitedBy: owner.userId,
        expiresAt: new Date(t.clock.now().getTime() + 7 * DAY).toISOString(),
        sentCount: 1,
        mailStatus: 'queued',
        acceptedAt: null,
        createdAt: t.clock.now().toISOString(),
      });
      const [mail] = invitationMails(t, email);
      expect(mail.subject).toBe('Invitation to join Invite Ltd');
      expect(mail.text).toContain('valid for 7 days');
      expect(mail.text).toContain('Olena Nowak invites you');
      expect(mail.text).toContain(`http://app.test/invitations/accept?token=${token}`);
      // Only the hash is stored.
      const [row] = await db.query('SELECT token_hash FROM invitations WHERE id = $1', [invitation.id]);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).not.toContain(token);

      // Delivered: the list says so.
      for (let i = 0; i < 50; i++) {
        const items = (await list(tenantId, owner.accessToken).expect(200)).body.items;
        if (items[0].mailStatus === 'sent') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const page = (await list(tenantId, owner.accessToken, '?status=pending').expect(200)).body;
      expect(page).toEqual({ items: [expect.objectContaining({ id: invitation.id, mailStatus: 'sent' })], nextCursor: null });
      expect((await list(tenantId, owner.accessToken, '?status=accepted').expect(200)).body.items).toEqual([]);
      expectProblem(await list(tenantId, owner.accessToken, '?status=bogus'), 400, 'VALIDATION_FAILED');
    });

    it('a second invitation of an address with a pending one answers 409 INVITATION_PENDING; a member address 409 EMAIL_TAKEN', async () => {
      const { owner, tenantId } = await newTenant('Twice Ltd');
      const email = uniqueEmail('twice');
      await invite(t, tenantId, owner.accessToken, { email, role: 'member' });
      expectProblem(
        await postInvitation(t, tenantId, owner.accessToken, { email: email.toUpperCase(), role: 'client' }),
        409,
        'INVITATION_PENDING',
      );
      expectProblem(await postInvitation(t, tenantId, owner.accessToken, { email: owner.email, role: 'member' }), 409, 'EMAIL_TAKEN');
      expectProblem(await postInvitation(t, tenantId, owner.accessToken, { email, role: 'owner' }), 400, 'VALIDATION_FAILED');
    });

    it('previews publicly; registering creates a verified, proven account and the membership; the link then answers INVITATION_USED', async () => {
      const { owner, tenantId } = await newTenant('Preview Ltd');
      const email = uniqueEmail('newbie');
      const { invitation, token } = await invite(t, tenantId, owner.accessToken, { email, role: 'member' });
      const shown = (await preview(token).expect(200)).body;
      // The contract: organisation, inviter, address, role, expiry, whether it has an account; no ids.
      expect(shown).toEqual({
        tenantName: 'Preview Ltd',
        inviterName: 'Olena Nowak',
        email: email.toLowerCase(),
        role: 'member',
        expiresAt: invitation.expiresAt,
        accountExists: false,
      });
      expectProblem(await preview('x'.repeat(43)), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await register({ token, password: 'short', firstName: 'Ira', lastName: 'Bo' }), 422, 'PASSWORD_POLICY');

      const made = (await register({ token, password: NEW_PASSWORD, firstName: 'Ira', lastName: 'Bo' }).expect(201)).body;
      expect(made).toEqual({ tenantId, memberId: expect.any(String), userId: expect.any(String), role: 'member' });
      const account = (await users.findByEmail(email))!;
      expect(account).toMatchObject({ id: made.userId, emailVerified: true, emailProven: true, firstName: 'Ira', status: 'active' });
      const login = await t.http.post(api('/auth/login')).send({ email, password: NEW_PASSWORD }).expect(200);
      const members = await t.http
        .get(api(`/tenants/${tenantId}/members`))
        .set('Authorization', bearer(login.body.accessToken))
        .expect(200);
      expect(members.body.items.map((m: { userId: string }) => m.userId)).toContain(made.userId);

      expectProblem(await register({ token, password: NEW_PASSWORD, firstName: 'Ira', lastName: 'Bo' }), 410, 'INVITATION_USED');
      expectProblem(await accept(token, login.body.accessToken), 410, 'INVITATION_USED');
      expectProblem(await preview(token), 410, 'INVITATION_USED');
      const items = (await list(tenantId, owner.accessToken).expect(200)).body.items;
      expect(items[0]).toMatchObject({ status: 'accepted', acceptedAt: t.clock.now().toISOString() });
    });

    it("registering follows the organisation's profile policy", async () => {
      const { owner, tenantId } = await newTenant('Policy Ltd');
      await t.http
        .patch(api(`/tenants/${tenantId}`))
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { profilePolicy: { nameScript: 'cyrillic', nameMinLength: 2 } } })
        .expect(200);
      const email = uniqueEmail('cyr');
      const { token } = await invite(t, tenantId, owner.accessToken, { email, role: 'member' });
      const body = expectProblem(
        await register({ token, password: NEW_PASSWORD, firstName: 'Ira', lastName: 'Bo' }),
        422,
        'PROFILE_POLICY',
      );
      expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['firstName', 'lastName']);
      await register({ token, password: NEW_PASSWORD, firstName: 'Ірина', lastName: 'Бойко' }).expect(201);
    });
  });

  describe('accept with an existing account', () => {
    it('only the invited account joins, with the invited role, set and companies; the log shows it for both people', async () => {
      const { owner, tenantId } = await newTenant('Accept Ltd');
      const coA = await company(tenantId);
      const setId = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Payments',
        rules: [{ action: 'read', subject: 'Member' }],
      });
      const invitee = await signUp(t);
      const other = await signUp(t);
      const { invitation, token } = await invite(t, tenantId, owner.accessToken, {
        email: invitee.email,
        role: 'client',
        permissionSetId: setId,
        companyIds: [coA],
      });
      expect((await preview(token).expect(200)).body.accountExists).toBe(true);
      expectProblem(await register({ token, password: NEW_PASSWORD, firstName: 'A', lastName: 'B' }), 409, 'EMAIL_TAKEN');
      expectProblem(await accept(token, other.accessToken), 403, 'INVITATION_EMAIL_MISMATCH');
      expectProblem(await t.http.post(api('/invitations/accept')).send({ token }), 401, 'UNAUTHORIZED');

      const joined = (await accept(token, invitee.accessToken).expect(201)).body;
      expect(joined.role).toBe('client');
      const me = await t.http.get(api('/me/tenants')).set('Authorization', bearer(invitee.accessToken)).expect(200);
      expect(me.body.items).toEqual([expect.objectContaining({ tenantId, role: 'client', companies: [{ id: coA, name: `Co ${coA}` }] })]);
      const member = await t.http
        .get(api(`/tenants/${tenantId}/members/${joined.memberId}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      expect(member.body).toMatchObject({ permissionSetId: setId, companyIds: [coA] });

      const log = await activity(tenantId, owner.accessToken);
      expect(log.filter((e) => e.action.startsWith('invitation.')).map((e) => [e.action, e.actor.id])).toEqual([
        ['invitation.accepted', joined.userId],
        ['invitation.sent', owner.userId],
      ]);
      expect(log[0]).toMatchObject({ target: { type: 'invitation', id: invitation.id }, data: { email: invitee.email.toLowerCase() } });
      // The inviter's own log (their membership) holds what they sent and what came of it.
      const [ownerMember] = (await db.query('SELECT id FROM memberships WHERE tenant_id = $1 AND user_id = $2', [
        tenantId,
        owner.userId,
      ])) as {
        id: string;
      }[];
      const ownerLog = await t.http
        .get(api(`/tenants/${tenantId}/members/${ownerMember.id}/activity`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      expect(ownerLog.body.items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['invitation.sent', 'invitation.accepted']),
      );
      const inviteeLog = await t.http
        .get(api(`/tenants/${tenantId}/members/${joined.memberId}/activity`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      expect(inviteeLog.body.items.map((e: { action: string }) => e.action)).toContain('invitation.accepted');
    });

    it('an invitation whose set was deleted meanwhile cannot be accepted (409 INVITATION_PERMISSION_SET_GONE); the set delete is not refused', async () => {
      const { owner, tenantId } = await newTenant('Gone Ltd');
      const setId = await createPermissionSet(t, tenantId, owner.userId, { name: 'Temp', rules: [{ action: 'read', subject: 'Member' }] });
      const invitee = await signUp(t);
      const { token } = await invite(t, tenantId, owner.accessToken, { email: invitee.email, role: 'member', permissionSetId: setId });
      await t.http
        .delete(api(`/tenants/${tenantId}/permission-sets/${setId}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(204);
      expectProblem(await accept(token, invitee.accessToken), 409, 'INVITATION_PERMISSION_SET_GONE');
    });
  });

  describe('expiry, resend, revoke, decline', () => {
    it('an invitation past its 7 days answers INVITATION_EXPIRED at use time, before any sweep; resend gives a new link and 7 new days', async () => {
      const { owner, tenantId } = await newTenant('Expiry Ltd');
      const invitee = await signUp(t);
      const { invitation, token } = await invite(t, tenantId, owner.accessToken, { email: invitee.email, role: 'member' });
      t.clock.advance(7 * DAY);
      await Promise.all([relogin(owner), relogin(invitee)]);
      expectProblem(await accept(token, invitee.accessToken), 410, 'INVITATION_EXPIRED');
      expectProblem(await preview(token), 410, 'INVITATION_EXPIRED');
      expect((await list(tenantId, owner.accessToken, '?status=expired').expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([
        invitation.id,
      ]);
      expect((await list(tenantId, owner.accessToken, '?status=pending').expect(200)).body.items).toEqual([]);

      const resent = (
        await t.http
          .post(tenantPath(tenantId, `/${invitation.id}/resend`))
          .set('Authorization', bearer(owner.accessToken))
          .expect(200)
      ).body;
      expect(resent).toMatchObject({
        id: invitation.id,
        status: 'pending',
        sentCount: 2,
        expiresAt: new Date(t.clock.now().getTime() + 7 * DAY).toISOString(),
      });
      const fresh = await invitationToken(t, invitee.email, 2);
      expect(fresh).not.toBe(token);
      expectProblem(await accept(token, invitee.accessToken), 404, 'INVITATION_NOT_FOUND');
      await accept(fresh, invitee.accessToken).expect(201);
      const actions = (await activity(tenantId, owner.accessToken)).map((e) => e.action);
      // The scheduled sweep may or may not have tidied the expired one in between (its own entry): not what this checks.
      expect(actions.filter((a) => a.startsWith('invitation.') && a !== 'invitation.expired')).toEqual([
        'invitation.accepted',
        'invitation.resent',
        'invitation.sent',
      ]);
      expectProblem(
        await t.http.post(tenantPath(tenantId, `/${invitation.id}/resend`)).set('Authorization', bearer(owner.accessToken)),
        409,
        'INVITATION_NOT_PENDING',
      );
    });

    it('a pending invitation is resent with a new link: the old one stops working at once', async () => {
      const { owner, tenantId } = await newTenant('Resend Ltd');
      const email = uniqueEmail('resend');
      const { invitation, token } = await invite(t, tenantId, owner.accessToken, { email, role: 'member' });
      t.clock.advance(3 * DAY);
      await relogin(owner);
      await t.http
        .post(tenantPath(tenantId, `/${invitation.id}/resend`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(200);
      const fresh = await invitationToken(t, email, 2);
      expectProblem(await preview(token), 404, 'INVITATION_NOT_FOUND');
      expect((await preview(fresh).expect(200)).body.expiresAt).toBe(new Date(t.clock.now().getTime() + 7 * DAY).toISOString());
    });

    it('revoke: the link answers INVITATION_REVOKED, the seat frees, a second revoke 409; another tenant sees 404', async () => {
      const { owner, tenantId } = await newTenant('Revoke Ltd');
      const stranger = await newTenant('Other Ltd');
      const invitee = await signUp(t);
      const { invitation, token } = await invite(t, tenantId, owner.accessToken, { email: invitee.email, role: 'member' });
      expectProblem(
        await t.http.delete(tenantPath(stranger.tenantId, `/${invitation.id}`)).set('Authorization', bearer(stranger.owner.accessToken)),
        404,
        'INVITATION_NOT_FOUND',
      );
      expectProblem(
        await t.http.delete(tenantPath(tenantId, '/not-a-uuid')).set('Authorization', bearer(owner.accessToken)),
        404,
        'INVITATION_NOT_FOUND',
      );
      await t.http
        .delete(tenantPath(tenantId, `/${invitation.id}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(204);
      expectProblem(await accept(token, invitee.accessToken), 410, 'INVITATION_REVOKED');
      expectProblem(
        await t.http.delete(tenantPath(tenantId, `/${invitation.id}`)).set('Authorization', bearer(owner.accessToken)),
        409,
        'INVITATION_NOT_PENDING',
      );
      expect((await activity(tenantId, owner.accessToken))[0]).toMatchObject({ action: 'invitation.revoked', actor: { id: owner.userId } });
      // After a revoke the address may be invited again.
      await invite(t, tenantId, owner.accessToken, { email: invitee.email, role: 'member' });
    });

    it("GET /me/invitations lists the caller's pending ones; decline by id or by token frees them", async () => {
      const a = await newTenant('Me A');
      const b = await newTenant('Me B');
      const invitee = await signUp(t);
      const first = await invite(t, a.tenantId, a.owner.accessToken, { email: invitee.email, role: 'member' });
      const second = await invite(t, b.tenantId, b.owner.accessToken, { email: invitee.email, role: 'client' });
      const mine = (await t.http.get(api('/me/invitations')).set('Authorization', bearer(invitee.accessToken)).expect(200)).body;
      expect(mine).toEqual({
        items: [
          {
            id: first.invitation.id,
            tenantId: a.tenantId,
            tenantName: 'Me A',
            inviterName: 'Olena Nowak',
            role: 'member',
            expiresAt: first.invitation.expiresAt,
          },
          {
            id: second.invitation.id,
            tenantId: b.tenantId,
            tenantName: 'Me B',
            inviterName: 'Olena Nowak',
            role: 'client',
            expiresAt: second.invitation.expiresAt,
          },
        ],
        nextCursor: null,
      });
      const other = await signUp(t);
      expect((await t.http.get(api('/me/invitations')).set('Authorization', bearer(other.accessToken)).expect(200)).body.items).toEqual([]);
      const decline = (body: object, token = invitee.accessToken) =>
        t.http.post(api('/invitations/decline')).set('Authorization', bearer(token)).send(body);
      expectProblem(await decline({ id: first.invitation.id }, other.accessToken), 404, 'INVITATION_NOT_FOUND');
      expectProblem(await decline({ token: second.token }, other.accessToken), 403, 'INVITATION_EMAIL_MISMATCH');
      expectProblem(await decline({}), 400, 'VALIDATION_FAILED');
      expectProblem(await decline({ id: first.invitation.id, token: second.token }), 400, 'VALIDATION_FAILED');
      await decline({ id: first.invitation.id }).expect(204);
      await decline({ token: second.token }).expect(204);
      expectProblem(await accept(second.token, invitee.accessToken), 410, 'INVITATION_DECLINED');
      expect((await t.http.get(api('/me/invitations')).set('Authorization', bearer(invitee.accessToken)).expect(200)).body.items).toEqual(
        [],
      );
      expect((await list(a.tenantId, a.owner.accessToken, '?status=declined').expect(200)).body.items).toHaveLength(1);
      expect((await activity(a.tenantId, a.owner.accessToken))[0]).toMatchObject({ action: 'invitation.declined' });
    });

    it('the sweep marks due invitations expired and logs invitation.expired with actor system; fresh ones stay', async () => {
      const { owner, tenantId } = await newTenant('Sweep Ltd');
      const due = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('due'), role: 'member' });
      t.clock.advance(6 * DAY);
      await relogin(owner);
      const fresh = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('fresh'), role: 'member' });
      t.clock.advance(DAY);
      await relogin(owner);
      const status = async (id: string) => (await db.query('SELECT status FROM invitations WHERE id = $1', [id]))[0].status;
      expect(await status(due.invitation.id)).toBe('pending');
      // Small batches: the loop goes on until a batch comes back short.
      await t.app.get(InvitationsExpiry).sweep(1);
      expect(await status(due.invitation.id)).toBe('expired');
      expect(await status(fresh.invitation.id)).toBe('pending');
      const entry = (await activity(tenantId, owner.accessToken)).find((e) => e.action === 'invitation.expired');
      expect(entry).toMatchObject({
        actor: { type: 'system', id: 'tenancy.expire-invitations' },
        target: { type: 'invitation', id: due.invitation.id },
        data: { email: due.invitation.email },
      });
      // Idempotent: nothing is due twice.
      expect(await t.app.get(InvitationsExpiry).sweep()).toBe(0);
    });

    it('parallel workers and two sweeps at once expire each due invitation exactly once', async () => {
      const { tenantId } = await newTenant('Many Due Ltd');
      // 230 due invitations in SQL (expiries spread over a minute, as a real backlog), none of them held.
      await db.query(
        `INSERT INTO invitations (id, tenant_id, email, role, permission_set_id, invited_by, token_hash, status, expires_at, sent_count, created_at, updated_at)
         SELECT gen_random_uuid(), t.id, 'many-' || g || '@due.test', 'member', s.id, t.owner_user_id, encode(sha256(('many-' || g || t.id)::bytea), 'hex'),
           'pending', $2::timestamptz - interval '1 hour' + g * interval '250 ms', 1, $2::timestamptz - interval '8 days', $2::timestamptz - interval '8 days'
         FROM tenants t JOIN permission_sets s ON s.tenant_id = t.id AND s.builtin, generate_series(1, 230) g WHERE t.id = $1`,
        [tenantId, t.clock.now()],
      );
      const expiry = t.app.get(InvitationsExpiry);
      // Two replicas' sweeps at once, each with three workers on batches of 7.
      const [a, b] = await Promise.all([expiry.sweep(7, 3), expiry.sweep(7, 3)]);
      const rows = await db.query<{ pending: number; entries: number; distinct_targets: number }[]>(
        `SELECT (SELECT count(*)::int FROM invitations WHERE tenant_id = $1 AND status = 'pending' AND email LIKE 'many-%') AS pending,
                (SELECT count(*)::int FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.expired') AS entries,
                (SELECT count(DISTINCT target_id)::int FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.expired') AS distinct_targets`,
        [tenantId],
      );
      expect(rows[0]).toEqual({ pending: 0, entries: 230, distinct_targets: 230 });
      expect(a + b).toBeGreaterThanOrEqual(230);
    });

    it('the job tenancy.expire-invitations runs the sweep through the queue', async () => {
      const { owner, tenantId } = await newTenant('Job Ltd');
      const due = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('job'), role: 'member' });
      t.clock.advance(7 * DAY);
      await t.app.get(QueueDriver).enqueue('tenancy.expire-invitations', {});
      let status = 'pending';
      for (let i = 0; i < 100 && status === 'pending'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = (await db.query('SELECT status FROM invitations WHERE id = $1', [due.invitation.id]))[0].status;
      }
      expect(status).toBe('expired');
    });
  });

  describe('seats', () => {
    it('pending invitations hold seats against member adds and invites; revoke and expiry release them; accepting uses the held seat', async () => {
      const { owner, tenantId } = await newTenant('Seats Ltd', 'three');
      const invitee = await signUp(t);
      const held = await invite(t, tenantId, owner.accessToken, { email: invitee.email, role: 'member' });
      const second = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('s2'), role: 'member' });
      // Owner + 2 pending = 3 of 3, and the organisation says so.
      const seats = async () =>
        (
          await t.http
            .get(api(`/tenants/${tenantId}`))
            .set('Authorization', bearer(owner.accessToken))
            .expect(200)
        ).body.seats;
      expect(await seats()).toEqual({ limit: 3, used: 3 });
      expectProblem(
        await postInvitation(t, tenantId, owner.accessToken, { email: uniqueEmail('s3'), role: 'member' }),
        409,
        'SEAT_LIMIT_REACHED',
      );
      const add = () =>
        t.http
          .post(api(`/tenants/${tenantId}/members`))
          .set('Authorization', bearer(owner.accessToken))
          .send({ email: uniqueEmail('direct'), role: 'member', password: { mode: 'set', value: NEW_PASSWORD } });
      expectProblem(await add(), 409, 'SEAT_LIMIT_REACHED');
      // Accepting does not need a free seat: it uses the one its invitation held.
      await accept(held.token, invitee.accessToken).expect(201);
      await t.http
        .delete(tenantPath(tenantId, `/${second.invitation.id}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(204);
      const third = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('s4'), role: 'member' });
      expectProblem(await add(), 409, 'SEAT_LIMIT_REACHED');
      t.clock.advance(7 * DAY);
      await relogin(owner);
      // Expired (even unswept): the seat is free again; resending it needs a free seat.
      expect(await seats()).toEqual({ limit: 3, used: 2 });
      await add().expect(201);
      expectProblem(
        await t.http.post(tenantPath(tenantId, `/${third.invitation.id}/resend`)).set('Authorization', bearer(owner.accessToken)),
        409,
        'SEAT_LIMIT_REACHED',
      );
    });
  });

  describe('who may invite, with what', () => {
    it('members invite only with membersCanInvite, at most their own role and set, into their own companies; they see and revoke their own', async () => {
      const { owner, tenantId } = await newTenant('Rights Ltd');
      const coA = await company(tenantId);
      const coB = await company(tenantId);
      const setId = await createPermissionSet(t, tenantId, owner.userId, { name: 'Basic', rules: [{ action: 'read', subject: 'Member' }] });
      const otherSet = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Other',
        rules: [{ action: 'read', subject: 'Member' }],
      });
      const member = await signUpMember(t, tenantId, 'client', { permissionSetId: setId });
      await db.query('INSERT INTO membership_companies (tenant_id, membership_id, company_id) VALUES ($1, $2, $3)', [
        tenantId,
        member.membershipId,
        coA,
      ]);
      const asMember = (body: Record<string, unknown>) => postInvitation(t, tenantId, member.accessToken, body);
      expectProblem(await asMember({ email: uniqueEmail('m'), role: 'client' }), 403, 'FORBIDDEN');
      expectProblem(await list(tenantId, member.accessToken), 403, 'FORBIDDEN');

      await t.http
        .patch(api(`/tenants/${tenantId}`))
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { membersCanInvite: true } })
        .expect(200);
      expectProblem(await asMember({ email: uniqueEmail('m'), role: 'member' }), 403, 'INVITATION_EXCEEDS_RIGHTS');
      expectProblem(
        await asMember({ email: uniqueEmail('m'), role: 'client', permissionSetId: otherSet }),
        403,
        'INVITATION_EXCEEDS_RIGHTS',
      );
      expectProblem(await asMember({ email: uniqueEmail('m'), role: 'client', companyIds: [coB] }), 403, 'INVITATION_EXCEEDS_RIGHTS');
      const made = (await asMember({ email: uniqueEmail('m'), role: 'client' }).expect(201)).body;
      expect(made).toMatchObject({ permissionSetId: setId, companyIds: [coA], invitedBy: member.userId });
      const ownersOwn = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('o'), role: 'admin' });

      // The inviter sees and manages only what they sent.
      expect((await list(tenantId, member.accessToken).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([made.id]);
      expectProblem(
        await t.http.delete(tenantPath(tenantId, `/${ownersOwn.invitation.id}`)).set('Authorization', bearer(member.accessToken)),
        404,
        'INVITATION_NOT_FOUND',
      );
      await t.http
        .post(tenantPath(tenantId, `/${made.id}/resend`))
        .set('Authorization', bearer(member.accessToken))
        .expect(200);
      await t.http
        .delete(tenantPath(tenantId, `/${made.id}`))
        .set('Authorization', bearer(member.accessToken))
        .expect(204);
      // The owner sees everything.
      expect((await list(tenantId, owner.accessToken).expect(200)).body.items).toHaveLength(2);
    });

    it('admins invite only when a set grants it, and then with at most their own role and set', async () => {
      const { owner, tenantId } = await newTenant('Admins Ltd');
      const plain = await signUpMember(t, tenantId, 'admin');
      expectProblem(await postInvitation(t, tenantId, plain.accessToken, { email: uniqueEmail('a'), role: 'member' }), 403, 'FORBIDDEN');
      const inviting = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Inviting',
        rules: [
          { action: 'create', subject: 'Invitation' },
          { action: 'read', subject: 'Invitation' },
        ],
      });
      const admin = await signUpMember(t, tenantId, 'admin', { permissionSetId: inviting });
      expectProblem(
        await postInvitation(t, tenantId, admin.accessToken, { email: uniqueEmail('a'), role: 'superadmin' }),
        403,
        'INVITATION_EXCEEDS_RIGHTS',
      );
      const made = (await postInvitation(t, tenantId, admin.accessToken, { email: uniqueEmail('a'), role: 'member' }).expect(201)).body;
      expect(made.permissionSetId).toBe(inviting);
      // `read Invitation` without `revoke`: sees the owner's, may not revoke them.
      const ownersOwn = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('o'), role: 'member' });
      expect((await list(tenantId, admin.accessToken).expect(200)).body.items).toHaveLength(2);
      expectProblem(
        await t.http.delete(tenantPath(tenantId, `/${ownersOwn.invitation.id}`)).set('Authorization', bearer(admin.accessToken)),
        403,
        'FORBIDDEN',
      );
      // Superadmins invite with any role and set.
      const sa = await signUpMember(t, tenantId, 'superadmin');
      await postInvitation(t, tenantId, sa.accessToken, { email: uniqueEmail('s'), role: 'superadmin' }).expect(201);
    });

    it('refuses unknown sets and companies, and another tenant', async () => {
      const { owner, tenantId } = await newTenant('Input Ltd');
      const other = await newTenant('Foreign Ltd');
      const foreignCo = await company(other.tenantId);
      const r1 = expectProblem(
        await postInvitation(t, tenantId, owner.accessToken, { email: uniqueEmail('i'), role: 'member', permissionSetId: randomUUID() }),
        422,
        'VALIDATION_FAILED',
      );
      expect(r1.errors).toEqual([expect.objectContaining({ field: 'permissionSetId', code: 'UNKNOWN_PERMISSION_SET' })]);
      const r2 = expectProblem(
        await postInvitation(t, tenantId, owner.accessToken, { email: uniqueEmail('i'), role: 'member', companyIds: [foreignCo] }),
        422,
        'VALIDATION_FAILED',
      );
      expect(r2.errors).toEqual([expect.objectContaining({ field: 'companyIds', code: 'UNKNOWN_COMPANY' })]);
      expectProblem(
        await postInvitation(t, other.tenantId, owner.accessToken, { email: uniqueEmail('i'), role: 'member' }),
        404,
        'TENANT_NOT_FOUND',
      );
      expectProblem(
        await postInvitation(t, tenantId, owner.accessToken, { email: 'not-an-email', role: 'member', extra: 1 }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await postInvitation(t, tenantId, owner.accessToken, { email: uniqueEmail('i'), role: 'contact', permissionSetId: randomUUID() }),
        422,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await t.http
          .post(api('/invitations/accept'))
          .set('Authorization', bearer(owner.accessToken))
          .send({ token: 'x'.repeat(5000) }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await preview('x'.repeat(100)), 404, 'INVITATION_NOT_FOUND');
      const hostile = [
        { email: `${'a'.repeat(250)}@x.test`, role: 'member' },
        { email: uniqueEmail('h'), role: 'member', companyIds: Array.from({ length: 101 }, () => randomUUID()) },
        { email: uniqueEmail('h'), role: 'member', companyIds: ['not-a-uuid'] },
        { email: uniqueEmail('h'), role: 'member', companyIds: 'x' },
        { email: uniqueEmail('h'), role: 'king' },
        { email: ['a@b.test'], role: 'member' },
      ];
      for (const body of hostile) expectProblem(await postInvitation(t, tenantId, owner.accessToken, body), 400, 'VALIDATION_FAILED');
      expectProblem(
        await t.http.post(api('/invitations/register')).send({ token: 42, password: 'x', firstName: 'a', lastName: 'b' }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await t.http.post(api('/invitations/decline')).set('Authorization', bearer(owner.accessToken)).send({ id: 'nope' }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(await list(tenantId, owner.accessToken, '?cursor=bogus'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('a resend of an expired invitation is a new grant', () => {
    const resend = (tenantId: string, id: string, accessToken: string) =>
      t.http.post(tenantPath(tenantId, `/${id}/resend`)).set('Authorization', bearer(accessToken));

    it("is bounded by the resender's current rights: role, set and companies (403 INVITATION_EXCEEDS_RIGHTS)", async () => {
      const { owner, tenantId } = await newTenant('Revive Ltd');
      const inviting = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Inviting',
        rules: [
          { action: 'create', subject: 'Invitation' },
          { action: 'read', subject: 'Invitation' },
        ],
      });
      const otherSet = await createPermissionSet(t, tenantId, owner.userId, {
        name: 'Other',
        rules: [{ action: 'read', subject: 'Member' }],
      });
      const admin = await signUpMember(t, tenantId, 'admin', { permissionSetId: inviting });
      expectProblem(
        await postInvitation(t, tenantId, admin.accessToken, { email: uniqueEmail('r'), role: 'superadmin' }),
        403,
        'INVITATION_EXCEEDS_RIGHTS',
      );
      const superadmin = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('sa'), role: 'superadmin' });
      const foreignSet = await invite(t, tenantId, owner.accessToken, {
        email: uniqueEmail('fs'),
        role: 'member',
        permissionSetId: otherSet,
      });
      const ownSet = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('os'), role: 'member', permissionSetId: inviting });
      // While pending a resend only renews the link of what was already granted.
      await resend(tenantId, superadmin.invitation.id, admin.accessToken).expect(200);

      t.clock.advance(8 * DAY);
      await Promise.all([relogin(owner), relogin(admin)]);
      expectProblem(await resend(tenantId, superadmin.invitation.id, admin.accessToken), 403, 'INVITATION_EXCEEDS_RIGHTS');
      expectProblem(await resend(tenantId, foreignSet.invitation.id, admin.accessToken), 403, 'INVITATION_EXCEEDS_RIGHTS');
      const items = (await list(tenantId, owner.accessToken).expect(200)).body.items as { id: string; status: string }[];
      expect(items.filter((i) => i.id !== ownSet.invitation.id).map((i) => i.status)).toEqual(['expired', 'expired']);
      // Within the admin's rights: revived; the owner revives anything.
      expect((await resend(tenantId, ownSet.invitation.id, admin.accessToken).expect(200)).body).toMatchObject({ status: 'pending' });
      expect((await resend(tenantId, superadmin.invitation.id, owner.accessToken).expect(200)).body).toMatchObject({
        role: 'superadmin',
        status: 'pending',
      });
    });

    it('a demoted member, or one who lost the company, cannot revive their own old invitation', async () => {
      const { owner, tenantId } = await newTenant('Demoted Ltd');
      const coA = await company(tenantId);
      const coB = await company(tenantId);
      const setId = await createPermissionSet(t, tenantId, owner.userId, { name: 'Basic', rules: [{ action: 'read', subject: 'Member' }] });
      await t.http
        .patch(api(`/tenants/${tenantId}`))
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { membersCanInvite: true } })
        .expect(200);
      const member = await signUpMember(t, tenantId, 'member', { permissionSetId: setId });
      for (const co of [coA, coB]) {
        await db.query('INSERT INTO membership_companies (tenant_id, membership_id, company_id) VALUES ($1, $2, $3)', [
          tenantId,
          member.membershipId,
          co,
        ]);
      }
      const asMember = await invite(t, tenantId, member.accessToken, { email: uniqueEmail('dm'), role: 'member', companyIds: [coA] });
      const inB = await invite(t, tenantId, member.accessToken, { email: uniqueEmail('db'), role: 'client', companyIds: [coB] });
      expect(asMember.invitation).toMatchObject({ role: 'member', invitedBy: member.userId });

      await db.query(`UPDATE memberships SET role = 'client' WHERE tenant_id = $1 AND id = $2`, [tenantId, member.membershipId]);
      await db.query('DELETE FROM membership_companies WHERE tenant_id = $1 AND membership_id = $2 AND company_id = $3', [
        tenantId,
        member.membershipId,
        coB,
      ]);
      t.clock.advance(8 * DAY);
      await relogin(member);
      expectProblem(await resend(tenantId, asMember.invitation.id, member.accessToken), 403, 'INVITATION_EXCEEDS_RIGHTS');
      expectProblem(await resend(tenantId, inB.invitation.id, member.accessToken), 403, 'INVITATION_EXCEEDS_RIGHTS');
    });

    it('an address that became a member meanwhile gets no new invitation (409 EMAIL_TAKEN)', async () => {
      const { owner, tenantId } = await newTenant('Joined Ltd');
      const person = await signUp(t);
      const { invitation } = await invite(t, tenantId, owner.accessToken, { email: person.email, role: 'member' });
      t.clock.advance(8 * DAY);
      await relogin(owner);
      await addMember(t, tenantId, (await users.findByEmail(person.email))!.id, 'member');
      expectProblem(await resend(tenantId, invitation.id, owner.accessToken), 409, 'EMAIL_TAKEN');
      expect((await list(tenantId, owner.accessToken).expect(200)).body.items).toEqual([
        expect.objectContaining({ id: invitation.id, status: 'expired', sentCount: 1 }),
      ]);
    });
  });

  describe('input of the inviter', () => {
    it('null for companyIds or permissionSetId is a bad value (400), from any inviter, never a 500', async () => {
      const { owner, tenantId } = await newTenant('Nulls Ltd');
      const setId = await createPermissionSet(t, tenantId, owner.userId, { name: 'Basic', rules: [{ action: 'read', subject: 'Member' }] });
      await t.http
        .patch(api(`/tenants/${tenantId}`))
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { membersCanInvite: true } })
        .expect(200);
      const member = await signUpMember(t, tenantId, 'client', { permissionSetId: setId });
      for (const who of [member, owner]) {
        for (const field of ['companyIds', 'permissionSetId']) {
          const problem = expectProblem(
            await postInvitation(t, tenantId, who.accessToken, { email: uniqueEmail('n'), role: 'client', [field]: null }),
            400,
            'VALIDATION_FAILED',
          );
          expect(problem.errors.length).toBeGreaterThan(0);
          expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(problem.errors.map(() => field));
        }
      }
      expect((await list(tenantId, owner.accessToken).expect(200)).body.items).toEqual([]);
    });

    it('company ids count in any letter case, each once, for the bound check and the known check', async () => {
      const { owner, tenantId } = await newTenant('Cases Ltd');
      const coA = await company(tenantId);
      const coB = await company(tenantId);
      const setId = await createPermissionSet(t, tenantId, owner.userId, { name: 'Basic', rules: [{ action: 'read', subject: 'Member' }] });
      await t.http
        .patch(api(`/tenants/${tenantId}`))
        .set('Authorization', bearer(owner.accessToken))
        .send({ settings: { membersCanInvite: true } })
        .expect(200);
      const member = await signUpMember(t, tenantId, 'client', { permissionSetId: setId });
      await db.query('INSERT INTO membership_companies (tenant_id, membership_id, company_id) VALUES ($1, $2, $3)', [
        tenantId,
        member.membershipId,
        coA,
      ]);
      const byMember = await postInvitation(t, tenantId, member.accessToken, {
        email: uniqueEmail('c'),
        role: 'client',
        companyIds: [coA.toUpperCase()],
      }).expect(201);
      expect(byMember.body.companyIds).toEqual([coA]);
      const byOwner = await postInvitation(t, tenantId, owner.accessToken, {
        email: uniqueEmail('c'),
        role: 'member',
        companyIds: [coB.toUpperCase(), coB, coA.toUpperCase()],
      }).expect(201);
      expect([...byOwner.body.companyIds].sort()).toEqual([coA, coB].sort());
    });
  });

  describe('callers without a membership', () => {
    it('an API key cannot reach the invitation routes, and the service refuses every write without a membership (403)', async () => {
      const { owner, tenantId } = await newTenant('Keys Ltd');
      const key = (
        await t.http
          .get(api(`/tenants/${tenantId}/api-key`))
          .set('Authorization', bearer(owner.accessToken))
          .expect(200)
      ).body.key;
      expect((await postInvitation(t, tenantId, '', { email: uniqueEmail('k'), role: 'member' }).set('X-Api-Key', key)).status).toBe(401);

      const { invitation } = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('k'), role: 'member' });
      const service = t.app.get(InvitationsService);
      const ability = createAppAbility(['create', 'read', 'revoke'].map((action) => ({ action, subject: 'Invitation' })));
      const ctx = { tenantId, actor: apiKeyActor(randomUUID()), membership: null, ability };
      const writes = [
        () => service.create(ctx, { email: uniqueEmail('k'), role: 'superadmin' } as CreateInvitationDto),
        () => service.resend(ctx, invitation.id),
        () => service.revoke(ctx, invitation.id),
      ];
      for (const write of writes) {
        const error = await write().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(CodedException);
        expect([(error as CodedException).getStatus(), (error as CodedException).code]).toEqual([403, 'FORBIDDEN']);
      }
      expect((await list(tenantId, owner.accessToken).expect(200)).body.items).toEqual([
        expect.objectContaining({ id: invitation.id, status: 'pending', sentCount: 1 }),
      ]);
    });
  });

  it("mails in the invitee's language, with plural forms of the configured lifetime", async () => {
    const { owner, tenantId } = await newTenant('Lang Ltd');
    const pl = await signUp(t, { locale: 'pl' });
    await invite(t, tenantId, owner.accessToken, { email: pl.email, role: 'member' });
    const [mail] = invitationMails(t, pl.email);
    expect(mail.subject).toBe('Zaproszenie do organizacji Lang Ltd');
    expect(mail.text).toContain('ważne 7 dni');
  });
});

describe('tenancy: invitation links are throttled per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'invitations-throttle', runtime: { authRateLimitPerMinute: 5 } });
  });
  afterAll(() => t.close());

  it('like the other public link routes: past the limit per route, 429 TOO_MANY_REQUESTS with Retry-After', async () => {
    const token = 'y'.repeat(43);
    const routes = [
      () => t.http.get(`/api/v1/invitations/${token}`),
      () => t.http.post('/api/v1/invitations/register').send({ token, password: NEW_PASSWORD, firstName: 'A', lastName: 'B' }),
    ];
    for (const call of routes) {
      for (let i = 0; i < 5; i++) expectProblem(await call(), 404, 'INVITATION_NOT_FOUND');
      const limited = await call();
      expectProblem(limited, 429, 'TOO_MANY_REQUESTS');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});
