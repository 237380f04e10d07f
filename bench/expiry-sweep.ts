// The invitation expiry sweep (`tenancy.expire-invitations`) on 1,000,000 due invitations, run by
// the real app's InvitationsExpiry while accepts of live invitations go on through the real
// InvitationsService; against a raw baseline: a bare pg client sending the same batch statement in
// a loop on an identical copy of the data, with nothing else running.
// Targets: the app's sweep <= 15 s, no statement over 100 ms, no accept over 100 ms.
// Last line: `expiry-sweep seconds <s> max-stmt-ms <ms> max-accept-wait-ms <ms>`.
import './lib/threadpool';
import 'reflect-metadata';
import { generateToken, hashToken } from '@tenant-iam/common';
import { EXPIRE_DUE_SQL, EXPIRY_BATCH, EXPIRY_WORKERS, InvitationsExpiry, InvitationsService } from '@tenant-iam/tenancy';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { dataSourceOptions } from '../apps/api/src/app.module';
import { runMigrationsLocked } from '../apps/api/src/database/migrate';
import { BenchApp, BENCH_ENV, startApp } from './lib/app';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { envNumber, f1, log, machineLine } from './lib/report';

const DUE = envNumber('BENCH_DUE', 1_000_000, 1000, 10_000_000);
const TENANTS = envNumber('BENCH_TENANTS', 100, 1, 10_000);
const ACCEPTERS = envNumber('BENCH_ACCEPTERS', 4, 0, 64);
/** Live invitations to accept during the sweep (each accept uses one up). */
const LIVE = envNumber('BENCH_LIVE', 20_000, 0, 1_000_000);
/** `BENCH_FLOOR=0` skips the one-statement floor phase (on by default). */
const FLOOR = process.env.BENCH_FLOOR !== '0';
/** Invitations per statement, both sides (the app's `EXPIRY_BATCH` unless set). */
const BATCH = envNumber('BENCH_BATCH', EXPIRY_BATCH, 10, 100_000);
/** The p-th percentile (0..100) of `values`. */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const PG_SETTINGS = { shared_buffers: '1GB', max_wal_size: '4GB' };
const TARGET_SECONDS = 15;
const TARGET_MS = 100;

/** Wraps pg's Client#query to time every statement any client in this process sends (promise and callback forms). */
function timeStatements(onDone: (ms: number, text: string) => void): () => void {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Client, ...args: unknown[]) {
    const q = args[0] as string | { text?: string };
    const text = typeof q === 'string' ? q : (q?.text ?? '');
    const started = performance.now();
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...cb: unknown[]) => {
        onDone(performance.now() - started, text);
        return (last as (...a: unknown[]) => unknown)(...cb);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as unknown;
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => onDone(performance.now() - started, text),
        () => onDone(performance.now() - started, text),
      );
    }
    return result;
  };
  return () => {
    proto.query = original;
  };
}

