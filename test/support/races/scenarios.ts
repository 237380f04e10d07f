/**
 * Every "exactly" of the product, re-proven under real parallel HTTP on PostgreSQL, as scenarios
 * that run on any deployment reachable by URL:
 *
 * ```ts
 * interface RaceTarget {                                   // ./target.ts
 *   urls: readonly string[];                               // API processes, requests round-robin
 *   sql<T>(text: string, params?: unknown[]): Promise<T[]>; // the deployment's database
 *   mails(): readonly RaceMail[] | Promise<readonly RaceMail[]>; // { to[], subject, text }, any process
 *   sweepsRunning?: boolean;                               // true: scheduled sweeps may run meanwhile
 * }
 * interface RaceScenario { id: string; title: string; round(target: RaceTarget, round: number): Promise<void> }
 * const RACE_SCENARIOS: readonly RaceScenario[];
 * const RACE_ROUNDS = 3;
 * function runRounds(scenario: RaceScenario, target: RaceTarget, rounds?: number): Promise<void>;
 * ```
 *
 * The deployment runs with `RACE_PLANS` (plans file) and `RACE_ENV` (no sweep, loopback a trusted
 * proxy), both from ./target.ts. Each
 * round builds its own organisations and accounts over HTTP, fires one burst of 20 to 50 requests,
 * and checks the answers and the database. Time is moved in SQL only (an invitation's `expires_at`
 * put in the past), so no scenario needs an in-process clock or hook. Assertions use Jest's
 * `expect`: run them inside a Jest test, e.g.
 *
 * ```ts
 * for (const scenario of RACE_SCENARIOS) it(scenario.title, () => runRounds(scenario, target), 180_000);
 * ```
 */
import type { Response } from 'supertest';
import { CYCLIC_GROUPS_SQL } from '../factories/groups';
import { expectProblem, fieldErrors } from '../problem';
import {
  accounts,
  count,
  expectStatus,
  heldSeats,
  invite,
  LINK,
  linkToken,
  login,
  memberCount,
  memberWithPassword,
  organisation,
  parallel,
  postInvitation,
  postMember,
  RACE_PASSWORD,
  raceEmail,
  signUp,
  sleep,
  tally,
  waitForMails,
  watchHighest,
} from './setup';
import { RACE_QUOTA, RACE_SMALL_SEATS, RaceClient, RaceTarget } from './target';

export * from './target';

/** One promise of the product, proven one round at a time on fresh objects. */
export interface RaceScenario {
  /** Stable name, for filters and reports. */
  id: string;
  /** What it proves, as a test title. */
  title: string;
  /** One round: its own organisations and accounts, one burst, the checks. Throws on a broken promise. */
  round(target: RaceTarget, round: number): Promise<void>;
}

/** Rounds per scenario: a race won the right way once may be luck; three times on fresh objects is not. */
export const RACE_ROUNDS = 3;

/** Runs `rounds` rounds of `scenario` one after another; a failure names the scenario and round. */
export async function runRounds(scenario: RaceScenario, target: RaceTarget, rounds = RACE_ROUNDS): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    try {
      await scenario.round(target, round);
    } catch (error) {
      if (error instanceof Error) error.message = `[${scenario.id}, round ${round} of ${rounds}] ${error.message}`;
      throw error;
    }
  }
}

const TOKEN_RACERS = 20;

