// Fixtures of the race scenarios, over HTTP and SQL only (see target.ts): accounts, organisations,
// links from mails, and the tallies the assertions compare.
import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { extractToken } from '../smtp-sink';
import { RACE_PLANS, RaceClient, RaceMail, RaceTarget } from './target';

/** The paths of the links in the product's mails (`<APP_URL>/<path>?token=`). */
export const LINK = {
  verifyEmail: 'verify-email',
  resetPassword: 'reset-password',
  setPassword: 'set-password',
  invitation: 'invitations/accept',
} as const;

/** A password the default policy accepts. */
export const RACE_PASSWORD = 'amber-Quarry-whistle-58';

let counter = 0;

/** A fresh address: unique within the run and across processes sharing one database. */
export function raceEmail(label: string): string {
  counter += 1;
  return `race-${label}-${counter}-${randomBytes(4).toString('hex')}@example.test`;
}

/** `n` calls of `make`, started at once. */
export function parallel<T>(n: number, make: (i: number) => PromiseLike<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => make(i)));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What an answer says, for tallies: `200`, `201`, or `<status> <code>` of a problem. */
export function outcome(res: Response): string {
  return res.status < 400 ? String(res.status) : `${res.status} ${res.body?.code ?? res.text.slice(0, 80)}`;
}

