import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestApp } from '../create-test-app';
import { createCompany, setMemberCompanies } from '../factories/companies';
import { createGroup } from '../factories/groups';
import { invite } from '../factories/invitations';
import { createMember, signUpMember } from '../factories/members';
import { createPermissionSet } from '../factories/permission-sets';
import { createTenant } from '../factories/tenants';
import { GOOD_PASSWORD, signUp, uniqueEmail } from '../identity';
import { Account, bearerHeaders, Caller, CALLER_KINDS, CallerKind, forgeToken } from './callers';

/** The rotation grace the matrix app runs with: the rotated-out key is moved past it once, at setup. */
export const MATRIX_ROTATION_GRACE = '1h';
const PAST_GRACE_MS = 61 * 60 * 1000;

/** The operator's address (`PLATFORM_ADMINS` of the matrix app). */
export const MATRIX_OPERATOR_EMAIL = 'matrix-operator@example.test';

/**
 * The rights of T's `member` caller: a granular set, so the matrix shows a set deciding cell by
 * cell (some reads and writes granted, the rest refused).
 */
export const GRANULAR_RULES = [
  { action: 'read', subject: 'Member' },
  { action: 'read', subject: 'Company' },
  { action: 'update', subject: 'Company' },
  { action: 'read', subject: 'Contact' },
  { action: 'create', subject: 'Contact' },
  { action: 'read', subject: 'Group' },
  { action: 'read', subject: 'Order' },
  { action: 'run', subject: 'InsolvencySearch' },
  { action: 'make', subject: 'Call' },
];

/** Objects of one tenant that path parameters name, by parameter name. */
export type Targets = Record<string, string>;

/** Everything the matrix calls with: tenants T and U, their objects, the callers, and a few spare accounts. */
export interface World {
  t: TestApp;
  db: DataSource;
  /** The tenant every tenant route is called on. */
  tenantId: string;
  /** The other tenant, whose owner and key are callers, and whose objects T's owner must not reach. */
  otherTenantId: string;
  /** Company A (the client's) and B (not the client's), both of T. */
  companyA: string;
  companyB: string;
  /** Shared objects of T that non-destructive cells act on, by path parameter name. */
  targets: Targets;
  /** U's objects, by the path parameter that would name them. */
  foreign: Targets;
  /** Objects of T the client may not see: company B, a contact of B, a member of the staff. */
  hiddenFromClient: Targets;
  callers: Record<CallerKind, Caller>;
  /** An account nobody else uses, for the public login and refresh cells. */
  spare: { email: string; password: string; refreshToken: string };
  /** A live invitation link of T (preview cells) and one already used (accept, decline, register cells). */
  liveInvitationToken: string;
  spentInvitationToken: string;
  /** The next unique number (names, addresses, extensions). */
  next(): number;
}

/** Signs in again: a new session of the same account (cells that end a session get their own). */
export async function login(t: TestApp, account: Pick<Account, 'email' | 'password'>): Promise<{ accessToken: string; sessionId: string }> {
  const res = await t.http.post('/api/v1/auth/login').send({ email: account.email, password: account.password });
  if (res.status !== 200) throw new Error(`matrix login ${account.email}: ${res.status} ${res.text}`);
  return res.body as { accessToken: string; sessionId: string };
}

async function account(t: TestApp, db: DataSource, email?: string): Promise<Account> {
  const session = await signUp(t, email ? { email } : {});
  const [row] = await db.query('SELECT id FROM users WHERE email = $1', [session.email]);
  return {
    userId: row.id,
    email: session.email,
    password: session.password,
    accessToken: session.accessToken,
    sessionId: session.sessionId,
  };
}

const userCaller = (kind: CallerKind, who: Account): Caller => ({ kind, account: who, headers: bearerHeaders(who.accessToken) });

/** `METHOD path` as T's (or any) account, for setting up objects the way a person would. */
export async function as(t: TestApp, who: Account, method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, body?: unknown) {
  const req = t.http[method](path).set('authorization', `Bearer ${who.accessToken}`);
  const res = body === undefined ? await req : await req.send(body as object);
  if (res.status >= 300) throw new Error(`matrix setup ${method.toUpperCase()} ${path}: ${res.status} ${res.text}`);
  return res.body as Record<string, any>;
}