/** 1. Each kind of link, used by 20 requests at once, works once, and sets one password. */
const linkTokenOnce: RaceScenario = {
  id: 'link-token-once',
  title: `a verification, a reset and a set-up link, each used by ${TOKEN_RACERS} requests at once: each works exactly once`,
  async round(target, round) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const unverified = raceEmail('verify');
    expectStatus(await api.post('/auth/register', { email: unverified, password: RACE_PASSWORD }), 202);
    const resetting = await signUp(target, api, 'reset');
    expectStatus(await api.post('/auth/password/forgot', { email: resetting.email }), 202);
    // An account an admin created gets a set-password link (the default of POST /members).
    const settingUp = raceEmail('setup');
    expectStatus(await postMember(api, org, { email: settingUp }), 201);
    const [verifyToken, resetToken, setupToken] = await Promise.all([
      linkToken(target, unverified, LINK.verifyEmail),
      linkToken(target, resetting.email, LINK.resetPassword),
      linkToken(target, settingUp, LINK.setPassword),
    ]);

    const passwords = (kind: string) => Array.from({ length: TOKEN_RACERS }, (_, i) => `${kind}-Quarry-${i}-whistle-${round}`);
    const resetPasswords = passwords('Reset');
    const setupPasswords = passwords('Setup');
    const [verified, reset, setup] = await Promise.all([
      parallel(TOKEN_RACERS, () => api.post('/auth/verify-email', { token: verifyToken })),
      Promise.all(resetPasswords.map((password) => api.post('/auth/password/reset', { token: resetToken, password }))),
      Promise.all(setupPasswords.map((password) => api.post('/auth/password/reset', { token: setupToken, password }))),
    ]);

    for (const answers of [verified, reset, setup]) {
      expect(tally(answers)).toEqual({ '200': 1, '410 TOKEN_USED': TOKEN_RACERS - 1 });
      for (const res of answers.filter((r) => r.status !== 200)) expectProblem(res, 410, 'TOKEN_USED');
    }
    const used = (email: string, purpose: string) =>
      count(
        target,
        `SELECT count(*)::int AS n FROM action_tokens t JOIN users u ON u.id = t.user_id
         WHERE u.email = $1 AND t.purpose = $2 AND t.used_at IS NOT NULL`,
        [email, purpose],
      );
    expect(await used(unverified, 'verify-email')).toBe(1);
    expect(await used(resetting.email, 'password-reset')).toBe(1);
    expect(await used(settingUp, 'password-setup')).toBe(1);
    expect(
      await count(target, 'SELECT count(*)::int AS n FROM users WHERE email = $1 AND email_verified_at IS NOT NULL', [unverified]),
    ).toBe(1);
    // The password of the one 200 is the account's; the others' were never stored.
    for (const [email, answers, chosen] of [
      [resetting.email, reset, resetPasswords],
      [settingUp, setup, setupPasswords],
    ] as const) {
      const winner = answers.findIndex((r) => r.status === 200);
      await login(target, api, email, chosen[winner]);
      expectProblem(await api.post('/auth/login', { email, password: chosen[(winner + 1) % TOKEN_RACERS] }), 401, 'INVALID_CREDENTIALS');
    }
  },
};

const INVITATION_RACERS = 20;

/** 2. One invitation link accepted by 20 requests at once, another registered through by 20: one membership each. */
const invitationOnce: RaceScenario = {
  id: 'invitation-once',
  title: `an invitation accepted by ${INVITATION_RACERS} requests and another registered through by ${INVITATION_RACERS}, all at once: one membership each`,
  async round(target) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const invitee = await signUp(target, api, 'invitee');
    const newcomer = raceEmail('newcomer');
    const [forInvitee, forNewcomer] = [await invite(target, api, org, invitee.email), await invite(target, api, org, newcomer)];

    const [accepts, registrations] = await Promise.all([
      parallel(INVITATION_RACERS, () => api.post('/invitations/accept', { token: forInvitee.token }, invitee.accessToken)),
      parallel(INVITATION_RACERS, () =>
        api.post('/invitations/register', { token: forNewcomer.token, password: RACE_PASSWORD, firstName: 'Ira', lastName: 'Bond' }),
      ),
    ]);

    for (const answers of [accepts, registrations]) {
      expect(tally(answers)).toEqual({ '201': 1, '410 INVITATION_USED': INVITATION_RACERS - 1 });
      for (const res of answers.filter((r) => r.status !== 201)) expectProblem(res, 410, 'INVITATION_USED');
    }
    const memberships = (email: string) =>
      count(
        target,
        `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.tenant_id = $1 AND u.email = $2`,
        [org.tenantId, email],
      );
    expect(await memberships(invitee.email)).toBe(1);
    expect(await memberships(newcomer)).toBe(1);
    expect(await accounts(target, newcomer)).toBe(1);
    expect(await memberCount(target, org.tenantId)).toBe(3);
    expect(
      await count(target, `SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.accepted'`, [
        org.tenantId,
      ]),
    ).toBe(2);
    // The registration's password is the one stored.
    await login(target, api, newcomer, RACE_PASSWORD);
  },
};