/** How many answers said what (see {@link outcome}): the one assertion that shows a whole burst. */
export function tally(responses: readonly Response[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const res of responses) counts[outcome(res)] = (counts[outcome(res)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A fixture step that must pass: returns the answer, or throws with the request and the answer
 * (a broken setup is not the race under test).
 */
export function expectStatus(res: Response, status: number): Response {
  if (res.status !== status) {
    const req = (res as unknown as { req?: { method?: string; path?: string } }).req;
    throw new Error(`${req?.method} ${req?.path}: expected ${status}, got ${res.status} ${res.text.slice(0, 500)}`);
  }
  return res;
}

/** `SELECT count(*)::int AS n ...` on the target: the number. */
export async function count(target: RaceTarget, text: string, params: unknown[] = []): Promise<number> {
  const rows = await target.sql<{ n: number }>(text, params);
  return rows[0].n;
}

/** Waits until at least `n` delivered mails match, and returns them. */
export async function waitForMails(target: RaceTarget, match: (mail: RaceMail) => boolean, n = 1, timeoutMs = 15_000): Promise<RaceMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await target.mails()).filter(match);
    if (found.length >= n) return found;
    if (Date.now() > deadline) throw new Error(`waitForMails: ${found.length} of ${n} mails within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** The token of the link to `path` in the (first) mail to `to` that has one. */
export async function linkToken(target: RaceTarget, to: string, path: string): Promise<string> {
  const address = to.toLowerCase();
  const [mail] = await waitForMails(target, (m) => m.to.includes(address) && m.text.includes(`/${path}?token=`));
  return extractToken(mail.text, path);
}

/** A signed-in account. */
export interface RaceUser {
  email: string;
  password: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

/** Logs in (200 expected) and returns the session with the account's id. */
export async function login(target: RaceTarget, api: RaceClient, email: string, password: string): Promise<RaceUser> {
  const res = expectStatus(await api.post('/auth/login', { email, password }), 200);
  const [row] = await target.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [email.toLowerCase()]);
  return { email, password, userId: row.id, ...(res.body as { accessToken: string; refreshToken: string; sessionId: string }) };
}

/** Registers, verifies through the mailed link, and logs in. */
export async function signUp(target: RaceTarget, api: RaceClient, label = 'user'): Promise<RaceUser> {
  const email = raceEmail(label);
  expectStatus(await api.post('/auth/register', { email, password: RACE_PASSWORD, firstName: 'Rena', lastName: 'Race' }), 202);
  const token = await linkToken(target, email, LINK.verifyEmail);
  expectStatus(await api.post('/auth/verify-email', { token }), 200);
  return login(target, api, email, RACE_PASSWORD);
}

/** An organisation of a freshly signed-up owner. */
export interface RaceOrganisation {
  owner: RaceUser;
  tenantId: string;
  name: string;
}

/**
 * Creates an organisation over HTTP and puts it on `plan` (in SQL: no operator account needed);
 * `settings` are then PATCHed as the owner.
 */
export async function organisation(
  target: RaceTarget,
  api: RaceClient,
  options: { plan: keyof typeof RACE_PLANS.plans; billingEmail?: string; settings?: Record<string, unknown> },
): Promise<RaceOrganisation> {
  const owner = await signUp(target, api, 'owner');
  const name = `Race ${randomBytes(3).toString('hex')}`;
  const body = options.billingEmail ? { name, billingEmail: options.billingEmail } : { name };
  const tenantId = expectStatus(await api.post('/tenants', body, owner.accessToken), 201).body.id as string;
  await target.sql('UPDATE tenants SET plan = $2 WHERE id = $1', [tenantId, options.plan]);
  if (options.settings) expectStatus(await api.patch(`/tenants/${tenantId}`, { settings: options.settings }, owner.accessToken), 200);
  return { owner, tenantId, name };
}

/** `POST /tenants/:id/members` as the owner (role `member` unless the body says otherwise). */
export function postMember(api: RaceClient, org: RaceOrganisation, body: Record<string, unknown>) {
  return api.post(`/tenants/${org.tenantId}/members`, { role: 'member', ...body }, org.owner.accessToken);
}

/** `POST /tenants/:id/invitations` as the owner, role `member`. */
export function postInvitation(api: RaceClient, org: RaceOrganisation, email: string) {
  return api.post(`/tenants/${org.tenantId}/invitations`, { email, role: 'member' }, org.owner.accessToken);
}

/** Invites `email` (201 expected); returns the invitation's id and the token of its mailed link. */
export async function invite(target: RaceTarget, api: RaceClient, org: RaceOrganisation, email: string) {
  const id = expectStatus(await postInvitation(api, org, email), 201).body.id as string;
  return { id, token: await linkToken(target, email, LINK.invitation) };
}

/** A member with a password set by the owner (vouched: can log in at once), signed in. */
export async function memberWithPassword(target: RaceTarget, api: RaceClient, org: RaceOrganisation): Promise<RaceUser> {
  const email = raceEmail('member');
  expectStatus(await postMember(api, org, { email, password: { mode: 'set', value: RACE_PASSWORD } }), 201);
  return login(target, api, email, RACE_PASSWORD);
}

/** Memberships of the organisation (the owner's included). */
export function memberCount(target: RaceTarget, tenantId: string): Promise<number> {
  return count(target, 'SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1', [tenantId]);
}

/** Accounts with the address `email` (0 or 1). */
export function accounts(target: RaceTarget, email: string): Promise<number> {
  return count(target, 'SELECT count(*)::int AS n FROM users WHERE email = $1', [email.toLowerCase()]);
}

/** Seats the organisation holds now: memberships and pending invitations not past their expiry. */
export function heldSeats(target: RaceTarget, tenantId: string): Promise<number> {
  return count(
    target,
    `SELECT ((SELECT count(*) FROM memberships WHERE tenant_id = $1)
           + (SELECT count(*) FROM invitations WHERE tenant_id = $1 AND status = 'pending' AND expires_at > now()))::int AS n`,
    [tenantId],
  );
}

/**
 * Polls `read` until the returned function is called; that function resolves with the highest
 * value seen (a count must never pass its limit, not even for a moment).
 */
export function watchHighest(read: () => Promise<number>): () => Promise<number> {
  let watching = true;
  let highest = 0;
  const loop = (async () => {
    while (watching) {
      highest = Math.max(highest, await read());
      await sleep(5);
    }
  })();
  return async () => {
    watching = false;
    await loop;
    return highest;
  };
}
