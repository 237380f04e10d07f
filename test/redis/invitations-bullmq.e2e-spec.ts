import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { invite } from '../support/factories/invitations';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../support/identity';
import { expectProblem } from '../support/problem';

// Runs when TEST_REDIS_URL is set (CI installs Redis); see jest.config.js. The invitation lifecycle
// on the production queue driver: the mail goes outbox -> BullMQ -> mailbox, and the expiry sweep
// runs from the scheduler's tick (moved by the app's clock), not from a direct call.
const redisUrl = process.env.TEST_REDIS_URL!;
const prefix = `invitations-${process.pid}-${Date.now()}`;
const DAY = 24 * 3_600_000;
const NEW_PASSWORD = 'amber-Quarry-whistle-58';

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('redis: invitations on the BullMQ driver', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({
      label: 'invitations-bullmq',
      env: { REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, EXPIRY_SWEEP_INTERVAL: '1m', LOGIN_MAX_ATTEMPTS_PER_IP: '10000' },
    });
    db = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  async function owner() {
    const o = await signUp(t, { firstName: 'Olena' });
    const userId = (await t.app.get(IdentityUsers).findByEmail(o.email))!.id;
    return { ...o, userId, tenantId: await createTenant(t, userId, 'Queue Ltd') };
  }

  it('runs on BullMQ: the mail arrives through the queue, registering by its link joins once', async () => {
    const ready = await t.http.get('/health/ready').expect(200);
    expect(JSON.stringify(ready.body)).toContain('"driver":"bullmq"');
    const o = await owner();
    const email = uniqueEmail('bull-invitee');
    const { token } = await invite(t, o.tenantId, o.accessToken, { email, role: 'member' });
    const made = await t.http
      .post('/api/v1/invitations/register')
      .send({ token, password: NEW_PASSWORD, firstName: 'Ira', lastName: 'Bo' })
      .expect(201);
    expect(made.body).toMatchObject({ tenantId: o.tenantId, role: 'member' });
    expectProblem(
      await t.http.post('/api/v1/invitations/register').send({ token, password: NEW_PASSWORD, firstName: 'Ira', lastName: 'Bo' }),
      410,
      'INVITATION_USED',
    );
    const login = await t.http.post('/api/v1/auth/login').send({ email, password: NEW_PASSWORD }).expect(200);
    const mine = await t.http.get('/api/v1/me/tenants').set('Authorization', bearer(login.body.accessToken)).expect(200);
    expect(mine.body.items.map((i: { tenantId: string }) => i.tenantId)).toEqual([o.tenantId]);
  });

  it('the scheduled sweep expires a due invitation once its tick comes, and logs it with actor system', async () => {
    const o = await owner();
    const { invitation } = await invite(t, o.tenantId, o.accessToken, { email: uniqueEmail('bull-due'), role: 'member' });
    const status = async () => (await db.query('SELECT status FROM invitations WHERE id = $1', [invitation.id]))[0].status as string;
    expect(await status()).toBe('pending');
    // Seven days and a tick later the scheduler enqueues tenancy.expire-invitations on its own.
    t.clock.advance(7 * DAY + 2 * 60_000);
    expect(await eventually(status, (s) => s === 'expired')).toBe('expired');
    const [entry] = await db.query(`SELECT actor_type, actor_id FROM activity_log WHERE action = 'invitation.expired' AND target_id = $1`, [
      invitation.id,
    ]);
    expect(entry).toEqual({ actor_type: 'system', actor_id: 'tenancy.expire-invitations' });
  });
});