const SEAT_RACERS = 24;

/** 3. Adds and invites mixed, 24 at once, on a plan with 3 free seats: exactly 3 get one, never a 5th seat. */
const seatsNeverOver: RaceScenario = {
  id: 'seats-never-over',
  title: `${SEAT_RACERS / 2} member adds and ${SEAT_RACERS / 2} invitations at once with ${RACE_SMALL_SEATS - 1} free seats: exactly ${RACE_SMALL_SEATS - 1} pass, the count never passes ${RACE_SMALL_SEATS}`,
  async round(target) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-small' });
    const emails = Array.from({ length: SEAT_RACERS }, (_, i) => raceEmail(`seat${i}`));
    // Watch the count while the burst runs: it must never pass the plan, not even for a moment.
    const stop = watchHighest(() => heldSeats(target, org.tenantId));
    let answers: Response[];
    let highest: number;
    try {
      answers = await Promise.all(emails.map((email, i) => (i % 2 ? postInvitation(api, org, email) : postMember(api, org, { email }))));
    } finally {
      highest = await stop();
    }
    const free = RACE_SMALL_SEATS - 1;
    expect(tally(answers)).toEqual({ '201': free, '409 SEAT_LIMIT_REACHED': SEAT_RACERS - free });
    for (const res of answers.filter((r) => r.status !== 201)) expectProblem(res, 409, 'SEAT_LIMIT_REACHED');
    expect(await heldSeats(target, org.tenantId)).toBe(RACE_SMALL_SEATS);
    expect(highest).toBeLessThanOrEqual(RACE_SMALL_SEATS);
    // A refused add left no account behind, a refused invitation no row.
    const refused = emails.filter((_, i) => answers[i].status !== 201);
    expect(await count(target, 'SELECT count(*)::int AS n FROM users WHERE email = ANY($1)', [refused])).toBe(0);
    expect(await count(target, 'SELECT count(*)::int AS n FROM invitations WHERE email = ANY($1)', [refused])).toBe(0);
  },
};

const QUOTA_RACERS = 50;

/** The metered example route (`search`, one unit per call), as a session or the API key. */
const search = (api: RaceClient, tenantId: string, auth: string | { apiKey: string }) =>
  api.get(`/tenants/${tenantId}/search?q=kowalski`, auth);

async function meteredOrganisation(target: RaceTarget, api: RaceClient, billingEmail?: string) {
  const org = await organisation(target, api, { plan: 'race-metered', billingEmail });
  const apiKey = expectStatus(await api.get(`/tenants/${org.tenantId}/api-key`, org.owner.accessToken), 200).body.key as string;
  return { ...org, apiKey: { apiKey } };
}

