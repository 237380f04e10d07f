import { NotificationsJob } from '@tenant-iam/notifications';
import { InvitationJob } from '@tenant-iam/tenancy';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunRedis, startRedis } from '../../bench/lib/redis';
import { Cluster, startCluster } from '../support/cluster';
import { createTestDatabase } from '../support/database';
import { LINK, organisation, postInvitation, postMember, RACE_PASSWORD, raceEmail } from '../support/races/setup';
import { RACE_ENV, RACE_PLANS, RACE_SCENARIOS, RaceClient, RaceTarget, runRounds } from '../support/races/scenarios';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { eventually, Outcome, outcomeOf, readTickJobs, SlowSmtp, Sql, sqlOn, startSlowSmtp } from './support';

/** The sweeps' period while they are on (EXPIRY_SWEEP_INTERVAL): short, so ticks pass in seconds. */
const SWEEP_MS = 2000;

/** A figure of the run, printed for the report: what was measured, not only whether it passed. */
const report = (line: string) => process.stdout.write(`[scale] ${line}\n`);

// One deployment for the whole file: 3 API processes (ROLE=api) and 2 workers (ROLE=worker),
// separate `node` processes started from main.ts as production starts them, on one database of
// the run's PostgreSQL, one Redis (BullMQ, login counters, throttler) and the SMTP sink, all on
// loopback. The test is the load balancer (requests round-robin, each from a client address of
// its own). The processes run on the system clock: time is moved in SQL, never with a clock.
describe('scale-out: 3 API processes and 2 workers on one PostgreSQL and one Redis', () => {
  let redis: RunRedis;
  let database: { url: string; drop(): Promise<void> };
  let sink: SmtpSink;
  let smtp: SlowSmtp;
  let cluster: Cluster;
  let db: { sql: Sql; end(): Promise<void> };
  let target: RaceTarget;
  let api: RaceClient;
  let plansDir: string;
  let started: number;

  beforeAll(async () => {
    const t0 = Date.now();
    redis = await startRedis(process.env.TEST_REDIS_URL, 'TEST_REDIS_URL');
    database = await createTestDatabase('scale');
    sink = await startSmtpSink();
    smtp = await startSlowSmtp(sink.port);
    plansDir = mkdtempSync(join(tmpdir(), 'tenant-iam-scale-plans-'));
    writeFileSync(join(plansDir, 'plans.json'), JSON.stringify(RACE_PLANS));
    cluster = await startCluster({
      databaseUrl: database.url,
      redisUrl: redis.url,
      smtpUrl: smtp.url,
      apis: 3,
      workers: 2,
      // Each process's output: kept in this folder when set, else in a temp folder removed at the end.
      logDir: process.env.TEST_SCALE_LOG_DIR || undefined,
      // The race settings, but with the sweeps on until the sweep check is done.
      env: { ...RACE_ENV, PLANS_FILE: join(plansDir, 'plans.json'), EXPIRY_SWEEP_INTERVAL: `${SWEEP_MS / 1000}s` },
    });
    started = Date.now();
    report(
      `${cluster.processes.length} processes ready in ${((started - t0) / 1000).toFixed(1)} s (Redis ${redis.started ? 'started by the run' : 'from TEST_REDIS_URL'})`,
    );
    db = sqlOn(database.url);
    // The races run after the workers are restarted with the sweeps off (see below).
    target = { urls: cluster.urls, sql: db.sql, mails: () => sink.mails, sweepsRunning: false };
    api = new RaceClient(cluster.urls);
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await db?.end();
    await smtp?.close();
    await sink?.close();
    await database?.drop();
    await redis?.stop();
    if (plansDir) rmSync(plansDir, { recursive: true, force: true });
  }, 60_000);

  it('serves from every API process, each ready with the BullMQ queue', async () => {
    for (const url of cluster.urls) {
      const res = await fetch(`${url}/health/ready`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('"driver":"bullmq"');
    }
  });

  it('runs every scheduled tick once across the two workers, though both enqueue it', async () => {
    // Work for the invitation sweep: two invitations made due in SQL (a week passing).
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const ids: string[] = [];
    for (const label of ['due-one', 'due-two']) ids.push((await postInvitation(api, org, raceEmail(label)).expect(201)).body.id);
    await db.sql(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ANY($1)`, [ids]);
    await eventually(
      () => db.sql(`SELECT id FROM invitations WHERE id = ANY($1) AND status = 'expired'`, [ids]),
      (rows) => rows.length === 2,
      4 * SWEEP_MS + 5000,
      'both due invitations expired by a sweep',
    );
    // A few periods, so that several whole ticks lie after the start of both workers.
    const from = Math.max(started, Date.now() - 4 * SWEEP_MS);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, from + 4 * SWEEP_MS - Date.now())));
    const until = Date.now() - SWEEP_MS;

    const jobs = await readTickJobs(redis.url, cluster.queuePrefix);
    const queues = [...new Set(jobs.map((j) => j.queue))];
    expect(queues).toEqual(expect.arrayContaining([NotificationsJob.Relay, NotificationsJob.SweepOutbox, InvitationJob.ExpireInvitations]));
    // The relay's poll (every second, wall time) included: every finished tick ran once, and well.
    for (const job of jobs.filter((j) => j.finished)) {
      expect({ queue: job.queue, tick: job.tick, started: job.started, attempts: job.attempts, failed: job.failedReason }).toEqual({
        queue: job.queue,
        tick: job.tick,
        started: 1,
        attempts: 1,
        failed: undefined,
      });
    }
    // A sweep ticks every 2 s and each worker looks every second: both enqueue every tick of the
    // window; one enqueue makes the job, the other is refused as a duplicate of its id.
    const sweeps = queues.filter((q) => q !== NotificationsJob.Relay);
    let ticks = 0;
    for (const queue of sweeps) {
      for (let tick = Math.ceil(from / SWEEP_MS); tick * SWEEP_MS < until; tick++) {
        const job = jobs.find((j) => j.queue === queue && j.tick === tick);
        expect({ queue, tick, ran: job?.started, finished: job?.finished, refused: (job?.refusedEnqueues ?? 0) >= 1 }).toEqual({
          queue,
          tick,
          ran: 1,
          finished: true,
          refused: true,
        });
        ticks += 1;
      }
    }
    expect(ticks).toBeGreaterThanOrEqual(sweeps.length * 2);
    // What the sweep did, it did once: one `invitation.expired` entry per invitation.
    const [expired] = await db.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.expired'`,
      [org.tenantId],
    );
    expect(expired.n).toBe(2);
    report(
      `sweeps: ${sweeps.length} scheduled jobs (${sweeps.join(', ')}), ${ticks} ticks checked: each ran once, each refused the other worker's enqueue`,
    );
  });

  it('loses no mail when a worker is killed in the middle of a relay run; the other delivers what it held', async () => {
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const count = 150;
    const emails = Array.from({ length: count }, (_, i) => raceEmail(`mail${i}`));
    const wanted = new Set(emails);
    const invitationMails = () => sink.mails.filter((m) => wanted.has(m.to[0]) && m.text.includes(`/${LINK.invitation}?token=`));
    const received = () => new Set(invitationMails().map((m) => m.to[0])).size;
    const rows = () =>
      db.sql<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM outbox WHERE recipient = ANY($1) GROUP BY status ORDER BY status`,
        [emails],
      );

    // worker-1 is frozen, so worker-0 takes every mail of the burst; SMTP round trips are slowed
    // so that its run lasts seconds.
    cluster.pause('worker-1');
    smtp.delayMs = 40;
    let atKill = -1;
    // The invitations are written while the first mails go out; the kill comes once a fifth arrived.
    const writing = (async () => {
      for (let i = 0; i < count; i += 25)
        await Promise.all(emails.slice(i, i + 25).map((email) => postInvitation(api, org, email).expect(201)));
    })();
    try {
      await Promise.race([
        eventually(received, (n) => n >= count / 5, 30_000, 'a fifth of the mails received'),
        writing.then(() => new Promise(() => undefined)),
      ]);
      await cluster.kill('worker-0');
      atKill = received();
    } finally {
      smtp.delayMs = 0;
      cluster.resume('worker-1');
      await writing;
    }
    expect(atKill).toBeLessThan(count);

    // worker-1 delivers what was never claimed. What worker-0 had claimed stays `sending` for as
    // long as its lease runs (5 minutes): wait until nothing moves any more.
    let last = '';
    let since = Date.now();
    const settled = await eventually(
      async () => {
        const now = JSON.stringify({ rows: await rows(), received: received() });
        if (now !== last) [last, since] = [now, Date.now()];
        return { state: JSON.parse(now) as { rows: Array<{ status: string; n: number }>; received: number }, quiet: Date.now() - since };
      },
      ({ state, quiet }) => quiet >= 1500 && !state.rows.some((row) => row.status === 'pending'),
      30_000,
      'every unclaimed mail delivered by the surviving worker',
    );
    const held = await db.sql<{ recipient: string }>(`SELECT recipient FROM outbox WHERE recipient = ANY($1) AND status = 'sending'`, [
      emails,
    ]);
    expect(held.length).toBeGreaterThan(0);
    // The leases' 5 minutes pass, in SQL; the next poll of worker-1 claims the mails again.
    await db.sql(`UPDATE outbox SET locked_until = now() - interval '1 second' WHERE recipient = ANY($1) AND status = 'sending'`, [emails]);
    await eventually(rows, (r) => r.length === 1 && r[0].status === 'sent', 30_000, 'every mail marked sent');
    await eventually(received, (n) => n === count, 10_000, 'every recipient has its mail');

    // Delivery is at least once: a mail the SMTP server accepted from worker-0 that it died
    // before marking sent goes out again. Only mails it held can come twice.
    const perRecipient = new Map<string, number>();
    for (const mail of invitationMails()) perRecipient.set(mail.to[0], (perRecipient.get(mail.to[0]) ?? 0) + 1);
    const heldBy = new Set(held.map((h) => h.recipient));
    expect([...perRecipient].filter(([email, n]) => n > 1 && !heldBy.has(email))).toEqual([]);
    const duplicates = [...perRecipient.values()].reduce((s, n) => s + n - 1, 0);
    report(
      `worker kill: ${count} mails, ${atKill} received when worker-0 was killed, ${held.length} held by it (then ${JSON.stringify(settled.state)}); ` +
        `0 lost, ${duplicates} duplicate(s)`,
    );
    // worker-0 comes back with the races' settings (below).
  });

  it('loses no committed action when an API process is killed mid-request, and leaves nothing half-done', async () => {
    const org = await organisation(target, api, { plan: 'race-roomy' });
    const count = 60;
    const victim = 1;
    const pinned = cluster.urls.map((url) => new RaceClient([url]));
    const emails = Array.from({ length: count }, (_, i) => raceEmail(`added${i}`));
    const answeredBy = [0, 0, 0];
    let killing: Promise<void> | undefined;
    // Each add hashes its password under the tenant lock: the adds queue, and many are in flight
    // when the victim dies right after its third answer.
    const answers: Outcome[] = await Promise.all(
      emails.map(async (email, i) => {
        const res = await outcomeOf(
          postMember(pinned[i % 3], org, {
            email,
            firstName: 'Ola',
            lastName: 'Kowalska',
            password: { mode: 'set', value: RACE_PASSWORD },
          }),
        );
        if (res.status && ++answeredBy[i % 3] === 3 && i % 3 === victim) killing = cluster.kill(`api-${victim}`);
        return res;
      }),
    );
    await killing;
    const fromVictim = answers.filter((_, i) => i % 3 === victim);
    const unanswered = fromVictim.filter((a) => a.status === 0);
    // The other processes' requests did not notice.
    expect(answers.filter((_, i) => i % 3 !== victim).map((a) => a.status)).toEqual(Array(count - fromVictim.length).fill(201));
    expect(fromVictim.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(3);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(fromVictim.filter((a) => a.status !== 201 && a.status !== 0)).toEqual([]);

    // The account, the membership and its `member.added` entry commit together or not at all.
    const state = await db.sql<{ email: string; user_id: string | null; membership_id: string | null; entries: number }>(
      `SELECT e.email, u.id AS user_id, m.id AS membership_id,
              (SELECT count(*) FROM activity_log a WHERE a.tenant_id = $2 AND a.action = 'member.added' AND a.target_user_id = u.id)::int AS entries
         FROM unnest($1::text[]) AS e(email)
         LEFT JOIN users u ON u.email = e.email
         LEFT JOIN memberships m ON m.tenant_id = $2 AND m.user_id = u.id`,
      [emails, org.tenantId],
    );
    const byEmail = new Map(state.map((s) => [s.email, s]));
    answers.forEach((res, i) => {
      if (res.status !== 201) return;
      const row = byEmail.get(emails[i])!;
      expect({ membership: row.membership_id, entries: row.entries }).toEqual({ membership: res.body.id, entries: 1 });
    });
    const whole = (s: (typeof state)[number]) =>
      (s.user_id && s.membership_id && s.entries === 1) || (!s.user_id && !s.membership_id && s.entries === 0);
    expect(state.filter((s) => !whole(s))).toEqual([]);
    const committed = answers.filter((a, i) => a.status === 0 && byEmail.get(emails[i])!.membership_id).length;
    report(
      `API kill: ${count} adds, ${fromVictim.length} sent to api-${victim}: ${fromVictim.length - unanswered.length} answered 201, ` +
        `${unanswered.length} unanswered (${committed} of them had committed, the others left nothing)`,
    );
    await cluster.restart(`api-${victim}`);
    expect((await fetch(`${cluster.urls[victim]}/health/ready`)).status).toBe(200);
  });

  describe('the race scenarios, spread over the three API processes', () => {
    // As the races expect it: no sweep runs (expiry must hold at use time on its own).
    beforeAll(async () => {
      await Promise.all(
        ['worker-0', 'worker-1'].map(async (worker) => {
          await cluster.kill(worker, 'SIGTERM');
          await cluster.restart(worker, { EXPIRY_SWEEP_INTERVAL: 'off' });
        }),
      );
    }, 90_000);

    for (const scenario of RACE_SCENARIOS) it(scenario.title, () => runRounds(scenario, target), 180_000);
  });
});