/** Schema by the app's migrations, then tenants, owners, built-in sets, the due and the live invitations, in SQL. */
async function seedTemplate(url: string): Promise<{ live: { token: string; userId: string; email: string }[] }> {
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  await runMigrationsLocked(ds);
  await ds.destroy();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query(`
      INSERT INTO users (id, email, email_verified_at, email_proven_at, status, first_name, locale, must_change_password, created_at, updated_at)
      SELECT gen_random_uuid(), 'owner-' || g || '@bench.test', now(), now(), 'active', 'Owner', 'en', false, now(), now()
      FROM generate_series(1, ${TENANTS}) g`);
    await client.query(`
      INSERT INTO tenants (id, name, owner_user_id, plan, created_at, updated_at)
      SELECT gen_random_uuid(), 'Bench ' || u.email, u.id, 'bench', now(), now() FROM users u WHERE u.email LIKE 'owner-%'`);
    await client.query(`
      INSERT INTO memberships (id, tenant_id, user_id, role, status, created_at, updated_at)
      SELECT gen_random_uuid(), t.id, t.owner_user_id, 'owner', 'active', now(), now() FROM tenants t`);
    await client.query(`
      INSERT INTO permission_sets (id, tenant_id, name, builtin, full_access, created_at, updated_at)
      SELECT gen_random_uuid(), t.id, 'Full access', true, true, now(), now() FROM tenants t`);
    // Tenants numbered 0..TENANTS-1, so invitations spread evenly over them.
    await client.query(`CREATE TEMP TABLE bench_tenants AS
      SELECT (row_number() OVER (ORDER BY t.id)) - 1 AS n, t.id, t.owner_user_id, s.id AS set_id
      FROM tenants t JOIN permission_sets s ON s.tenant_id = t.id`);
    await client.query(`
      INSERT INTO invitations (id, tenant_id, email, role, permission_set_id, invited_by, token_hash, status, expires_at, sent_count, created_at, updated_at)
      SELECT uuidv7(), b.id, 'due-' || g || '@bench.test', 'member', b.set_id, b.owner_user_id,
        encode(sha256(('due-' || g)::bytea), 'hex'), 'pending', now() - interval '1 day' - (${DUE} - g) * interval '1 ms', 1,
        now() - interval '8 days', now() - interval '8 days'
      FROM generate_series(1, ${DUE}) g JOIN bench_tenants b ON b.n = g % ${TENANTS}`);
    log(`seed: ${DUE} due invitations over ${TENANTS} tenants in ${f1((performance.now() - started) / 1000)} s`);

    // The live ones: an account per invitation, so each accept is a real one (email matches).
    const live = Array.from({ length: LIVE }, (_, i) => ({ token: generateToken(), email: `live-${i}@bench.test`, userId: '' }));
    if (LIVE > 0) {
      const { rows } = await client.query<{ id: string; email: string }>(
        `INSERT INTO users (id, email, email_verified_at, email_proven_at, status, first_name, locale, must_change_password, created_at, updated_at)
         SELECT gen_random_uuid(), e, now(), now(), 'active', 'Live', 'en', false, now(), now() FROM unnest($1::text[]) e RETURNING id, email`,
        [live.map((l) => l.email)],
      );
      const ids = new Map(rows.map((r) => [r.email, r.id]));
      for (const l of live) l.userId = ids.get(l.email)!;
      await client.query(
        `INSERT INTO invitations (id, tenant_id, email, role, permission_set_id, invited_by, token_hash, status, expires_at, sent_count, created_at, updated_at)
         SELECT uuidv7(), b.id, x.email, 'member', b.set_id, b.owner_user_id, x.hash, 'pending', now() + interval '7 days', 1, now(), now()
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(email, hash, n) JOIN bench_tenants b ON b.n = x.n % ${TENANTS}`,
        [live.map((l) => l.email), live.map((l) => hashToken(l.token))],
      );
    }
    await client.query('VACUUM ANALYZE');
    return { live };
  } finally {
    await client.end();
  }
}

/**
 * The raw baseline: the same batch statement from bare clients, as many at once as the app's
 * workers (`EXPIRY_WORKERS`), each until a batch comes back short.
 */
