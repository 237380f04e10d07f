import { MembersService, systemActor } from '@tenant-iam/tenancy';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { createCompany } from '../factories/companies';
import { createGroup } from '../factories/groups';
import { createMember } from '../factories/members';
import { createPermissionSet } from '../factories/permission-sets';
import { GOOD_PASSWORD, uniqueEmail } from '../identity';
import { Account, bearerHeaders, Caller } from './callers';
import type { Expected } from './table';
import { as, contactIn, login, World } from './world';

/** What a fixture knows about its cell. */
export interface Cell {
  w: World;
  caller: Caller;
  expected: Expected;
}

/** One request of a cell: path parameters over the shared targets, a body, a query, other headers, and what to do after. */
export interface Prepared {
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string>;
  /** Replaces the caller's headers (a fresh session of the same account). */
  headers?: Record<string, string>;
  /** Runs after the request, whatever it answered (e.g. undoes an allowed ownership transfer). */
  after?(res: Response): Promise<void>;
}

/** Builds one cell's request. Operations without one are sent with the shared targets and no body. */
export type Fixture = (cell: Cell) => Prepared | Promise<Prepared>;

const owner = (w: World): Account => w.callers.owner.account!;
/** A link token of the right shape that no link has. */
const unknownLinkToken = () => randomBytes(32).toString('base64url');

/** Fresh objects of T, one per destructive cell, so later cells still find the shared targets. */
export const fresh = {
  company: (w: World) => createCompany(w.t, w.tenantId, { name: `Fresh company ${w.next()}` }),
  /** In company A: the client may act on it. */
  contact: async (w: World) => (await contactIn(w.t, owner(w), w.tenantId, w.companyA)).id as string,
  group: (w: World) => createGroup(w.t, w.tenantId, owner(w).userId, { name: `Fresh group ${w.next()}` }),
  permissionSet: (w: World) =>
    createPermissionSet(w.t, w.tenantId, owner(w).userId, {
      name: `Fresh set ${w.next()}`,
      rules: [{ action: 'read', subject: 'Member' }],
    }),
  invitation: async (w: World) =>
    (await as(w.t, owner(w), 'post', `/api/v1/tenants/${w.tenantId}/invitations`, { email: uniqueEmail('fresh-inv'), role: 'member' }))
      .id as string,
  /** A member of company A (the client sees it), blocked when asked. */
  member: async (w: World, blocked = false) => {
    const made = await createMember(w.t, w.tenantId, owner(w).userId, {
      email: uniqueEmail('fresh-member'),
      role: 'member',
      companyIds: [w.companyA],
      password: { mode: 'link' },
    });
    if (blocked) await w.t.app.get(MembersService).setBlocked({ tenantId: w.tenantId, actor: systemActor('matrix') }, made.id, true);
    return made.id;
  },
};

/** A second session of the caller's account, for cells that end the session they are sent with. */
async function ownSession({ w, caller }: Cell): Promise<{ headers?: Record<string, string>; sessionId: string }> {
  if (!caller.account) return { sessionId: randomUUID() };
  const session = await login(w.t, caller.account);
  return { headers: bearerHeaders(session.accessToken), sessionId: session.sessionId };
}

/**
 * The request of each operation that needs more than the shared targets: a minimal valid body,
 * and a fresh object for every cell of a destructive one. Refused cells get the same request, so
 * a guard that let one through would change what the state snapshot hashes.
 */
