import { CALLER_KINDS, CallerKind, ROLE_KINDS, RoleKind } from './callers';

/**
 * What a cell must answer: `'allow'` (past every access check: a 2xx, or a business answer 409,
 * 410 or 422), or `'<status> <CODE>'` exactly (`'404 TENANT_NOT_FOUND'`).
 */
export type Expected = 'allow' | `${400 | 401 | 403 | 404 | 409 | 410 | 422} ${string}`;

/** One row: every caller kind's answer on one operation. */
export type Row = Record<CallerKind, Expected>;

const UNAUTHENTICATED = {
  anonymous: '401 UNAUTHORIZED',
  forgedToken: '401 UNAUTHORIZED',
  expiredToken: '401 ACCESS_TOKEN_EXPIRED',
} as const;

/** A route not open to keys ignores `X-Api-Key` and wants a session. */
const NO_KEYS = { apiKey: '401 UNAUTHORIZED', otherTenantApiKey: '401 UNAUTHORIZED', rotatedApiKey: '401 UNAUTHORIZED' } as const;

/** An unknown link is refused as such (400 `TOKEN_INVALID`) once the caller is past the access check. */
const UNKNOWN_LINK = '400 TOKEN_INVALID';

/** Open to every caller, signed in or not (`@Public()`): credentials change nothing. `pass` is the answer of all. */
function open(pass: Expected = 'allow'): Row {
  return Object.fromEntries(CALLER_KINDS.map((kind) => [kind, pass])) as Row;
}

/** Works without a session, but a bearer token, when sent, must be valid (`@OptionalAuth()`). */
function optionalSession(pass: Expected = 'allow'): Row {
  return { ...open(pass), forgedToken: UNAUTHENTICATED.forgedToken, expiredToken: UNAUTHENTICATED.expiredToken };
}

/** Any live session, whoever's; memberships play no part (the `/me` and `/auth` routes, creating a tenant). */
function session(): Row {
  return { ...open(), ...UNAUTHENTICATED, ...NO_KEYS };
}

/** The platform operators only; anyone else signed in gets the 404 of a route that does not exist. */
function operatorOnly(): Row {
  const row = session();
  for (const kind of Object.keys(row) as CallerKind[]) if (row[kind] === 'allow') row[kind] = '404 NOT_FOUND';
  return { ...row, operator: 'allow' };
}

/**
 * A route under `/tenants/:tenantId`: `roles` of T are let through, the other roles of T get 403
 * `FORBIDDEN`; whoever is not an active member of T gets its 404 (another tenant's owner, a
 * removed member, the operator) or its 403 (blocked, contact). With `keys`, the route is open to
 * the organisation's API key: T's key passes, U's key sees no such tenant, a rotated-out one is invalid.
 */
function tenant(roles: string, options: { keys?: boolean; overrides?: Partial<Row> } = {}): Row {
  const allowed = new Set(roles.split(' ').filter(Boolean));
  for (const role of allowed) if (!(ROLE_KINDS as readonly string[]).includes(role)) throw new Error(`matrix table: unknown role ${role}`);
  const byRole = Object.fromEntries(ROLE_KINDS.map((role: RoleKind) => [role, allowed.has(role) ? 'allow' : '403 FORBIDDEN']));
  return {
    ...UNAUTHENTICATED,
    ...(byRole as Record<RoleKind, Expected>),
    otherTenantOwner: '404 TENANT_NOT_FOUND',
    removed: '404 TENANT_NOT_FOUND',
    operator: '404 TENANT_NOT_FOUND',
    blocked: '403 MEMBERSHIP_BLOCKED',
    contact: '403 NO_PANEL_ACCESS',
    ...(options.keys ? { apiKey: 'allow', otherTenantApiKey: '404 TENANT_NOT_FOUND', rotatedApiKey: '401 API_KEY_INVALID' } : NO_KEYS),
    ...options.overrides,
  };
}

const ALL = 'owner superadmin admin member client';
const STAFF = 'owner superadmin admin';
const TOP = 'owner superadmin';

/**
 * The expectation table: every operation of the live OpenAPI document, and nothing else.
 * Derived from the roles table of the contract and the decisions in `docs/tenancy.md`:
 *
 * - T's `member` holds the granular set `GRANULAR_RULES` (world.ts); T's `client` holds the
 *   built-in "Full access" set and is linked to company A.
 * - Shared targets are T's objects the client may see (company A, a contact and a member of A);
 *   destructive cells get a fresh object each, made outside company A unless the client may act on it.
 * - Link routes are called with a link that is unknown (400 `TOKEN_INVALID`) or already used
 *   (410): that is the answer of a caller who passed the access check.
 */
