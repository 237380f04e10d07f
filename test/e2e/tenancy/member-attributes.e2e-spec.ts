import { IdentityUsers } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { createMember, ROOMY_PLANS } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

// Typed member attributes over POST/PATCH /members. The reference app declares the telephony-crm
// example's: sipExtension (unique, 2-6 digits), maxConcurrentCalls (whole 1-10), recordCalls
// (yes/no), queueRole (agent | supervisor). Concurrent claims are in concurrency/attribute-uniqueness.
describe('tenancy: member attributes', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: { accessToken: string; userId: string };
  let tenantId: string;

  const url = (path = '', tenant = tenantId) => `/api/v1/tenants/${tenant}/members${path}`;
  const post = (body: object, token = owner.accessToken, tenant = tenantId) =>
    t.http
      .post(url('', tenant))
      .set('Authorization', bearer(token))
      .send({ email: uniqueEmail('attr'), role: 'member', ...body });
  const patch = (id: string, body: object) =>
    t.http
      .patch(url(`/${id}`))
      .set('Authorization', bearer(owner.accessToken))
      .send(body);
  const accounts = async (email: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]))[0].n;
  const holders = async (value: string, tenant = tenantId): Promise<string[]> =>
    (
      await db.query(
        `SELECT membership_id FROM membership_unique_attributes WHERE tenant_id = $1 AND name = 'sipExtension' AND value = $2`,
        [tenant, value],
      )
    ).map((r: { membership_id: string }) => r.membership_id);
  const attributeEntries = async (memberId: string): Promise<{ data: object }[]> =>
    db.query(`SELECT data FROM activity_log WHERE target_id = $1 AND action = 'member.attributes_changed' ORDER BY at, id`, [memberId]);
  const made = (attributes: object = {}) =>
    createMember(t, tenantId, owner.userId, { email: uniqueEmail('made'), role: 'member', attributes: attributes as never });

  async function newOwner() {
    const s = await signUp(t);
    return { accessToken: s.accessToken, userId: (await t.app.get(IdentityUsers).findByEmail(s.email))!.id };
  }

  beforeAll(async () => {
    t = await createTestApp({ label: 'member-attributes', runtime: { plans: ROOMY_PLANS } });
    db = t.app.get(DataSource);
    owner = await newOwner();
    tenantId = await createTenant(t, owner.userId, 'Attributes Ltd');
  });
  afterAll(() => t.close());

  it('lists the declared attributes with their labels and checks', async () => {
    const res = await t.http
      .get(`/api/v1/tenants/${tenantId}/member-attributes`)
      .set('Authorization', bearer(owner.accessToken))
      .expect(200);
    expect(res.body.items).toEqual([
      {
        name: 'sipExtension',
        type: 'string',
        pattern: '[0-9]{2,6}',
        unique: true,
        label: { en: 'SIP extension', pl: 'Numer wewnętrzny SIP', uk: 'Внутрішній номер SIP' },
      },
      expect.objectContaining({ name: 'maxConcurrentCalls', type: 'number', integer: true, min: 1, max: 10, unique: false }),
      expect.objectContaining({ name: 'recordCalls', type: 'boolean', unique: false }),
      expect.objectContaining({ name: 'queueRole', type: 'string', enum: ['agent', 'supervisor'] }),
    ]);
  });

  it('refuses an attribute nobody declared: 422 attributes.<name>: UNKNOWN_ATTRIBUTE, nothing created', async () => {
    const email = uniqueEmail('unknown');
    const body = expectProblem(await post({ email, attributes: { desk: 'A1', sipExtension: '101' } }), 422, 'VALIDATION_FAILED');
    expect(fieldErrors(body)).toEqual(['attributes.desk:UNKNOWN_ATTRIBUTE']);
    expect(await accounts(email)).toBe(0);
    expect(await holders('101')).toEqual([]);
  });

  it.each([
    ['too few digits', { sipExtension: '1' }, 'attributes.sipExtension:ATTRIBUTE_PATTERN'],
    ['too many digits', { sipExtension: '1234567' }, 'attributes.sipExtension:ATTRIBUTE_PATTERN'],
    ['letters', { sipExtension: '12a' }, 'attributes.sipExtension:ATTRIBUTE_PATTERN'],
    ['a number for a text', { sipExtension: 123 }, 'attributes.sipExtension:ATTRIBUTE_TYPE'],
    ['the empty text', { sipExtension: '' }, 'attributes.sipExtension:ATTRIBUTE_EMPTY'],
    ['below min', { maxConcurrentCalls: 0 }, 'attributes.maxConcurrentCalls:ATTRIBUTE_TOO_SMALL'],
    ['above max', { maxConcurrentCalls: 11 }, 'attributes.maxConcurrentCalls:ATTRIBUTE_TOO_LARGE'],
    ['a fraction', { maxConcurrentCalls: 1.5 }, 'attributes.maxConcurrentCalls:ATTRIBUTE_NOT_INTEGER'],
    ['a text for a number', { maxConcurrentCalls: '2' }, 'attributes.maxConcurrentCalls:ATTRIBUTE_TYPE'],
    ['a text for yes/no', { recordCalls: 'yes' }, 'attributes.recordCalls:ATTRIBUTE_TYPE'],
    ['a value outside the list', { queueRole: 'boss' }, 'attributes.queueRole:ATTRIBUTE_NOT_ALLOWED'],
  ] as [string, object, string][])('refuses %s with 422 naming the attribute', async (_label, attributes, field) => {
    const email = uniqueEmail('bad');
    const body = expectProblem(await post({ email, attributes }), 422, 'VALIDATION_FAILED');
    expect(fieldErrors(body)).toEqual([field]);
    expect(body.errors[0].message).toEqual(expect.any(String));
    expect(await accounts(email)).toBe(0);
  });

  it('reports every bad attribute at once, translated', async () => {
    const res = await post({ attributes: { sipExtension: 'x', maxConcurrentCalls: 99, queueRole: 'boss' } }).set('Accept-Language', 'pl');
    const body = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(fieldErrors(body)).toEqual([
      'attributes.sipExtension:ATTRIBUTE_PATTERN',
      'attributes.maxConcurrentCalls:ATTRIBUTE_TOO_LARGE',
      'attributes.queueRole:ATTRIBUTE_NOT_ALLOWED',
    ]);
    expect(body.errors[1]).toMatchObject({ params: { max: 10 }, message: 'Wartość może wynosić najwyżej 10.' });
  });

  it('keeps valid attributes as sent; null on a new member means "not set"', async () => {
    const res = await post({ attributes: { sipExtension: '0100', maxConcurrentCalls: 3, recordCalls: false, queueRole: null } }).expect(
      201,
    );
    expect(res.body.attributes).toEqual({ sipExtension: '0100', maxConcurrentCalls: 3, recordCalls: false });
    expect(await holders('0100')).toEqual([res.body.id]);
  });

  it('a unique value another member holds: 409 ATTRIBUTE_TAKEN naming the field, nothing created; another tenant may hold it', async () => {
    const first = await post({ attributes: { sipExtension: '201' } }).expect(201);
    const email = uniqueEmail('second');
    const body = expectProblem(await post({ email, attributes: { sipExtension: '201' } }), 409, 'ATTRIBUTE_TAKEN');
    expect(fieldErrors(body)).toEqual(['attributes.sipExtension:ATTRIBUTE_TAKEN']);
    expect(body.detail).toContain('sipExtension');
    expect(await accounts(email)).toBe(0);
    expect(await holders('201')).toEqual([first.body.id]);

    const other = await newOwner();
    const otherTenant = await createTenant(t, other.userId, 'Other Ltd');
    const there = await post({ attributes: { sipExtension: '201' } }, other.accessToken, otherTenant).expect(201);
    expect(await holders('201', otherTenant)).toEqual([there.body.id]);
  });

  it('the database itself refuses a second holder, and a value for a member of another tenant', async () => {
    const a = await made({ sipExtension: '601' });
    const b = await made();
    await expect(
      db.query(`INSERT INTO membership_unique_attributes (tenant_id, name, value, membership_id) VALUES ($1, 'sipExtension', '601', $2)`, [
        tenantId,
        b.id,
      ]),
    ).rejects.toMatchObject({ code: '23505' });
    const other = await newOwner();
    const otherTenant = await createTenant(t, other.userId, 'Elsewhere Ltd');
    await expect(
      db.query(`INSERT INTO membership_unique_attributes (tenant_id, name, value, membership_id) VALUES ($1, 'sipExtension', '602', $2)`, [
        otherTenant,
        a.id,
      ]),
    ).rejects.toMatchObject({ code: '23503' });
  });

  describe('PATCH merges key by key', () => {
    it('a value sets its key, null removes it, keys not sent stay; one entry naming what changed', async () => {
      const m = await made({ sipExtension: '301', queueRole: 'agent' });
      const res = await patch(m.id, { attributes: { recordCalls: true, queueRole: null } }).expect(200);
      expect(res.body.attributes).toEqual({ sipExtension: '301', recordCalls: true });
      expect((await attributeEntries(m.id)).map((e) => e.data)).toEqual([{ names: ['queueRole', 'recordCalls'] }]);
      // A unique value kept is still held; unknown names are refused on a change too.
      expect(await holders('301')).toEqual([m.id]);
      expect(fieldErrors(expectProblem(await patch(m.id, { attributes: { desk: 'B2' } }), 422, 'VALIDATION_FAILED'))).toEqual([
        'attributes.desk:UNKNOWN_ATTRIBUTE',
      ]);
    });

    it('compares values, not JSON text: the same values in another order change nothing and log nothing', async () => {
      const m = await made({ sipExtension: '302', maxConcurrentCalls: 2 });
      await patch(m.id, { attributes: { maxConcurrentCalls: 2, sipExtension: '302' } }).expect(200);
      await patch(m.id, { attributes: {} }).expect(200);
      expect(await attributeEntries(m.id)).toEqual([]);
      await patch(m.id, { attributes: { maxConcurrentCalls: 4 } }).expect(200);
      expect((await attributeEntries(m.id)).map((e) => e.data)).toEqual([{ names: ['maxConcurrentCalls'] }]);
    });

    it('moving or removing a unique value frees the old one; removing the member frees its values', async () => {
      const a = await made({ sipExtension: '401' });
      const b = await made();
      expectProblem(await patch(b.id, { attributes: { sipExtension: '401' } }), 409, 'ATTRIBUTE_TAKEN');
      await patch(a.id, { attributes: { sipExtension: '402' } }).expect(200);
      expect((await patch(b.id, { attributes: { sipExtension: '401' } }).expect(200)).body.attributes).toEqual({ sipExtension: '401' });
      await patch(b.id, { attributes: { sipExtension: null } }).expect(200);
      expect(await holders('401')).toEqual([]);
      await t.http
        .delete(url(`/${a.id}`))
        .set('Authorization', bearer(owner.accessToken))
        .expect(204);
      expect(await holders('402')).toEqual([]);
      await made({ sipExtension: '402' });
    });

    it('a refused change (409) writes nothing, neither the other attributes nor the role', async () => {
      await made({ sipExtension: '501' });
      const m = await made({ queueRole: 'agent' });
      expectProblem(
        await patch(m.id, { role: 'admin', attributes: { queueRole: 'supervisor', sipExtension: '501' } }),
        409,
        'ATTRIBUTE_TAKEN',
      );
      const now = (
        await t.http
          .get(url(`/${m.id}`))
          .set('Authorization', bearer(owner.accessToken))
          .expect(200)
      ).body;
      expect(now).toMatchObject({ role: 'member', attributes: { queueRole: 'agent' } });
      expect(await attributeEntries(m.id)).toEqual([]);
    });

    it('a key left over from before it was undeclared can be removed with null, never set', async () => {
      const m = await made({ queueRole: 'agent' });
      await db.query(`UPDATE memberships SET attributes = attributes || '{"legacy": 1}'::jsonb WHERE id = $1`, [m.id]);
      expectProblem(await patch(m.id, { attributes: { legacy: 2 } }), 422, 'VALIDATION_FAILED');
      expect((await patch(m.id, { attributes: { legacy: null } }).expect(200)).body.attributes).toEqual({ queueRole: 'agent' });
    });
  });
});
