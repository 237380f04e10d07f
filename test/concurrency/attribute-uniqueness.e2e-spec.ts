import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/create-test-app';
import { createMember, ROOMY_PLANS } from '../support/factories/members';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../support/identity';
import { expectProblem, fieldErrors } from '../support/problem';

// A unique member attribute is held by the database (membership_unique_attributes' primary key),
// and a pool hands out the first free value under the tenant's lock: parallel HTTP requests can
// neither give one extension to two members nor two members the same pooled one.
describe('concurrency: unique member attributes', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: { accessToken: string; userId: string };
  let tenantId: string;

  const members = (n: number) =>
    Promise.all(Array.from({ length: n }, () => createMember(t, tenantId, owner.userId, { email: uniqueEmail('race'), role: 'member' })));
  const rowsOf = async (value: string): Promise<number> =>
    (
      await db.query(`SELECT count(*)::int AS n FROM membership_unique_attributes WHERE tenant_id = $1 AND value = $2`, [tenantId, value])
    )[0].n;
  const storedOf = async (value: string): Promise<number> =>
    (
      await db.query(`SELECT count(*)::int AS n FROM memberships WHERE tenant_id = $1 AND attributes ->> 'sipExtension' = $2`, [
        tenantId,
        value,
      ])
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp({ label: 'attribute-uniqueness', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    const s = await signUp(t);
    owner = { accessToken: s.accessToken, userId: (await t.app.get(IdentityUsers).findByEmail(s.email))!.id };
    tenantId = await createTenant(t, owner.userId, 'Race Telecom');
  });
  afterAll(() => t.close());

  it('20 concurrent PATCHes giving one extension to 20 members: exactly one succeeds, 19 get 409 ATTRIBUTE_TAKEN', async () => {
    const racers = await members(20);
    const answers = await Promise.all(
      racers.map((m) =>
        t.http
          .patch(`/api/v1/tenants/${tenantId}/members/${m.id}`)
          .set('Authorization', bearer(owner.accessToken))
          .send({ attributes: { sipExtension: '777' } }),
      ),
    );
    const won = answers.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    const lost = answers.filter((r) => r.status !== 200);
    expect(lost).toHaveLength(19);
    for (const r of lost)
      expect(fieldErrors(expectProblem(r, 409, 'ATTRIBUTE_TAKEN'))).toEqual(['attributes.sipExtension:ATTRIBUTE_TAKEN']);
    expect(await rowsOf('777')).toBe(1);
    expect(await storedOf('777')).toBe(1);
    const entries = await db.query(
      `SELECT count(*)::int AS n FROM activity_log WHERE tenant_id = $1 AND action = 'member.attributes_changed'`,
      [tenantId],
    );
    expect(entries[0].n).toBe(1);
  });

  it('20 concurrent adds with one extension: exactly one member is created', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.http
          .post(`/api/v1/tenants/${tenantId}/members`)
          .set('Authorization', bearer(owner.accessToken))
          .send({ email: uniqueEmail('add-race'), role: 'member', attributes: { sipExtension: '888' } }),
      ),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of answers.filter((x) => x.status !== 201)) expectProblem(r, 409, 'ATTRIBUTE_TAKEN');
    expect(await rowsOf('888')).toBe(1);
    expect(await storedOf('888')).toBe(1);
  });

  it('20 members taking from the extension range at once get 20 different extensions, the first free ones', async () => {
    await t.http
      .put(`/api/v1/tenants/${tenantId}/telephony/sip-range`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ first: 100, last: 129 })
      .expect(200);
    const racers = await members(20);
    // 103 is held already: the pool skips it.
    await t.http
      .post(`/api/v1/tenants/${tenantId}/telephony/members/${racers[0].id}/sip-extension`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ mode: 'static', value: '103' })
      .expect(200);
    const answers = await Promise.all(
      racers
        .slice(1)
        .map((m) =>
          t.http
            .post(`/api/v1/tenants/${tenantId}/telephony/members/${m.id}/sip-extension`)
            .set('Authorization', bearer(owner.accessToken))
            .send({ mode: 'pool' }),
        ),
    );
    for (const r of answers) expect({ status: r.status, body: r.body }).toEqual({ status: 200, body: expect.any(Object) });
    const taken = answers.map((r) => r.body.sipExtension as string);
    expect(new Set(taken).size).toBe(19);
    const expected = Array.from({ length: 20 }, (_, i) => String(100 + i)).filter((x) => x !== '103');
    expect([...taken].sort()).toEqual(expected);
    for (const value of [...taken, '103']) expect(await rowsOf(value)).toBe(1);
  });
});