export const REQUESTS: Record<string, Fixture> = {
  // Public routes.
  register: () => ({ body: { email: uniqueEmail('register'), password: GOOD_PASSWORD, firstName: 'Reg' } }),
  verifyEmail: () => ({ body: { token: unknownLinkToken() } }),
  login: ({ w }) => ({ body: { email: w.spare.email, password: w.spare.password } }),
  refreshSession: ({ w }) => ({
    body: { refreshToken: w.spare.refreshToken },
    after: async (res) => {
      if (res.status === 200) w.spare.refreshToken = res.body.refreshToken;
    },
  }),
  forgotPassword: () => ({ body: { email: uniqueEmail('forgot') } }),
  resetPassword: () => ({ body: { token: unknownLinkToken(), password: GOOD_PASSWORD } }),
  cancelEmailChange: () => ({ body: { token: unknownLinkToken() } }),
  registerFromInvitation: ({ w }) => ({
    body: { token: w.spentInvitationToken, password: GOOD_PASSWORD, firstName: 'Late', lastName: 'Comer' },
  }),

  // A session, anyone's.
  logout: async (cell) => ({ headers: (await ownSession(cell)).headers }),
  revokeMySession: async (cell) => {
    const { sessionId } = await ownSession(cell);
    return { params: { id: sessionId } };
  },
  confirmEmailChange: () => ({ body: { token: unknownLinkToken() } }),
  updateMyProfile: ({ w }) => ({ body: { firstName: `Matrix${w.next()}` } }),
  changeMyEmail: ({ caller }) => ({ body: { email: uniqueEmail('moved'), currentPassword: caller.account?.password ?? GOOD_PASSWORD } }),
  changeMyPassword: ({ w, caller }) => {
    const password = `${GOOD_PASSWORD}-${w.next()}`;
    return {
      body: { currentPassword: caller.account?.password ?? GOOD_PASSWORD, password },
      after: async (res) => {
        if (res.status === 200 && caller.account) caller.account.password = password;
      },
    };
  },
  acceptInvitation: ({ w }) => ({ body: { token: w.spentInvitationToken } }),
  declineInvitation: ({ w }) => ({ body: { token: w.spentInvitationToken } }),
  createTenant: ({ w }) => ({ body: { name: `Matrix extra ${w.next()}` } }),

  adminChangeTenantPlan: () => ({ body: { plan: 'roomy' } }),

  // The organisation.
  updateTenant: ({ w }) => ({ body: { name: `Matrix T ${w.next()}` } }),
  transferTenantOwnership: ({ w }) => {
    const to = w.callers.superadmin.account!;
    return {
      body: { userId: to.userId },
      // Hand it back, so the owner is the owner again for the next cells.
      after: async (res) => {
        if (res.status === 200) await as(w.t, to, 'post', `/api/v1/tenants/${w.tenantId}/transfer-ownership`, { userId: owner(w).userId });
      },
    };
  },
  rotateTenantApiKey: ({ w }) => ({
    body: {},
    after: async (res) => {
      if (res.status === 200) w.callers.apiKey.headers['x-api-key'] = res.body.key;
    },
  }),

  // Members.
  createMember: () => ({ body: { email: uniqueEmail('added'), role: 'member', password: { mode: 'link' } } }),
  updateMember: ({ w }) => ({ body: { firstName: `Target${w.next()}` } }),
  removeMember: async ({ w }) => ({ params: { memberId: await fresh.member(w) } }),
  blockMember: async ({ w }) => ({ params: { memberId: await fresh.member(w) } }),
  unblockMember: async ({ w }) => ({ params: { memberId: await fresh.member(w, true) } }),

  // Permission sets.
  createPermissionSet: ({ w }) => ({ body: { name: `Set ${w.next()}`, rules: [{ action: 'read', subject: 'Member' }] } }),
  updatePermissionSet: ({ w }) => ({ body: { name: `Target set ${w.next()}` } }),
  deletePermissionSet: async ({ w }) => ({ params: { permissionSetId: await fresh.permissionSet(w) } }),

  // Invitations: a client invitation into company A, which the client could give were it allowed to invite.
  createInvitation: ({ w }) => ({ body: { email: uniqueEmail('invited'), role: 'client', companyIds: [w.companyA] } }),
  resendInvitation: async ({ w }) => ({ params: { invitationId: await fresh.invitation(w) } }),
  revokeInvitation: async ({ w }) => ({ params: { invitationId: await fresh.invitation(w) } }),

  // Companies, contacts, groups.
  createCompany: ({ w }) => ({ body: { name: `Company ${w.next()}` } }),
  updateCompany: ({ w }) => ({ body: { name: `Company A ${w.next()}` } }),
  deleteCompany: async ({ w }) => ({ params: { companyId: await fresh.company(w) } }),
  createContact: ({ w }) => ({
    body: { firstName: 'Nowy', lastName: `Kontakt ${w.next()}`, panelAccess: false, notificationCategories: [], companyId: w.companyA },
  }),
  updateContact: ({ w }) => ({ body: { position: `Position ${w.next()}` } }),
  deleteContact: async ({ w }) => ({ params: { contactId: await fresh.contact(w) } }),
  createGroup: ({ w }) => ({ body: { name: `Group ${w.next()}` } }),
  updateGroup: ({ w }) => ({ body: { name: `Target group ${w.next()}` } }),
  deleteGroup: async ({ w }) => ({ params: { groupId: await fresh.group(w) } }),

  // Product modules.
  configureDemoCashRegister: () => ({ body: { currency: 'PLN' } }),
  searchDemoInsolvencies: () => ({ query: { q: 'kowalski' } }),
  // Nobody has the pools assigned: past the guard the answer is 422 `POOL_NOT_ASSIGNED`.
  chooseMyDemoCallerId: ({ w }) => ({ body: { poolId: w.targets.poolId, value: '+48221234567' } }),
  chooseMyDemoSmsSender: ({ w }) => ({ body: { poolId: w.targets.smsPoolId, value: 'MATRIX' } }),
  assignDemoSipExtension: ({ w }) => ({ body: { mode: 'static', value: String(1000 + w.next()) } }),
  createDemoNumberPool: ({ w }) => ({ body: { kind: 'callerId', name: `Pool ${w.next()}`, values: ['+48221234568'] } }),
  setDemoNumberPoolMembers: ({ w }) => ({ body: { memberIds: [w.targets.memberId] } }),
  setDemoSipRange: () => ({ body: { first: 100, last: 199 } }),
};
