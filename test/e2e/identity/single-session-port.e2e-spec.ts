// The session policy is a port of identity: a host without tenancy plugs its own resolver through
// the module options, and identity applies it at login, in the login's transaction.
import { Clock, ManualClock } from '@tenant-iam/common';
import { IdentityUsers, SessionPolicyResolver } from '@tenant-iam/identity';
import { Global, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { IdentityHost, startIdentityHost } from '../../support/identity-host';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

/** A host's rule: one device for the accounts it lists; it notes whether it was asked inside a transaction. */
class ListedAccountsOneDevice extends SessionPolicyResolver {
  readonly single = new Set<string>();
  readonly asked: { userId: string; inTransaction: boolean }[] = [];
  async singleSession(userId: string, manager: EntityManager): Promise<boolean> {
    this.asked.push({ userId, inTransaction: manager.queryRunner?.isTransactionActive === true });
    return this.single.has(userId);
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useValue: new ManualClock(new Date()) }], exports: [Clock] })
class HostClockModule {}

describe('identity: the session policy port, plugged by a host without tenancy', () => {
  let host: IdentityHost;
  let app: NestFastifyApplication;
  const policy = new ListedAccountsOneDevice();
  const http = () => request(app.getHttpServer());

  async function account(): Promise<{ id: string; email: string }> {
    const users = app.get(IdentityUsers);
    const email = uniqueEmail('port');
    const passwordHash = await users.hashPassword(GOOD_PASSWORD);
    const created = await app.get(DataSource).transaction((m) => users.createVouched({ email, passwordHash, verified: true }, m));
    return { id: created.id, email };
  }
  const login = async (email: string) => (await http().post('/auth/login').send({ email, password: GOOD_PASSWORD }).expect(200)).body;
  const me = (accessToken: string) => http().get('/me').set('authorization', `Bearer ${accessToken}`);

  beforeAll(async () => {
    // No eventSink: the default records nothing, and the plugged policy alone makes login transactional.
    host = await startIdentityHost({ label: 'sessionport', host: HostClockModule, identity: () => ({ sessionPolicyResolver: policy }) });
    app = host.app;
  });

  afterAll(() => host?.close());

  it('asks the plugged resolver at login, inside the login transaction, and applies its answer', async () => {
    const one = await account();
    policy.single.add(one.id);
    const first = await login(one.email);
    const second = await login(one.email);
    expectProblem(await me(first.accessToken), 401, 'SESSION_REPLACED');
    await me(second.accessToken).expect(200);
    expect(policy.asked.filter((a) => a.userId === one.id)).toEqual([
      { userId: one.id, inTransaction: true },
      { userId: one.id, inTransaction: true },
    ]);
  });

  it('leaves the sessions of accounts it does not limit alone', async () => {
    const many = await account();
    const first = await login(many.email);
    const second = await login(many.email);
    await me(first.accessToken).expect(200);
    expect((await me(second.accessToken).expect(200)).body.email).toBe(many.email);
    expect((await http().get('/me/sessions').set('authorization', `Bearer ${second.accessToken}`).expect(200)).body.items).toHaveLength(2);
  });
});