/**
 * Builds the world. The order matters once: the key rotation and the clock move past its grace
 * come first, so the owner's first access token is expired by then (the `expiredToken` caller)
 * while every session made afterwards is live for the whole run (the clock does not move again).
 */
export async function buildWorld(t: TestApp): Promise<World> {
  const db = t.app.get(DataSource);
  let counter = 0;
  const next = () => ++counter;
  const owner = await account(t, db);
  const tenantId = await createTenant(t, owner.userId, 'Matrix T');
  const firstKey = (await as(t, owner, 'get', `/api/v1/tenants/${tenantId}/api-key`)).key as string;
  const liveKey = (await as(t, owner, 'post', `/api/v1/tenants/${tenantId}/api-key/rotate`, {})).key as string;
  const expiredToken = owner.accessToken;
  t.clock.advance(PAST_GRACE_MS);
  Object.assign(owner, await login(t, owner));

  const companyA = await createCompany(t, tenantId, { name: 'Company A' });
  const companyB = await createCompany(t, tenantId, { name: 'Company B' });
  const granular = await createPermissionSet(t, tenantId, owner.userId, { name: 'Granular', rules: GRANULAR_RULES });
  const superadmin = await signUpMember(t, tenantId, 'superadmin');
  const admin = await signUpMember(t, tenantId, 'admin');
  const member = await signUpMember(t, tenantId, 'member', { permissionSetId: granular });
  const client = await signUpMember(t, tenantId, 'client');
  await setMemberCompanies(t, tenantId, client.membershipId, [companyA]);
  const contact = await signUpMember(t, tenantId, 'contact');
  const blocked = await signUpMember(t, tenantId, 'member', { status: 'blocked' });
  const removed = await signUpMember(t, tenantId, 'member');
  await as(t, owner, 'delete', `/api/v1/tenants/${tenantId}/members/${removed.membershipId}`);
  const operator = await account(t, db, MATRIX_OPERATOR_EMAIL);

  const otherOwner = await account(t, db);
  const otherTenantId = await createTenant(t, otherOwner.userId, 'Matrix U');
  const otherKey = (await as(t, otherOwner, 'get', `/api/v1/tenants/${otherTenantId}/api-key`)).key as string;

  // T's shared targets: a member of company A (so the client sees it), a contact of A, a group, a
  // set, a pending invitation, the telephony pools.
  const targetMember = await createMember(t, tenantId, owner.userId, {
    email: uniqueEmail('target'),
    role: 'member',
    companyIds: [companyA],
    password: { mode: 'link' },
  });
  const targets: Targets = {
    tenantId,
    memberId: targetMember.id,
    companyId: companyA,
    contactId: (await contactIn(t, owner, tenantId, companyA)).id,
    groupId: await createGroup(t, tenantId, owner.userId, { name: 'Target group' }),
    permissionSetId: await createPermissionSet(t, tenantId, owner.userId, {
      name: 'Target set',
      rules: [{ action: 'read', subject: 'Member' }],
    }),
    invitationId: (await as(t, owner, 'post', `/api/v1/tenants/${tenantId}/invitations`, { email: uniqueEmail('pending'), role: 'member' }))
      .id,
    poolId: (await poolIn(t, owner, tenantId, 'callerId', 'Target callers')).id,
    smsPoolId: (await poolIn(t, owner, tenantId, 'smsSender', 'Target senders')).id,
    orderId: '0193a000-0000-7000-8000-0000000b0001',
    token: (await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('preview'), role: 'member' })).token,
  };
  const spent = await invite(t, tenantId, owner.accessToken, { email: uniqueEmail('spent'), role: 'member' });
  const spending = await t.http
    .post('/api/v1/invitations/register')
    .send({ token: spent.token, password: GOOD_PASSWORD, firstName: 'Spent', lastName: 'Link' });
  if (spending.status !== 201) throw new Error(`matrix setup: spending an invitation: ${spending.status} ${spending.text}`);

  // U's objects, each of the kind a path parameter names.
  const uMember = await createMember(t, otherTenantId, otherOwner.userId, {
    email: uniqueEmail('u-member'),
    role: 'member',
    password: { mode: 'link' },
  });
  const uCompany = await createCompany(t, otherTenantId, { name: 'U company' });
  const foreign: Targets = {
    memberId: uMember.id,
    companyId: uCompany,
    contactId: (await contactIn(t, otherOwner, otherTenantId, uCompany)).id,
    groupId: await createGroup(t, otherTenantId, otherOwner.userId, { name: 'U group' }),
    permissionSetId: await createPermissionSet(t, otherTenantId, otherOwner.userId, {
      name: 'U set',
      rules: [{ action: 'read', subject: 'Member' }],
    }),
    invitationId: (
      await as(t, otherOwner, 'post', `/api/v1/tenants/${otherTenantId}/invitations`, { email: uniqueEmail('u-inv'), role: 'member' })
    ).id,
    poolId: (await poolIn(t, otherOwner, otherTenantId, 'callerId', 'U callers')).id,
    id: otherOwner.sessionId,
  };

  const hiddenFromClient: Targets = {
    companyId: companyB,
    contactId: (await contactIn(t, owner, tenantId, companyB)).id,
    memberId: admin.membershipId,
  };

  const spareAccount = await account(t, db);
  const spareSession = await t.http
    .post('/api/v1/auth/login')
    .send({ email: spareAccount.email, password: spareAccount.password })
    .expect(200);

  const callers = {
    anonymous: { kind: 'anonymous', headers: {} },
    forgedToken: { kind: 'forgedToken', headers: bearerHeaders(forgeToken(owner.accessToken)) },
    expiredToken: { kind: 'expiredToken', headers: bearerHeaders(expiredToken) },
    otherTenantOwner: userCaller('otherTenantOwner', otherOwner),
    owner: userCaller('owner', { ...owner, membershipId: await membershipOf(db, tenantId, owner.userId) }),
    superadmin: userCaller('superadmin', superadmin),
    admin: userCaller('admin', admin),
    member: userCaller('member', member),
    client: userCaller('client', client),
    contact: userCaller('contact', contact),
    blocked: userCaller('blocked', blocked),
    removed: userCaller('removed', removed),
    apiKey: { kind: 'apiKey', headers: { 'x-api-key': liveKey } },
    otherTenantApiKey: { kind: 'otherTenantApiKey', headers: { 'x-api-key': otherKey } },
    rotatedApiKey: { kind: 'rotatedApiKey', headers: { 'x-api-key': firstKey } },
    operator: userCaller('operator', operator),
  } satisfies Record<CallerKind, Caller>;
  if (Object.keys(callers).length !== CALLER_KINDS.length) throw new Error('matrix setup: a caller kind has no caller');

  return {
    t,
    db,
    tenantId,
    otherTenantId,
    companyA,
    companyB,
    targets,
    foreign,
    hiddenFromClient,
    callers,
    spare: { email: spareAccount.email, password: spareAccount.password, refreshToken: spareSession.body.refreshToken },
    liveInvitationToken: targets.token,
    spentInvitationToken: spent.token,
    next,
  };
}

async function membershipOf(db: DataSource, tenantId: string, userId: string): Promise<string> {
  const [row] = await db.query('SELECT id FROM memberships WHERE tenant_id = $1 AND user_id = $2', [tenantId, userId]);
  return row.id;
}

/** A contact of `companyId`, made by `who` over HTTP. */
export function contactIn(t: TestApp, who: Account, tenantId: string, companyId: string) {
  return as(t, who, 'post', `/api/v1/tenants/${tenantId}/contacts`, {
    firstName: 'Ola',
    lastName: `Kontakt ${randomUUID().slice(0, 8)}`,
    panelAccess: false,
    notificationCategories: ['general'],
    companyId,
  });
}

/** A telephony number pool of the tenant, made by `who` over HTTP. */
export function poolIn(t: TestApp, who: Account, tenantId: string, kind: 'callerId' | 'smsSender', name: string) {
  return as(t, who, 'post', `/api/v1/tenants/${tenantId}/telephony/pools`, {
    kind,
    name,
    values: [kind === 'callerId' ? '+48221234567' : 'MATRIX'],
  });
}
