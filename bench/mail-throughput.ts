// Mail throughput: BENCH_MAILS mails (default 10,000) written to the outbox in transactions, then
// relayed by the app's workers through the BullMQ queue driver (Redis) to a real SMTP server (the
// test sink, which parses every mail). Counts every mail the sink received by its recipient (one
// address per mail): duplicates and lost mails make the run invalid. Baseline: the same number of
// mails sent straight to the sink with nodemailer at the relay's concurrency (no database, no queue).
// The sink runs in a child process (this script with --sink), so its parsing does not take the
// app's event loop; both phases share that setup.
// The last line is exactly `mail-throughput seconds <s> duplicates <n> lost <n>`.
import 'reflect-metadata';
import { Outbox, OutboxStatus } from '@tenant-iam/notifications';
import { fork } from 'node:child_process';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { startSmtpSink, SmtpSink } from '../test/support/smtp-sink';
import { BenchApp, BENCH_ENV, startApp } from './lib/app';
import { BenchPostgres, startPostgres } from './lib/postgres';
import { RunRedis, startRedis } from './lib/redis';
import { envNumber, f1, log, machineLine, pct } from './lib/report';

const MAILS = envNumber('BENCH_MAILS', 10_000, 1, 100_000);
/** Mails per transaction (and per `Outbox.flush()`), as a burst of requests would write them. */
const PER_TRANSACTION = envNumber('BENCH_MAILS_PER_TX', 50, 1, 1000);
/** Transactions in flight at once (requests writing mails concurrently). */
const WRITERS = envNumber('BENCH_WRITERS', 4, 1, 64);
/** Seconds the run may take before the missing mails count as lost. */
const LIMIT_S = envNumber('BENCH_LIMIT', 300, 10, 900);
const TARGET_S = 30;
const TEMPLATE = 'identity.account-exists';
/** The relay's mails in flight at once (RELAY_CONCURRENCY in the notifications lib). */
const RELAY_CONCURRENCY = 20;

interface Tally {
  distinct: number;
  duplicates: number;
}