export const MATRIX: Record<string, Row> = {
  // Public: keys, bad tokens and memberships change nothing.
  getJwks: open(),
  checkLiveness: open(),
  checkReadiness: open(),
  register: open(),
  verifyEmail: open(UNKNOWN_LINK),
  login: open(),
  refreshSession: open(),
  forgotPassword: open(),
  resetPassword: open(UNKNOWN_LINK),
  cancelEmailChange: open(UNKNOWN_LINK),
  previewInvitation: open(),
  registerFromInvitation: open(),
  // The link proves the mailbox; a session is optional, but a bad token is still refused.
  confirmEmailChange: optionalSession(UNKNOWN_LINK),

  // A session, anyone's.
  logout: session(),
  getMyProfile: session(),
  updateMyProfile: session(),
  changeMyEmail: session(),
  changeMyPassword: session(),
  listMySessions: session(),
  revokeMySession: session(),
  listMyTenants: session(),
  listMyInvitations: session(),
  acceptInvitation: session(),
  declineInvitation: session(),
  createTenant: session(),

  // The platform operator.
  adminListTenants: operatorOnly(),
  adminChangeTenantPlan: operatorOnly(),

  // The organisation: everybody with panel access reads it and its usage; settings are the top's,
  // ownership the owner's; the key is read by those a set grants it (admins hold none here), rotated by the top.
  getTenant: tenant(ALL),
  updateTenant: tenant(TOP),
  transferTenantOwnership: tenant('owner'),
  getTenantUsage: tenant(ALL, { keys: true }),
  getTenantApiKey: tenant(TOP),
  rotateTenantApiKey: tenant(TOP),
  listTenantActivity: tenant(STAFF),
  getPermissionCatalog: tenant(ALL),

  // Members: reading per set (a client sees the members of its companies); managing is superadminOnly.
  listMembers: tenant(ALL),
  getMember: tenant(ALL),
  listMemberAttributes: tenant(ALL),
  createMember: tenant(TOP),
  updateMember: tenant(TOP),
  removeMember: tenant(TOP),
  blockMember: tenant(TOP),
  unblockMember: tenant(TOP),
  // The log is staff data (`staffOnly`).
  listMemberActivity: tenant(STAFF),

  // Permission sets: staff data (`staffOnly`: never a client's; the granular set does not grant reading); managing superadminOnly.
  listPermissionSets: tenant(STAFF),
  getPermissionSet: tenant(STAFF),
  createPermissionSet: tenant(TOP),
  updatePermissionSet: tenant(TOP),
  deletePermissionSet: tenant(TOP),

  // Invitations (`setOnly`): the top invite; an admin without a set does not, nor do members and
  // clients while `membersCanInvite` is off (as in T), whatever their set (the client's full set
  // holds the `setOnly` actions). A client never sees the organisation's invitations, only those it
  // sent. Listing and revoking reach the service, which answers 403, or 404 for an invitation the
  // caller may not even list.
  createInvitation: tenant(TOP),
  listInvitations: tenant(TOP),
  resendInvitation: tenant(TOP),
  revokeInvitation: tenant(TOP, {
    overrides: { admin: '404 INVITATION_NOT_FOUND', member: '404 INVITATION_NOT_FOUND', client: '404 INVITATION_NOT_FOUND' },
  }),

  // Client companies (company-scoped, unflagged): a client acts on its own companies only, creates none.
  listCompanies: tenant(ALL),
  createCompany: tenant(STAFF),
  getCompany: tenant(ALL),
  // A rename: names are unique in the tenant, so a client renaming its company could probe other
  // customers' names one 409 at a time; the staff names companies (a client may change the tax id).
  updateCompany: tenant(ALL, { overrides: { client: '403 FORBIDDEN' } }),
  // The fresh company is not the client's: it may delete its own, so the guard lets it by, and the row is not found.
  deleteCompany: tenant(STAFF, { overrides: { client: '404 COMPANY_NOT_FOUND' } }),

  // Contacts (company-scoped, unflagged): the targets are contacts of company A.
  listContacts: tenant(ALL),
  createContact: tenant(ALL),
  getContact: tenant(ALL),
  updateContact: tenant('owner superadmin admin client'),
  deleteContact: tenant('owner superadmin admin client'),

  // Groups: the organisation's own structure (`staffOnly`).
  listGroups: tenant('owner superadmin admin member'),
  getGroup: tenant('owner superadmin admin member'),
  createGroup: tenant(STAFF),
  updateGroup: tenant(STAFF),
  deleteGroup: tenant(STAFF),

  // Product modules (the reference app's examples).
  listDemoOrders: tenant(ALL),
  cancelDemoOrder: tenant(TOP),
  configureDemoCashRegister: tenant(TOP),
  searchDemoInsolvencies: tenant(ALL, { keys: true }),
  getMyDemoTelephony: tenant(ALL),
  chooseMyDemoCallerId: tenant(ALL),
  chooseMyDemoSmsSender: tenant('owner superadmin admin client'),
  // Extensions and pools are staff data (`staffOnly`): a client's full set grants neither.
  getDemoTelephonyUser: tenant(STAFF),
  assignDemoSipExtension: tenant(STAFF),
  releaseDemoSipExtension: tenant(STAFF),
  getDemoSipRange: tenant(STAFF),
  setDemoSipRange: tenant(STAFF),
  createDemoNumberPool: tenant(STAFF),
  listDemoNumberPools: tenant(STAFF),
  setDemoNumberPoolMembers: tenant(STAFF),
};

/** Whether an answer matches `expected`; `allow` is any 2xx or a business answer (409, 410, 422). */
export function matches(expected: Expected, status: number, code: unknown): boolean {
  if (expected === 'allow') return (status >= 200 && status < 300) || status === 409 || status === 410 || status === 422;
  return expected === `${status} ${String(code)}`;
}
