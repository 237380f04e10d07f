// The world the fuzz runs in: the app listening on a loopback port, an owner (also a platform
// operator) with a tenant holding a few of each object, a tenant the owner is not in, spare
// accounts for the operations that end the caller's own session, and the pools of real values
// (ids, emails, tokens read from the mails, cursors read from the answers) the arbitraries draw on.
import { IdentityUsers } from '@tenant-iam/identity';
import { AddressInfo } from 'node:net';
import { createTestApp, TestApp } from '../create-test-app';
import { createCompany } from '../factories/companies';
import { createGroup } from '../factories/groups';
import { ROOMY_PLANS } from '../factories/members';
import { createPermissionSet } from '../factories/permission-sets';
import { createTenant } from '../factories/tenants';
import { GOOD_PASSWORD, signUp, uniqueEmail } from '../identity';
import { HttpAnswer, sendRaw } from './http';
import { Schema } from './contract';
import { Dictionary } from './schema-arbitrary';

/** A logged-in account. */
export interface Session {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

/** Kinds of tenant rows a destructive operation gets a fresh one of. */
export type FreshKind = 'company' | 'contact' | 'group' | 'permissionSet' | 'member' | 'invitation';

/** See the file comment. */
export interface FuzzWorld {
  t: TestApp;
  baseUrl: string;
  owner: Session & { userId: string };
  tenantId: string;
  /** Real ids by kind (`tenant`, `company`, `member`, `user`, ...): path ids and id fields draw on them. */
  ids: Map<string, Set<string>>;
  /** Real strings by field name (`email`, `password`, `token`, `cursor`, `keys:attributes`, ...). */
  strings: Map<string, Set<unknown>>;
  /** The pools as the arbitraries see them, for a field or parameter name. */
  dictionary: Dictionary;
  /** A new row of `kind` in the tenant, for an operation that removes or changes its target for good. */
  fresh(kind: FreshKind): Promise<string>;
  /** A new session of a spare account (a new account when the last one can no longer log in). */
  spareSession(): Promise<Session>;
  /** Reads link tokens from the mails received so far and cursors from an answer into the pools. */
  harvest(answer?: HttpAnswer): void;
  /** A request as the owner, for setting the world up. */
  asOwner(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
  close(): Promise<void>;
}

const TOKEN_IN_LINK = /[?&]token=([A-Za-z0-9_\-.~%]+)/g;

/** Boots the app and seeds the world; see {@link FuzzWorld}. */
export async function createFuzzWorld(): Promise<FuzzWorld> {
  const ownerEmail = uniqueEmail('fuzz-owner');
  const t = await createTestApp({
    label: 'contract-fuzz',
    // The dev mailbox is mounted (and in the document) as in the embedded mode; mail still goes to the sink.
    runtime: { plans: ROOMY_PLANS, embedded: true },
    env: {
      PLATFORM_ADMINS: ownerEmail,
      // Hundreds of fuzzed logins from one address must not turn every later one into a 429.
      LOGIN_MAX_ATTEMPTS_PER_IP: '1000000',
    },
  });
  // A real socket: the fuzz sends bytes supertest would normalise (raw paths, no Content-Type).
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const ids = new Map<string, Set<string>>();
  const strings = new Map<string, Set<unknown>>();
  const addId = (kind: string, id: unknown) => {
    if (typeof id === 'string') (ids.get(kind) ?? ids.set(kind, new Set()).get(kind)!).add(id);
  };
  const addString = (name: string, ...values: unknown[]) => {
    for (const v of values) (strings.get(name) ?? strings.set(name, new Set()).get(name)!).add(v);
  };

  const session = await signUp(t, { email: ownerEmail });
  const userId = (await t.app.get(IdentityUsers).findByEmail(ownerEmail))!.id;
  const owner = { ...session, userId };
  const tenantId = await createTenant(t, userId, 'Fuzz Sp. z o.o.');
  const asOwner = (method: string, path: string, body?: unknown) =>
    sendRaw(baseUrl, {
      method,
      path: `/api/v1${path}`,
      headers: { authorization: `Bearer ${owner.accessToken}` },
      ...(body === undefined ? {} : { payload: Buffer.from(JSON.stringify(body)), contentType: 'application/json' }),
    });
  const created = async (method: string, path: string, body: unknown): Promise<Record<string, any>> => {
    const answer = await asOwner(method, path, body);
    if (answer.status >= 300) throw new Error(`fuzz world: ${method} ${path} -> ${answer.status} ${answer.text}`);
    return answer.json as Record<string, any>;
  };
  const tenantPath = (rest: string) => `/tenants/${tenantId}${rest}`;

  let counter = 0;
  const unique = (label: string) => `${label} ${++counter}`;
  const freshBodies: Record<FreshKind, () => [string, unknown]> = {
    company: () => ['/companies', { name: unique('Company') }],
    contact: () => [
      '/contacts',
      {
        firstName: 'Ewa',
        lastName: unique('Kontakt'),
        panelAccess: true,
        email: uniqueEmail('contact'),
        notificationCategories: ['general'],
      },
    ],
    group: () => ['/groups', { name: unique('Group') }],
    permissionSet: () => ['/permission-sets', { name: unique('Set'), rules: [{ action: 'read', subject: 'Member' }] }],
    member: () => ['/members', { email: uniqueEmail('member'), role: 'member', firstName: 'Jan', lastName: 'Nowak' }],
    invitation: () => ['/invitations', { email: uniqueEmail('invitee'), role: 'member' }],
  };
  const fresh = async (kind: FreshKind): Promise<string> => {
    const [path, body] = freshBodies[kind]();
    const row = await created('POST', tenantPath(path), body);
    addId(kind, row.id);
    if (kind === 'member') addId('user', row.userId);
    return row.id as string;
  };

  // The tenant: a few of each object, through the factories where there is one.
  addId('tenant', tenantId);
  for (let i = 1; i <= 3; i++) addId('company', await createCompany(t, tenantId, { name: `Firma ${i}`, taxId: `PL00${i}` }));
  const [companyId] = ids.get('company')!;
  const parent = await createGroup(t, tenantId, userId, { name: 'Sales' });
  addId('group', parent);
  addId('group', await createGroup(t, tenantId, userId, { name: 'North', parentGroupId: parent }));
  addId('group', await createGroup(t, tenantId, userId, { name: 'Manager', kind: 'position' } as never));
  addId(
    'permissionSet',
    await createPermissionSet(t, tenantId, userId, { name: 'Readers', rules: [{ action: 'read', subject: 'Member' }] } as never),
  );
  addId('permissionSet', await createPermissionSet(t, tenantId, userId, { name: 'Everything', full: true } as never));
  for (const kind of ['contact', 'contact', 'member', 'invitation', 'invitation'] as FreshKind[]) await fresh(kind);
  addId(
    'contact',
    (
      await created('POST', tenantPath('/contacts'), {
        firstName: 'Olga',
        lastName: 'Klient',
        companyId,
        panelAccess: false,
        notificationCategories: ['payments'],
      })
    ).id,
  );
  for (const [role, extra] of [
    ['superadmin', {}],
    ['admin', {}],
    ['client', { companyIds: [companyId] }],
    ['contact', {}],
    ['member', { password: { mode: 'set', value: GOOD_PASSWORD } }],
  ] as const) {
    const email = uniqueEmail(role);
    const member = await created('POST', tenantPath('/members'), { email, role, firstName: 'Ola', lastName: 'Kowal', ...extra });
    addId('member', member.id);
    addId('user', member.userId);
    addString('email', email);
  }
  const blocked = [...ids.get('member')!][0];
  await created('POST', tenantPath(`/members/${blocked}/block`), undefined);
  addId(
    'pool',
    (await created('POST', tenantPath('/telephony/pools'), { kind: 'callerId', name: 'Main', values: ['+48221234567', '+48221234568'] }))
      .id,
  );
  await created('PUT', tenantPath('/telephony/sip-range'), { first: 100, last: 199 });
  for (const order of (await created('GET', tenantPath('/orders'), undefined)).items) addId('order', order.id);
  for (const subject of (await created('GET', tenantPath('/permissions/catalog'), undefined)).items) {
    addString('subject', subject.subject);
    addString('action', ...subject.actions.map((a: { action: string }) => a.action));
    addString('keys:conditions', ...(subject.conditionFields ?? []));
  }
  for (const attribute of (await created('GET', tenantPath('/member-attributes'), undefined)).items)
    addString('keys:attributes', attribute.name);
  const apiKey = await asOwner('GET', tenantPath('/api-key'));
  if (apiKey.status === 200) addString('x-api-key', (apiKey.json as { key: string }).key);
  const members = await created('GET', tenantPath('/members?limit=100'), undefined);
  for (const m of members.items) addId('member', m.id);

  // An organisation the owner is not in: its id answers like one that does not exist.
  const stranger = await signUp(t);
  addId('tenant', await createTenant(t, (await t.app.get(IdentityUsers).findByEmail(stranger.email))!.id, 'Elsewhere'));
  addString('email', stranger.email);
  addString('refreshToken', stranger.refreshToken);
  addString('password', GOOD_PASSWORD);
  addString('currentPassword', GOOD_PASSWORD);
  addString('value', GOOD_PASSWORD, '+48221234567', '21');
  addString('plan', ...Object.keys(ROOMY_PLANS.plans), 'basic');
  addString('currency', 'PLN', 'EUR', 'XXX');

  let spare: { email: string; password: string } | undefined;
  const spareSession = async (): Promise<Session> => {
    if (spare) {
      const login = await sendRaw(baseUrl, {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: {},
        payload: Buffer.from(JSON.stringify(spare)),
        contentType: 'application/json',
      });
      if (login.status === 200) return { ...spare, ...(login.json as Omit<Session, 'email' | 'password'>) };
    }
    // The last spare changed its password or email, or is locked out: a new one.
    const next = await signUp(t, { email: uniqueEmail('fuzz-spare') });
    spare = { email: next.email, password: next.password };
    addString('email', next.email);
    return next;
  };

  let mailsRead = 0;
  const harvest = (answer?: HttpAnswer) => {
    for (; mailsRead < t.mail.mails.length; mailsRead++) {
      for (const match of t.mail.mails[mailsRead].text.matchAll(TOKEN_IN_LINK)) addString('token', decodeURIComponent(match[1]));
    }
    const cursor = (answer?.json as { nextCursor?: unknown } | undefined)?.nextCursor;
    if (answer && answer.status < 300 && typeof cursor === 'string') addString('cursor', cursor);
  };

  const dictionary: Dictionary = (name: string, schema?: Schema) => {
    const exact = strings.get(name);
    if (exact?.size) return [...exact];
    if (schema?.format !== 'uuid' && !/Ids?$/.test(name)) return [];
    const key = name.replace(/Ids?$/, '').toLowerCase();
    const kind = [...ids.keys()].find((k) => key && key.endsWith(k.toLowerCase()));
    // An id field no pool names (a route added later): any real id may be the one it wants.
    return kind ? [...ids.get(kind)!] : [...ids.values()].flatMap((set) => [...set]);
  };

  return { t, baseUrl, owner, tenantId, ids, strings, dictionary, fresh, spareSession, harvest, asOwner, close: () => t.close() };
}
