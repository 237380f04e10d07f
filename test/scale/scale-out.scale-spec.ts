import { NotificationsJob } from '@tenant-iam/notifications';
import { INVITATION_LINK_PATH, InvitationJob } from '@tenant-iam/tenancy';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunRedis, startRedis } from '../../bench/lib/redis';
import { Cluster, startCluster } from '../support/cluster';
import { createTestDatabase } from '../support/database';
import { GOOD_PASSWORD } from '../support/identity';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { invitationAcceptedOnce, quotaExactlyLimit, ScaleTarget } from './scenarios';
import { Answer, ClusterHttp, eventually, newOrganisation, readTickJobs, SlowSmtp, Sql, sqlOn } from './support';

/** The sweeps' period here (EXPIRY_SWEEP_INTERVAL): short, so a few ticks pass in seconds. */
const SWEEP_MS = 2000;
const QUOTA = 20;
const PLANS = { default: 'roomy', plans: { roomy: { seats: 10_000, quotas: { search: QUOTA } } } };

/** A figure of the run, printed for the report (what was measured, not only pass/fail). */
const report = (line: string) => process.stdout.write(`[scale] ${line}\n`);

// One deployment for the whole file: 3 API processes (ROLE=api) and 2 workers (ROLE=worker),
// separate `node` processes started as production starts them, on one database of the run's
// PostgreSQL, one Redis (BullMQ, login counters, throttler) and the SMTP sink, all on loopback.
// The test is the load balancer. Time is moved in SQL, never with a clock: the processes run on
// the system clock as in production.
describe('scale-out: 3 API processes and 2 workers on one PostgreSQL and one Redis', () => {
  let redis: RunRedis;
  let database: { url: string; drop(): Promise<void> };
  let sink: SmtpSink;
  let smtp: SlowSmtp;
  let cluster: Cluster;
  let db: { sql: Sql; end(): Promise<void> };
  let sql: Sql;
  let http: ClusterHttp;
  let plansDir: string;
  let started: number;

  beforeAll(async () => {
    const t0 = Date.now();
    redis = await startRedis(process.env.TEST_REDIS_URL, 'TEST_REDIS_URL');
    database = await createTestDatabase('scale');
    sink = await startSmtpSink();
    smtp = new SlowSmtp(sink.port);
    const smtpUrl = await smtp.start();
    plansDir = mkdtempSync(join(tmpdir(), 'tenant-iam-scale-plans-'));
    writeFileSync(join(plansDir, 'plans.json'), JSON.stringify(PLANS));
    cluster = await startCluster({
      databaseUrl: database.url,
      redisUrl: redis.url,
      smtpUrl,
      apis: 3,
      workers: 2,
      env: { PLANS_FILE: join(plansDir, 'plans.json'), EXPIRY_SWEEP_INTERVAL: `${SWEEP_MS / 1000}s` },
    });
    started = Date.now();
    report(`cluster of ${cluster.processes.length} processes ready in ${((started - t0) / 1000).toFixed(1)} s (redis ${redis.started ? 'started' : 'given'})`);
    db = sqlOn(database.url);
    sql = db.sql;
    http = new ClusterHttp(() => cluster.urls);
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await db?.end();
    await smtp?.stop();
    await sink?.close();
    await database?.drop();
    await redis?.stop();
    if (plansDir) rmSync(plansDir, { recursive: true, force: true });
  }, 60_000);

  const target = (): ScaleTarget => ({ urls: cluster.urls, http, sql, sink });

  it('serves from every API process and reports each ready (database, BullMQ queue)', async () => {
    for (let i = 0; i < cluster.urls.length; i++) {
      const res = await fetch(`${cluster.urls[i]}/health/ready`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('"driver":"bullmq"');
    }
  });

  it('runs every scheduled tick once across the two workers, though both enqueue it', async () => {
    // Work for the invitation sweep: two invitations made due in SQL (a week passing).
    const { owner, tenantId } = await newOrganisation(http, sink, 'Sweep Sp. z o.o.');
    const ids: string[] = [];
    for (const email of ['due.one@scale.test', 'due.two@scale.test']) {
      ids.push((await http.expect(201, 'POST', `/tenants/${tenantId}/invitations`, { token: owner.accessToken, body: { email, role: 'member' } })).id);
    }
    await sql(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ANY($1)`, [ids]);
    await eventually(
      () => sql(`SELECT status FROM invitations WHERE id = ANY($1) AND status = 'expired'`, [ids]),
      (rows) => rows.length === 2,
      4 * SWEEP_MS + 5000,
      'both due invitations expired by a sweep',
    );
    // A few more periods, so several complete ticks lie between the cluster's start and now.
    const from = Math.max(started, Date.now() - 4 * SWEEP_MS);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, from + 4 * SWEEP_MS - Date.now())));
    const until = Date.now() - SWEEP_MS;

    const jobs = await readTickJobs(redis.url, cluster.queuePrefix);
    const queues = [...new Set(jobs.map((j) => j.queue))];
    expect(queues).toEqual(expect.arrayContaining([NotificationsJob.Relay, NotificationsJob.SweepOutbox, InvitationJob.ExpireInvitations]));
    // The relay's poll (every second, wall time) included: every finished tick ran once.
    for (const job of jobs.filter((j) => j.finished)) {
      // Exactly one run of every tick, whichever worker took it, and it succeeded.
      expect({ queue: job.queue, tick: job.tick, started: job.started, attempts: job.attempts, failed: job.failedReason }).toEqual({
        queue: job.queue,
        tick: job.tick,
        started: 1,
        attempts: 1,
        failed: undefined,
      });
    }
    // Each sweep ticks every 2 s and each worker looks every second: both enqueue every tick of
    // the window, one enqueue creates the job and the other is refused as a duplicate.
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
    // The work of the sweep was done once: one `invitation.expired` entry per invitation.
    const [expired] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.expired'`, [
      tenantId,
    ]);
    expect(expired.n).toBe(2);
    report(`sweeps: ${sweeps.length} scheduled jobs (${sweeps.join(', ')}), ${ticks} ticks checked: each ran once, each refused a second enqueue`);
  });

  it('loses no mail when a worker is killed in the middle of a relay run; the other delivers what it held', async () => {
    const { owner, tenantId } = await newOrganisation(http, sink, 'Mail Sp. z o.o.');
    const count = 150;
    const emails = Array.from({ length: count }, (_, i) => `mail.${i}.${Date.now().toString(36)}@scale.test`);
    const invitationMails = () => sink.mails.filter((m) => m.text.includes(`/${INVITATION_LINK_PATH}?token=`) && emails.includes(m.to[0]));
    const received = () => new Set(invitationMails().map((m) => m.to[0])).size;
    const rows = () =>
      sql<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM outbox WHERE recipient = ANY($1) GROUP BY status`, [emails]);

    // worker-1 is frozen, so worker-0 takes every mail of the burst; SMTP round trips are slowed
    // so that its run lasts seconds.
    cluster.pause('worker-1');
    smtp.delayMs = 40;
    let killedAt = -1;
    try {
      for (let i = 0; i < count; i += 25) {
        await Promise.all(
          emails
            .slice(i, i + 25)
            .map((email) => http.expect(201, 'POST', `/tenants/${tenantId}/invitations`, { token: owner.accessToken, body: { email, role: 'member' } })),
        );
      }
      await eventually(received, (n) => n >= count / 5, 30_000, 'a fifth of the mails received');
      await cluster.kill('worker-0');
      killedAt = received();
    } finally {
      smtp.delayMs = 0;
      cluster.resume('worker-1');
    }
    expect(killedAt).toBeLessThan(count);

    // worker-1 delivers what was never claimed; what worker-0 had claimed stays `sending` under
    // its lease (5 minutes) as long as the lease runs: wait until nothing moves any more.
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
    const held = await sql<{ recipient: string }>(`SELECT recipient FROM outbox WHERE recipient = ANY($1) AND status = 'sending'`, [emails]);
    expect(held.length).toBeGreaterThan(0);
    // Five minutes pass for the leases, in SQL; the next poll of worker-1 claims them again.
    await sql(`UPDATE outbox SET locked_until = now() - interval '1 second' WHERE recipient = ANY($1) AND status = 'sending'`, [emails]);
    await eventually(rows, (r) => r.length === 1 && r[0].status === 'sent', 30_000, 'every mail marked sent');
    await eventually(received, (n) => n === count, 10_000, 'every recipient has its mail');

    // Delivery is at least once: a mail the SMTP server had accepted from worker-0 but that it
    // died before marking sent goes out again. Only mails it held can be duplicated.
    const perRecipient = new Map<string, number>();
    for (const mail of invitationMails()) perRecipient.set(mail.to[0], (perRecipient.get(mail.to[0]) ?? 0) + 1);
    const duplicated = [...perRecipient].filter(([, n]) => n > 1).map(([email]) => email);
    const heldSet = new Set(held.map((h) => h.recipient));
    expect(duplicated.filter((email) => !heldSet.has(email))).toEqual([]);
    const duplicates = [...perRecipient.values()].reduce((s, n) => s + n - 1, 0);
    report(
      `worker kill: ${count} mails, ${killedAt} received when worker-0 was killed, ${held.length} held by it (then ${JSON.stringify(settled.state)}), ` +
        `0 lost, ${duplicates} duplicate(s)`,
    );
    await cluster.restart('worker-0');
  });

  it('loses no committed action when an API process is killed mid-request, and leaves nothing half-done', async () => {
    const { owner, tenantId } = await newOrganisation(http, sink, 'Kill Sp. z o.o.');
    const count = 60;
    const victim = 1;
    const emails = Array.from({ length: count }, (_, i) => `member.${i}.${Date.now().toString(36)}@scale.test`);
    const answeredBy = [0, 0, 0];
    let killing: Promise<void> | undefined;
    // Each add hashes the password under the tenant lock: the adds queue, many are in flight when
    // the victim dies after its third answer.
    const answers: Answer[] = await Promise.all(
      emails.map(async (email, i) => {
        const res = await http.call('POST', `/tenants/${tenantId}/members`, {
          target: i % 3,
          token: owner.accessToken,
          body: { email, role: 'member', firstName: 'Ola', lastName: 'Kowalska', password: { mode: 'set', value: GOOD_PASSWORD } },
        });
        if (res.status && ++answeredBy[res.target] === 3 && res.target === victim) killing = cluster.kill(`api-${victim}`);
        return res;
      }),
    );
    await killing;
    const fromVictim = answers.filter((a) => a.target === victim);
    const unanswered = fromVictim.filter((a) => a.status === 0);
    // The others' requests did not notice.
    expect(answers.filter((a) => a.target !== victim).map((a) => a.status)).toEqual(Array(count - fromVictim.length).fill(201));
    expect(fromVictim.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(3);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(fromVictim.every((a) => a.status === 201 || a.status === 0)).toBe(true);

    // The account, the membership and its `member.added` entry commit together or not at all.
    const state = await sql<{ email: string; user_id: string | null; membership_id: string | null; entries: number }>(
      `SELECT e.email, u.id AS user_id, m.id AS membership_id,
              (SELECT count(*) FROM activity_log a WHERE a.tenant_id = $2 AND a.action = 'member.added' AND a.target_user_id = u.id)::int AS entries
         FROM unnest($1::text[]) AS e(email)
         LEFT JOIN users u ON u.email = e.email
         LEFT JOIN memberships m ON m.tenant_id = $2 AND m.user_id = u.id`,
      [emails, tenantId],
    );
    const byEmail = new Map(state.map((s) => [s.email, s]));
    answers.forEach((res, i) => {
      const row = byEmail.get(emails[i])!;
      if (res.status === 201) expect({ email: row.email, membership: row.membership_id, entries: row.entries }).toEqual({ email: emails[i], membership: res.body.id, entries: 1 });
    });
    const halfDone = state.filter((s) => !((s.user_id && s.membership_id && s.entries === 1) || (!s.user_id && !s.membership_id && s.entries === 0)));
    expect(halfDone).toEqual([]);
    const committedUnanswered = unanswered.filter((a) => byEmail.get(emails[answers.indexOf(a)])!.membership_id).length;
    report(
      `API kill: ${count} adds, ${fromVictim.length} to api-${victim}: ${fromVictim.length - unanswered.length} answered 201, ` +
        `${unanswered.length} unanswered (${committedUnanswered} of them committed before the kill, the rest rolled back whole)`,
    );
    await cluster.restart(`api-${victim}`);
    expect((await fetch(`${cluster.urls[victim]}/health/ready`)).status).toBe(200);
  });

  it('keeps the monthly quota exact across the three API processes', async () => {
    for (let round = 0; round < 2; round++) await quotaExactlyLimit(target(), QUOTA, 50);
  });

  it('accepts an invitation once across the three API processes', async () => {
    for (let round = 0; round < 2; round++) await invitationAcceptedOnce(target(), 30);
  });
});