async function rawSweep(url: string): Promise<{ seconds: number; expired: number; maxStmtMs: number; stmtMs: number[] }> {
  const now = new Date();
  let expired = 0;
  let maxStmtMs = 0;
  const stmtMs: number[] = [];
  let batches = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: EXPIRY_WORKERS }, async (_, worker) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        let from = new Date(0);
        for (;;) {
          const batch = batches++;
          if (worker === 0 && process.env.BENCH_EXPLAIN && batch === Number(process.env.BENCH_EXPLAIN)) {
            // The plan of one batch in the middle of the run, rolled back (BENCH_EXPLAIN=<batch number>).
            await client.query('BEGIN');
            const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${EXPIRE_DUE_SQL}`, [
              now,
              BATCH,
              Array.from({ length: BATCH }, () => uuidv7()),
              'tenancy.expire-invitations',
              from,
            ]);
            await client.query('ROLLBACK');
            log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
          }
          const ids = Array.from({ length: BATCH }, () => uuidv7());
          const t0 = performance.now();
          const { rows } = await client.query<{ n: number; last: Date | null }>(EXPIRE_DUE_SQL, [
            now,
            BATCH,
            ids,
            'tenancy.expire-invitations',
            from,
          ]);
          const ms = performance.now() - t0;
          stmtMs.push(ms);
          maxStmtMs = Math.max(maxStmtMs, ms);
          expired += rows[0].n;
          if (rows[0].n < BATCH || !rows[0].last) break;
          from = rows[0].last;
        }
      } finally {
        await client.end();
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, expired, maxStmtMs, stmtMs };
}

/**
 * The floor: the same work (the status change and one activity entry per invitation, the ids made
 * by the database) as ONE statement over all due rows, no batches, no keyset, no locks skipped. No
 * sweep can be faster on this schema with one backend; it holds every row for the whole run, so
 * it is a yardstick, not a way to sweep.
 */
const FLOOR_SQL = `WITH expired AS (
    UPDATE invitations i SET status = 'expired', updated_at = $1 WHERE i.status = 'pending' AND i.expires_at <= $1
    RETURNING i.id, i.tenant_id, i.email, i.invited_by
  ), logged AS (
    INSERT INTO activity_log (id, tenant_id, at, actor_type, actor_id, actor_user_id, action, target_type, target_id, target_user_id, data)
    SELECT gen_random_uuid(), e.tenant_id, $1, 'system', 'tenancy.expire-invitations', NULL, 'invitation.expired', 'invitation', e.id::text, e.invited_by,
      jsonb_build_object('email', e.email)
    FROM expired e RETURNING 1
  ) SELECT count(*)::int AS n FROM logged`;

async function floorSweep(url: string): Promise<{ seconds: number; expired: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const { rows } = await client.query<{ n: number }>(FLOOR_SQL, [new Date()]);
    return { seconds: (performance.now() - started) / 1000, expired: rows[0].n };
  } finally {
    await client.end();
  }
}

async function count(url: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  let pg: BenchPostgres | undefined;
  let app: BenchApp | undefined;
  let plansDir: string | undefined;
  const cleanup = async () => {
    await app?.close().catch(() => undefined);
    await pg?.stop();
    if (plansDir) await rm(plansDir, { recursive: true, force: true }).catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(machineLine());
    log(
      `settings: BENCH_DUE=${DUE} BENCH_TENANTS=${TENANTS} BENCH_ACCEPTERS=${ACCEPTERS} BENCH_LIVE=${LIVE} batch=${BATCH} workers=${EXPIRY_WORKERS} BENCH_FLOOR=${FLOOR ? 1 : 0}`,
    );
    log(`app env: ${Object.keys(BENCH_ENV).join(', ')} (as the other benchmarks)`);
    // A server sized for a million-row table: with the default 128 MB of shared buffers the run
    // measures page evictions, not the sweep. 25 % of a 4 GB server; both sides get it.
    pg = await startPostgres(PG_SETTINGS);
    log(
      `postgres: ${Object.entries(PG_SETTINGS)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')} (fsync, synchronous_commit, full_page_writes off)`,
    );
    const templateUrl = await pg.createDatabase('expiry_template');
    const { live } = await seedTemplate(templateUrl);
    const admin = new Client({ connectionString: pg.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE expiry_raw TEMPLATE expiry_template');
    await admin.query('CREATE DATABASE expiry_ours TEMPLATE expiry_template');
    if (FLOOR) await admin.query('CREATE DATABASE expiry_floor TEMPLATE expiry_template');
    await admin.end();
    const rawUrl = templateUrl.replace(/\/expiry_template$/, '/expiry_raw');
    const oursUrl = templateUrl.replace(/\/expiry_template$/, '/expiry_ours');
    let floor: { seconds: number; expired: number } | undefined;
    if (FLOOR) {
      floor = await floorSweep(templateUrl.replace(/\/expiry_template$/, '/expiry_floor'));
      log(`floor: ${floor.expired} expired in one statement in ${f1(floor.seconds)} s (one backend, no batches)`);
    }

    const raw = await rawSweep(rawUrl);
    log(
      `raw: ${raw.expired} expired in ${f1(raw.seconds)} s, statements p50 ${f1(percentile(raw.stmtMs, 50))} p99 ${f1(percentile(raw.stmtMs, 99))} max ${f1(raw.maxStmtMs)} ms`,
    );
    if (raw.expired !== DUE) throw new Error(`raw sweep expired ${raw.expired}, expected ${DUE}`);

    plansDir = await mkdtemp(join(tmpdir(), 'tenant-iam-bench-plans-'));
    const plansFile = join(plansDir, 'plans.json');
    await writeFile(plansFile, JSON.stringify({ default: 'bench', plans: { bench: { seats: LIVE + 10 } } }));
    // The scheduled sweep is off: the run measures the one sweep it starts itself.
    app = await startApp(oursUrl, { PLANS_FILE: plansFile, EXPIRY_SWEEP_INTERVAL: 'off' });
    const expiry = app.app.get(InvitationsExpiry);
    const invitations = app.app.get(InvitationsService);

    // Warm the accept path (and the pool) before measuring.
    let next = 0;
    const acceptOne = async (): Promise<number> => {
      const l = live[next++];
      const t0 = performance.now();
      await invitations.accept({ userId: l.userId, sessionId: 'bench', email: l.email }, l.token);
      return performance.now() - t0;
    };
    for (let i = 0; i < Math.min(20, live.length); i++) await acceptOne();

    let maxStmtMs = 0;
    let slowest = '';
    const sweepStmtMs: number[] = [];
    const acceptMs: number[] = [];
    const restore = timeStatements((ms, text) => {
      if (text.startsWith('WITH due AS')) sweepStmtMs.push(ms);
      if (ms > maxStmtMs) {
        maxStmtMs = ms;
        slowest = text.replace(/\s+/g, ' ').slice(0, 120);
      }
    });
    let sweeping = true;
    let accepts = 0;
    let maxAcceptMs = 0;
    let acceptErrors = 0;
    const accepters = Array.from({ length: live.length > 0 ? ACCEPTERS : 0 }, async () => {
      while (sweeping && next < live.length) {
        try {
          const ms = await acceptOne();
          acceptMs.push(ms);
          maxAcceptMs = Math.max(maxAcceptMs, ms);
          accepts++;
        } catch (error) {
          acceptErrors++;
          if (acceptErrors <= 3) log(`accept failed: ${(error as Error).message}`);
        }
      }
    });
    const started = performance.now();
    let expired: number;
    try {
      expired = await expiry.sweep(BATCH);
    } finally {
      sweeping = false;
      await Promise.all(accepters);
      restore();
    }
    const seconds = (performance.now() - started) / 1000;
    const left = await count(oursUrl, `SELECT count(*) AS n FROM invitations WHERE status = 'pending' AND expires_at <= now()`);
    const logged = await count(oursUrl, `SELECT count(*) AS n FROM activity_log WHERE action = 'invitation.expired'`);
    log(
      `ours: ${expired} expired in ${f1(seconds)} s (${Math.round(expired / seconds)}/s), ${left} due left, ${logged} invitation.expired entries`,
    );
    log(
      `ours: ${accepts} accepts during the sweep by ${ACCEPTERS} concurrent callers, slowest ${f1(maxAcceptMs)} ms, ${acceptErrors} failed`,
    );
    log(`ours: slowest statement ${f1(maxStmtMs)} ms: ${slowest}`);
    log(
      `ours: sweep statements p50 ${f1(percentile(sweepStmtMs, 50))} p99 ${f1(percentile(sweepStmtMs, 99))} ms; accepts p50 ${f1(percentile(acceptMs, 50))} p99 ${f1(percentile(acceptMs, 99))} ms`,
    );
    log(`ours/raw time: ${f1((seconds / raw.seconds) * 100)} %`);
    if (floor) log(`ours/floor time: ${f1((seconds / floor.seconds) * 100)} % (floor ${f1(floor.seconds)} s)`);
    const ok = expired === DUE && left === 0 && logged === DUE && acceptErrors === 0;
    const met = seconds <= TARGET_SECONDS && maxStmtMs <= TARGET_MS && maxAcceptMs <= TARGET_MS;
    log(
      `targets (<= ${TARGET_SECONDS} s, statements and accepts <= ${TARGET_MS} ms): ${met ? 'met' : 'MISSED'}${ok ? '' : ' (INVALID run)'}`,
    );
    process.exitCode = ok ? 0 : 1;
    log(`expiry-sweep seconds ${seconds.toFixed(2)} max-stmt-ms ${maxStmtMs.toFixed(1)} max-accept-wait-ms ${maxAcceptMs.toFixed(1)}`);
  } finally {
    await cleanup();
  }
}

// A hard deadline: the run never hangs the machine.
const deadline = setTimeout(() => {
  console.error('bench:expiry-sweep: hard deadline reached, exiting');
  process.exit(2);
}, 30 * 60_000);
deadline.unref();
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