/** 4. 50 metered calls at once (owner, a member and the API key) on a limit of 20: exactly 20 pass. */
const quotaExactly: RaceScenario = {
  id: 'quota-exactly',
  title: `${QUOTA_RACERS} metered calls at once (owner, member, API key) on a limit of ${RACE_QUOTA}: exactly ${RACE_QUOTA} pass, the rest 429`,
  async round(target) {
    const api = new RaceClient(target.urls);
    const org = await meteredOrganisation(target, api);
    const member = await memberWithPassword(target, api, org);
    const callers = [org.apiKey, member.accessToken, org.owner.accessToken];
    const answers = await parallel(QUOTA_RACERS, (i) => search(api, org.tenantId, callers[i % callers.length]));

    expect(tally(answers)).toEqual({ '200': RACE_QUOTA, '429 QUOTA_EXCEEDED': QUOTA_RACERS - RACE_QUOTA });
    for (const res of answers.filter((r) => r.status !== 200)) {
      expectProblem(res, 429, 'QUOTA_EXCEEDED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(await count(target, `SELECT sum(used)::int AS n FROM usage_counters WHERE tenant_id = $1`, [org.tenantId])).toBe(RACE_QUOTA);
    const usage = expectStatus(await api.get(`/tenants/${org.tenantId}/usage`, org.owner.accessToken), 200).body.items;
    expect(usage.find((item: { metric: string }) => item.metric === 'search')).toMatchObject({ limit: RACE_QUOTA, used: RACE_QUOTA });
  },
};

const NOTICE_RACERS = 30;
/** Calls made one by one before the burst, by round: both marks crossed in the burst, both at its edges, 80 % before it. */
const NOTICE_HEAD_START = [0, 15, 16];

/** 6. The 80 % and 100 % notices: one mail each to the owner and to the billing address, whoever crosses the marks. */
const quotaNoticesOnce: RaceScenario = {
  id: 'quota-notices-once',
  title: `the 80 % and 100 % quota mails go out exactly once each (owner and billing address) when ${NOTICE_RACERS} calls race past the marks`,
  async round(target, round) {
    const api = new RaceClient(target.urls);
    const billing = raceEmail('billing');
    const org = await meteredOrganisation(target, api, billing);
    const owner = org.owner.email.toLowerCase();
    const headStart = NOTICE_HEAD_START[(round - 1) % NOTICE_HEAD_START.length];
    for (let i = 0; i < headStart; i++) expectStatus(await search(api, org.tenantId, org.apiKey), 200);

    const answers = await parallel(NOTICE_RACERS, () => search(api, org.tenantId, org.apiKey));
    expect(tally(answers)).toEqual({ '200': RACE_QUOTA - headStart, '429 QUOTA_EXCEEDED': NOTICE_RACERS - RACE_QUOTA + headStart });
    // Refused calls past the limit claim nothing more.
    await parallel(5, () => search(api, org.tenantId, org.apiKey));

    const notices = () =>
      target.sql<{ template: string; recipient: string; status: string }>(
        `SELECT template, recipient, status FROM outbox WHERE template LIKE 'tenancy.quota-%' AND recipient = ANY($1)
         ORDER BY template, recipient`,
        [[owner, billing]],
      );
    const expected = [
      { template: 'tenancy.quota-100', recipient: owner },
      { template: 'tenancy.quota-100', recipient: billing },
      { template: 'tenancy.quota-80', recipient: owner },
      { template: 'tenancy.quota-80', recipient: billing },
    ].sort((a, b) => a.template.localeCompare(b.template) || a.recipient.localeCompare(b.recipient));
    expect((await notices()).map(({ template, recipient }) => ({ template, recipient }))).toEqual(expected);

    // Delivered, by whichever process relays them, once each: wait for the four, let the relays
    // settle, and count again.
    // The owner's language (en) for both recipients.
    const subjects: Record<number, string> = {
      80: `${org.name}: 80% of the monthly "search" limit used`,
      100: `${org.name}: the monthly "search" limit is used up`,
    };
    const quotaMail = (level: number) => (m: { to: readonly string[]; subject: string }) =>
      m.subject === subjects[level] && (m.to.includes(owner) || m.to.includes(billing));
    await waitForMails(target, quotaMail(80), 2);
    await waitForMails(target, quotaMail(100), 2);
    const deadline = Date.now() + 10_000;
    while ((await notices()).some((n) => n.status !== 'sent') && Date.now() < deadline) await sleep(50);
    await sleep(200);
    const mails = await target.mails();
    for (const level of [80, 100]) {
      const to = mails.filter(quotaMail(level)).flatMap((m) => m.to);
      expect([...to].sort()).toEqual([owner, billing].sort());
    }
  },
};

const LOGIN_RACERS = 20;

/** 5. One session at a time: 20 logins of one member at once leave exactly one live session. */
const singleSession: RaceScenario = {
  id: 'single-session',
  title: `${LOGIN_RACERS} logins of one member at once in a one-session organisation: exactly one live session, the others SESSION_REPLACED`,
  async round(target) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-roomy', settings: { singleSession: true } });
    const member = await memberWithPassword(target, api, org);
    const answers = await parallel(LOGIN_RACERS, () => api.post('/auth/login', { email: member.email, password: member.password }));
    expect(tally(answers)).toEqual({ '200': LOGIN_RACERS });

    const live = async () =>
      (await target.sql<{ id: string }>('SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [member.userId])).map(
        (r) => r.id,
      );
    const survivors = await live();
    expect(survivors).toHaveLength(1);
    const winner = answers.find((r) => r.body.sessionId === survivors[0]);
    expect(winner).toBeDefined();
    expectStatus(await api.get('/me', winner!.body.accessToken), 200);
    const losers = answers.filter((r) => r !== winner);
    for (const res of await Promise.all(losers.map((r) => api.get('/me', r.body.accessToken)))) expectProblem(res, 401, 'SESSION_REPLACED');
    const refreshed = await Promise.all(losers.map((r) => api.post('/auth/refresh', { refreshToken: r.body.refreshToken })));
    for (const res of refreshed) expectProblem(res, 401, 'SESSION_REPLACED');
    expect(await live()).toEqual(survivors);
  },
};

const GROUP_PAIRS = 10;

/** 7. "A under B" and "B under A" fired together, for 10 pairs at once: one move of each pair, never a cycle. */
const groupCycleNever: RaceScenario = {
  id: 'group-cycle-never',
  title: `"A under B" and "B under A" for ${GROUP_PAIRS} pairs, ${GROUP_PAIRS * 2} moves at once: one of each pair passes, never a cycle`,
  async round(target) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const groups = `/tenants/${org.tenantId}/groups`;
    const ids = await parallel(
      GROUP_PAIRS * 2,
      async (i) => expectStatus(await api.post(groups, { name: `Race group ${i}` }, org.owner.accessToken), 201).body.id as string,
    );
    const pairs = Array.from({ length: GROUP_PAIRS }, (_, p) => [ids[2 * p], ids[2 * p + 1]] as const);
    const move = (id: string, parentGroupId: string) => api.patch(`${groups}/${id}`, { parentGroupId }, org.owner.accessToken);
    const answers = await Promise.all(pairs.flatMap(([a, b]) => [move(a, b), move(b, a)]));

    const parents = new Map(
      (
        await target.sql<{ id: string; parent: string | null }>('SELECT id, parent_group_id AS parent FROM groups WHERE tenant_id = $1', [
          org.tenantId,
        ])
      ).map((r) => [r.id, r.parent]),
    );
    pairs.forEach(([a, b], p) => {
      const [ab, ba] = [answers[2 * p], answers[2 * p + 1]];
      expect([ab.status, ba.status].sort()).toEqual([200, 422]);
      expect(fieldErrors(expectProblem(ab.status === 422 ? ab : ba, 422, 'VALIDATION_FAILED'))).toEqual(['parentGroupId:GROUP_CYCLE']);
      expect([parents.get(a), parents.get(b)]).toEqual(ab.status === 200 ? [b, null] : [null, a]);
    });
    // No group is its own ancestor.
    expect(await target.sql(CYCLIC_GROUPS_SQL, [org.tenantId])).toEqual([]);
  },
};

const ATTRIBUTE_RACERS = 10;

/** 8. One unique attribute value sought by 10 PATCHes of existing members and 10 adds at once: one holder. */
const uniqueAttributeOnce: RaceScenario = {
  id: 'unique-attribute-once',
  title: `one SIP extension sought by ${ATTRIBUTE_RACERS} member updates and ${ATTRIBUTE_RACERS} member adds at once: exactly one holds it`,
  async round(target, round) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const members = await parallel(
      ATTRIBUTE_RACERS,
      async () => expectStatus(await postMember(api, org, { email: raceEmail('ext') }), 201).body.id as string,
    );
    const value = `7${round}7`;
    const attributes = { sipExtension: value };
    const [updates, adds] = await Promise.all([
      Promise.all(members.map((id) => api.patch(`/tenants/${org.tenantId}/members/${id}`, { attributes }, org.owner.accessToken))),
      parallel(ATTRIBUTE_RACERS, () => postMember(api, org, { email: raceEmail('ext-add'), attributes })),
    ]);

    const all = [...updates, ...adds];
    expect(all.filter((r) => r.status < 300)).toHaveLength(1);
    expect(tally(all.filter((r) => r.status >= 300))).toEqual({ '409 ATTRIBUTE_TAKEN': 2 * ATTRIBUTE_RACERS - 1 });
    for (const res of updates.filter((r) => r.status !== 200)) {
      expect(fieldErrors(expectProblem(res, 409, 'ATTRIBUTE_TAKEN'))).toEqual(['attributes.sipExtension:ATTRIBUTE_TAKEN']);
    }
    for (const res of adds.filter((r) => r.status !== 201)) expectProblem(res, 409, 'ATTRIBUTE_TAKEN');
    expect(
      await count(target, 'SELECT count(*)::int AS n FROM membership_unique_attributes WHERE tenant_id = $1 AND value = $2', [
        org.tenantId,
        value,
      ]),
    ).toBe(1);
    expect(
      await count(target, `SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1 AND attributes ->> 'sipExtension' = $2`, [
        org.tenantId,
        value,
      ]),
    ).toBe(1);
    // A refused add made no member (and took no seat).
    expect(await memberCount(target, org.tenantId)).toBe(1 + ATTRIBUTE_RACERS + adds.filter((r) => r.status === 201).length);
  },
};

