// The IdentityEventSink port, plugged as a host plugs every port (an instance from the
// `forRootAsync` factory). Identity must call it inside the transaction of the change it reports:
// the sink sees the change uncommitted through its manager (and nobody else does yet), and a sink
// that throws rolls the change back.
import { Clock, ManualClock } from '@tenant-iam/common';
import { IdentityEvent, IdentityEventName, IdentityEvents, IdentityEventSink, IdentityUsers, JwtAuthGuard } from '@tenant-iam/identity';
import { MailMessage, MailTransport } from '@tenant-iam/notifications';
import { Global, Injectable, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { IdentityHost, startIdentityHost } from '../../support/identity-host';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { extractToken } from '../../support/smtp-sink';

const NEW_PASSWORD = 'Quartz-meadow-bicycle-41';

/** One call of the sink, with what its manager saw. */
interface Recorded {
  name: IdentityEventName;
  event: IdentityEvent;
  inTransaction: boolean;
  /** What {@link RecordingSink.probe} read through the sink's manager. */
  seen: unknown;
}

/** A host's sink: records each call, can look through the manager, and can fail on one event. */
@Injectable()
class RecordingSink extends IdentityEventSink {
  readonly calls: Recorded[] = [];
  failOn?: IdentityEventName;
  probe?: (m: EntityManager, event: IdentityEvent) => Promise<unknown>;

  async record(m: EntityManager, name: IdentityEventName, event: IdentityEvent): Promise<void> {
    const seen = this.probe ? await this.probe(m, event) : undefined;
    this.calls.push({ name, event, inTransaction: m.queryRunner?.isTransactionActive === true, seen });
    if (name === this.failOn) throw new Error(`sink refuses ${name}`);
  }
}

/** Keeps the mails, so the test can follow their links. */
class CapturingTransport extends MailTransport {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

@Global()
@Module({
  providers: [RecordingSink, { provide: Clock, useValue: new ManualClock(new Date()) }],
  exports: [RecordingSink, Clock],
})
class HostModule {}

describe('identity: IdentityEventSink, inside the transaction of the change', () => {
  let host: IdentityHost;
  let app: NestFastifyApplication;
  let db: DataSource;
  let sink: RecordingSink;
  const transport = new CapturingTransport();
  const http = () => request(app.getHttpServer());
  const busEvents: { name: string; event: IdentityEvent }[] = [];

  /** The token of the newest mail to `to` whose link goes to `path`. */
  async function linkToken(to: string, path: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mail = [...transport.sent].reverse().find((m) => m.to === to && m.text.includes(`/${path}?token=`));
      if (mail) return extractToken(mail.text, path);
      if (Date.now() > deadline) throw new Error(`no /${path} mail to ${to}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** An active account with GOOD_PASSWORD, made through IdentityUsers (global: no import needed). */
  async function account(): Promise<{ id: string; email: string }> {
    const users = app.get(IdentityUsers);
    const passwordHash = await users.hashPassword(GOOD_PASSWORD);
    const email = uniqueEmail('sink');
    const { id } = await db.transaction((m) => users.createVouched({ email, passwordHash, verified: true }, m));
    return { id, email };
  }

  const login = (email: string, password: string) => http().post('/auth/login').send({ email, password });
  const sessionsOf = async (userId: string) =>
    ((await db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [userId])) as { n: number }[])[0].n;
  const hashOf = async (userId: string, m: EntityManager | DataSource = db) =>
    ((await m.query(`SELECT password_hash FROM users WHERE id = $1`, [userId])) as { password_hash: string }[])[0].password_hash;

  beforeAll(async () => {
    host = await startIdentityHost({
      label: 'event_sink',
      host: HostModule,
      notifications: { mailTransport: transport, pollIntervalMs: 50 },
      inject: [RecordingSink],
      identity: (recording: RecordingSink) => ({ eventSink: recording }),
      // IdentityModule is global by default: the host's root module sees JwtAuthGuard without importing it.
      providers: [{ provide: APP_GUARD, useExisting: JwtAuthGuard }],
    });
    app = host.app;
    db = app.get(DataSource);
    sink = app.get(RecordingSink);
    app.get(EventEmitter2).onAny((name: string | string[], event: IdentityEvent) => busEvents.push({ name: String(name), event }));
  });

  afterAll(() => host?.close());

  beforeEach(() => {
    sink.calls.length = 0;
    sink.failOn = undefined;
    sink.probe = undefined;
    busEvents.length = 0;
  });

  describe('user.login', () => {
    it('is recorded in the session transaction: the sink sees the new session, nobody else does yet', async () => {
      const user = await account();
      sink.probe = async (m, event) => ({
        mine: ((await m.query(`SELECT count(*)::int AS n FROM sessions WHERE id = $1`, [event.sessionId])) as { n: number }[])[0].n,
        others: await sessionsOf(event.userId),
      });
      const res = await login(user.email, GOOD_PASSWORD).set('user-agent', 'sink-test').expect(200);
      expect(sink.calls).toEqual([
        {
          name: IdentityEvents.Login,
          event: expect.objectContaining({ userId: user.id, email: user.email, sessionId: res.body.sessionId, at: expect.any(Date) }),
          inTransaction: true,
          seen: { mine: 1, others: 0 },
        },
      ]);
      // The bus event still follows the commit.
      expect(busEvents.filter((e) => e.name === IdentityEvents.Login).map((e) => e.event.sessionId)).toEqual([res.body.sessionId]);
    });

    it('fails with a sink that throws, and leaves no session row and no bus event', async () => {
      const user = await account();
      sink.failOn = IdentityEvents.Login;
      const res = await login(user.email, GOOD_PASSWORD);
      expect(res.status).toBe(500);
      expect(sink.calls.map((c) => c.name)).toEqual([IdentityEvents.Login]);
      expect(await sessionsOf(user.id)).toBe(0);
      expect(busEvents.filter((e) => e.name === IdentityEvents.Login)).toEqual([]);
      sink.failOn = undefined;
      await login(user.email, GOOD_PASSWORD).expect(200);
      expect(await sessionsOf(user.id)).toBe(1);
    });
  });

  describe('user.password_changed', () => {
    it('POST /me/password: recorded with the new hash uncommitted; a throwing sink leaves the old password working', async () => {
      const user = await account();
      const session = await login(user.email, GOOD_PASSWORD).expect(200);
      sink.calls.length = 0;
      const oldHash = await hashOf(user.id);
      sink.probe = async (m, event) => ({
        mine: (await hashOf(event.userId, m)) !== oldHash,
        others: (await hashOf(event.userId)) !== oldHash,
      });
      sink.failOn = IdentityEvents.PasswordChanged;
      const change = () =>
        http()
          .post('/me/password')
          .set('authorization', `Bearer ${session.body.accessToken}`)
          .send({ currentPassword: GOOD_PASSWORD, password: NEW_PASSWORD });
      expect((await change()).status).toBe(500);
      expect(sink.calls).toEqual([
        {
          name: IdentityEvents.PasswordChanged,
          event: expect.objectContaining({
            userId: user.id,
            email: user.email,
            sessionId: session.body.sessionId,
            data: { via: 'change' },
          }),
          inTransaction: true,
          seen: { mine: true, others: false },
        },
      ]);
      expect(await hashOf(user.id)).toBe(oldHash);
      expect(busEvents.filter((e) => e.name === IdentityEvents.PasswordChanged)).toEqual([]);
      sink.failOn = undefined;
      await login(user.email, GOOD_PASSWORD).expect(200);
      await login(user.email, NEW_PASSWORD).expect(401);

      sink.calls.length = 0;
      await change().expect(200);
      expect(sink.calls.map((c) => [c.name, c.event.userId, c.seen])).toEqual([
        [IdentityEvents.PasswordChanged, user.id, { mine: true, others: false }],
      ]);
      await login(user.email, NEW_PASSWORD).expect(200);
    });

    it('a reset link and a set-password link: recorded in the transaction that uses the link; a throwing sink keeps the link and the password', async () => {
      const user = await account();
      await http().post('/auth/password/forgot').send({ email: user.email }).expect(202);
      const resetToken = await linkToken(user.email, 'reset-password');
      const oldHash = await hashOf(user.id);
      sink.probe = async (m, event) => ({
        mine: (await hashOf(event.userId, m)) !== oldHash,
        others: (await hashOf(event.userId)) !== oldHash,
      });
      sink.failOn = IdentityEvents.PasswordChanged;
      expect((await http().post('/auth/password/reset').send({ token: resetToken, password: NEW_PASSWORD })).status).toBe(500);
      expect(sink.calls.map((c) => [c.name, c.event.userId, c.event.data, c.inTransaction, c.seen])).toEqual([
        [IdentityEvents.PasswordChanged, user.id, { via: 'reset' }, true, { mine: true, others: false }],
      ]);
      await login(user.email, GOOD_PASSWORD).expect(200);
      // The rollback kept the link live: it works once the sink does.
      sink.failOn = undefined;
      await http().post('/auth/password/reset').send({ token: resetToken, password: NEW_PASSWORD }).expect(200);
      await login(user.email, NEW_PASSWORD).expect(200);

      // A set-password link of an account an administrator created goes through the same door.
      const users = app.get(IdentityUsers);
      const email = uniqueEmail('sink-setup');
      const { id } = await db.transaction(async (m) => {
        const created = await users.createVouched({ email, verified: false }, m);
        await users.issuePasswordSetupLink(created.id, m, { organisationName: 'Acme' });
        return created;
      });
      sink.calls.length = 0;
      sink.probe = undefined;
      await http()
        .post('/auth/password/reset')
        .send({ token: await linkToken(email, 'set-password'), password: NEW_PASSWORD })
        .expect(200);
      expect(sink.calls.map((c) => [c.name, c.event.userId, c.event.email, c.event.data, c.inTransaction])).toEqual([
        [IdentityEvents.PasswordChanged, id, email, { via: 'setup' }, true],
      ]);
    });
  });

  describe('user.email_changed', () => {
    it('POST /auth/email/confirm: recorded with the new address uncommitted; a throwing sink leaves the old address and the link', async () => {
      const user = await account();
      const session = await login(user.email, GOOD_PASSWORD).expect(200);
      sink.calls.length = 0;
      const next = uniqueEmail('sink-new');
      await http()
        .post('/me/email')
        .set('authorization', `Bearer ${session.body.accessToken}`)
        .send({ email: next, currentPassword: GOOD_PASSWORD })
        .expect(202);
      const token = await linkToken(next, 'confirm-email');
      const emailOf = async (m: EntityManager | DataSource, userId: string) =>
        ((await m.query(`SELECT email FROM users WHERE id = $1`, [userId])) as { email: string }[])[0].email;
      sink.probe = async (m, event) => ({ mine: await emailOf(m, event.userId), others: await emailOf(db, event.userId) });
      sink.failOn = IdentityEvents.EmailChanged;
      expect((await http().post('/auth/email/confirm').send({ token })).status).toBe(500);
      expect(sink.calls).toEqual([
        {
          name: IdentityEvents.EmailChanged,
          event: expect.objectContaining({ userId: user.id, email: next, data: { oldEmail: user.email } }),
          inTransaction: true,
          seen: { mine: next, others: user.email },
        },
      ]);
      expect(await emailOf(db, user.id)).toBe(user.email);
      expect(busEvents.filter((e) => e.name === IdentityEvents.EmailChanged)).toEqual([]);

      sink.failOn = undefined;
      sink.calls.length = 0;
      await http().post('/auth/email/confirm').send({ token }).expect(200);
      expect(sink.calls.map((c) => [c.name, c.event.email, c.seen])).toEqual([
        [IdentityEvents.EmailChanged, next, { mine: next, others: user.email }],
      ]);
      expect(busEvents.filter((e) => e.name === IdentityEvents.EmailChanged).map((e) => e.event.email)).toEqual([next]);
    });
  });
});