/** Mails received per recipient of this phase. */
function tally(sink: SmtpSink, prefix: string): Tally {
  const counts = new Map<string, number>();
  for (const mail of sink.mails) {
    for (const to of mail.to) if (to.startsWith(prefix)) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  let duplicates = 0;
  for (const n of counts.values()) duplicates += n - 1;
  return { distinct: counts.size, duplicates };
}

/** The SMTP sink in a child process, driven over IPC. */
interface RemoteSink {
  url: string;
  tally(prefix: string): Promise<Tally>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

type SinkOp = { op: 'tally'; prefix: string } | { op: 'clear' } | { op: 'close' };
type SinkRequest = SinkOp & { id: number };

/** Child side: runs the sink and answers the parent's requests. */
async function runSinkChild(): Promise<void> {
  const sink = await startSmtpSink();
  process.on('message', (request: SinkRequest) => {
    const reply = (value: unknown) => process.send!({ id: request.id, value });
    if (request.op === 'tally') reply(tally(sink, request.prefix));
    else if (request.op === 'clear') reply(sink.clear());
    else void sink.close().finally(() => (reply(null), process.disconnect()));
  });
  process.send!({ id: 0, value: sink.url });
}

async function startRemoteSink(): Promise<RemoteSink> {
  const child = fork(__filename, ['--sink'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const pending = new Map<number, (value: any) => void>();
  let seq = 0;
  child.on('message', (message: { id: number; value: unknown }) => {
    pending.get(message.id)?.(message.value);
    pending.delete(message.id);
  });
  const url = await new Promise<string>((resolve, reject) => {
    pending.set(0, resolve);
    child.once('exit', (code) => reject(new Error(`the SMTP sink process exited (${code})`)));
  });
  const ask = <T>(request: SinkOp): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = ++seq;
      pending.set(id, resolve);
      child.send({ ...request, id });
    });
  return {
    url,
    tally: (prefix) => ask<Tally>({ op: 'tally', prefix }),
    clear: () => ask<void>({ op: 'clear' }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await ask({ op: 'close' }).catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      child.kill();
    },
  };
}

async function waitForMails(sink: RemoteSink, prefix: string, deadline: number): Promise<void> {
  while ((await sink.tally(prefix)).distinct < MAILS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function main(): Promise<void> {
  let pg: BenchPostgres | undefined;
  let redis: RunRedis | undefined;
  let sink: RemoteSink | undefined;
  let app: BenchApp | undefined;
  const cleanup = async () => {
    await app?.close().catch(() => undefined);
    await sink?.close().catch(() => undefined);
    await redis?.stop().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
  };
  // A hang must not keep the machine busy: the whole run has a hard deadline.
  const hard = setTimeout(
    () => {
      log('mail-throughput: hard deadline reached, giving up');
      void cleanup().finally(() => process.exit(1));
    },
    (LIMIT_S * 2 + 120) * 1000,
  );
  hard.unref();
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(`bench:mail-throughput  ${machineLine()}`);
    log(
      `settings: ${MAILS} mails, ${PER_TRANSACTION} per transaction and flush, ${WRITERS} transactions at once, template ${TEMPLATE}, limit ${LIMIT_S} s`,
    );
    pg = await startPostgres();
    const dbUrl = await pg.createDatabase('bench_mail');
    redis = await startRedis(process.env.BENCH_REDIS_URL, 'BENCH_REDIS_URL');
    sink = await startRemoteSink();
    const env = { MAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, REDIS_URL: redis.url, QUEUE_PREFIX: `bench-${Date.now()}`, ROLE: 'all' };
    log(
      `app env: ${Object.entries({ ...BENCH_ENV, ...env })
        .map(([k, v]) => `${k}=${k === 'JWT_SECRET' || k === 'JWT_PRIVATE_KEY' ? '…' : v}`)
        .join(' ')}`,
    );
    app = await startApp(dbUrl, env);
    const outbox = app.app.get(Outbox);
    const dataSource = app.app.get(DataSource);

    // Raw baseline: nodemailer straight to the sink, as many in flight as the relay sends.
    log(`phase 1/2: raw nodemailer -> SMTP sink, ${RELAY_CONCURRENCY} in flight ...`);
    const raw = createTransport({ url: sink.url, pool: true, maxConnections: RELAY_CONCURRENCY });
    const rawStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: RELAY_CONCURRENCY }, async () => {
        for (let i = next++; i < MAILS; i = next++) {
          await raw.sendMail({
            from: 'no-reply@bench.test',
            to: `raw-${i}@bench.test`,
            subject: 'Bench',
            text: `Mail ${i}`,
            html: `<p>Mail ${i}</p>`,
          });
        }
      }),
    );
    await waitForMails(sink, 'raw-', Date.now() + LIMIT_S * 1000);
    const rawSeconds = (performance.now() - rawStart) / 1000;
    raw.close();
    const rawTally = await sink.tally('raw-');
    await sink.clear();

    log(`phase 2/2: outbox -> BullMQ -> relay -> SMTP sink ...`);
    const start = performance.now();
    const deadline = Date.now() + LIMIT_S * 1000;
    let nextFirst = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        for (let first = nextFirst; first < MAILS; first = nextFirst) {
          nextFirst += PER_TRANSACTION;
          await dataSource.transaction(async (m) => {
            for (let i = first; i < Math.min(MAILS, first + PER_TRANSACTION); i++) {
              await outbox.add(m, {
                to: `mail-${i}@bench.test`,
                template: TEMPLATE,
                locale: (['en', 'pl', 'uk'] as const)[i % 3],
                data: { firstName: `User ${i}` },
              });
            }
          });
          outbox.flush();
        }
      }),
    );
    const written = (performance.now() - start) / 1000;
    await waitForMails(sink, 'mail-', deadline);
    const seconds = (performance.now() - start) / 1000;
    // Late duplicates (a row sent twice) would arrive after the last first copy: look once more.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const ours = await sink.tally('mail-');
    const [rows] = (await dataSource.query(`SELECT count(*) FILTER (WHERE "status" = $1) AS "sent", count(*) AS "all" FROM "outbox"`, [
      OutboxStatus.Sent,
    ])) as Array<{ sent: string; all: string }>;
    const lost = MAILS - ours.distinct;

    log();
    log('results');
    log(
      `raw   nodemailer -> sink         ${f1(rawSeconds).padStart(6)} s  ${f1(MAILS / rawSeconds).padStart(8)} mails/s  (received ${rawTally.distinct}, duplicates ${rawTally.duplicates})`,
    );
    log(
      `ours  outbox -> BullMQ -> SMTP    ${f1(seconds).padStart(6)} s  ${f1(MAILS / seconds).padStart(8)} mails/s  (written in ${f1(written)} s; received ${ours.distinct}, duplicates ${ours.duplicates}; outbox rows sent ${rows.sent}/${rows.all})`,
    );
    const target = MAILS === 10_000 ? (seconds <= TARGET_S ? 'met' : 'NOT met') : 'n/a (not 10,000 mails)';
    log(`ours / raw : ${pct(rawSeconds / seconds)} of the raw rate; target <= ${TARGET_S} s for 10,000 mails: ${target}`);
    const invalid = lost > 0 || ours.duplicates > 0;
    if (invalid) log('WARNING: mails were lost or duplicated; the run is not valid');
    process.exitCode = invalid ? 1 : 0;
    log(`mail-throughput seconds ${f1(seconds)} duplicates ${ours.duplicates} lost ${lost}`);
  } finally {
    clearTimeout(hard);
    await cleanup();
  }
}

(process.argv.includes('--sink') ? runSinkChild() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