const EXPIRY_RACERS = 10;

/**
 * 9. Invitations past their time, the sweep stopped: every accept, registration and preview is
 * refused at use, and their seats are free for the invitations racing them.
 */
const invitationExpiryAtUse: RaceScenario = {
  id: 'invitation-expiry-at-use',
  title: `two invitations past their expiry (no sweep): ${EXPIRY_RACERS} accepts and ${EXPIRY_RACERS} registrations all refused, their 2 seats taken by exactly 2 of ${EXPIRY_RACERS} new invitations`,
  async round(target) {
    const api = new RaceClient(target.urls);
    const org = await organisation(target, api, { plan: 'race-small' });
    const invitee = await signUp(target, api, 'late');
    const newcomer = raceEmail('late-newcomer');
    const forInvitee = await invite(target, api, org, invitee.email);
    const forNewcomer = await invite(target, api, org, newcomer);
    expectStatus(await postInvitation(api, org, raceEmail('holder')), 201);
    expect(await heldSeats(target, org.tenantId)).toBe(RACE_SMALL_SEATS);
    // Time passes in the database only: a day (more than any clock skew between processes) too late.
    await target.sql(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = ANY($1)`, [[forInvitee.id, forNewcomer.id]]);

    const [accepts, registrations, previews, invitations] = await Promise.all([
      parallel(EXPIRY_RACERS, () => api.post('/invitations/accept', { token: forInvitee.token }, invitee.accessToken)),
      parallel(EXPIRY_RACERS, () =>
        api.post('/invitations/register', { token: forNewcomer.token, password: RACE_PASSWORD, firstName: 'Ola', lastName: 'Late' }),
      ),
      parallel(4, (i) => api.get(`/invitations/${encodeURIComponent(i % 2 ? forInvitee.token : forNewcomer.token)}`)),
      parallel(EXPIRY_RACERS, (i) => postInvitation(api, org, raceEmail(`fresh${i}`))),
    ]);

    for (const answers of [accepts, registrations, previews]) {
      expect(tally(answers)).toEqual({ '410 INVITATION_EXPIRED': answers.length });
      for (const res of answers) expectProblem(res, 410, 'INVITATION_EXPIRED');
    }
    expect(tally(invitations)).toEqual({ '201': 2, '409 SEAT_LIMIT_REACHED': EXPIRY_RACERS - 2 });
    expect(await heldSeats(target, org.tenantId)).toBe(RACE_SMALL_SEATS);
    // Nobody joined and no account was made.
    expect(await memberCount(target, org.tenantId)).toBe(1);
    expect(await accounts(target, newcomer)).toBe(0);
    // Nothing but the use-time check refused them: the rows are still `pending` and no
    // `invitation.expired` entry was written (unless the target says its sweeps run).
    if (target.sweepsRunning) return;
    expect(
      await count(target, `SELECT count(*)::int AS n FROM invitations WHERE id = ANY($1) AND status = 'pending'`, [
        [forInvitee.id, forNewcomer.id],
      ]),
    ).toBe(2);
    expect(
      await count(target, `SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.expired'`, [
        org.tenantId,
      ]),
    ).toBe(0);
  },
};

/** Every race scenario, in the order of the promises they hold. */
export const RACE_SCENARIOS: readonly RaceScenario[] = [
  linkTokenOnce,
  invitationOnce,
  seatsNeverOver,
  quotaExactly,
  singleSession,
  quotaNoticesOnce,
  groupCycleNever,
  uniqueAttributeOnce,
  invitationExpiryAtUse,
];
