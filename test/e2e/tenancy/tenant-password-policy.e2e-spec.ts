import { createTestApp, TestApp } from '../../support/create-test-app';
import { addMember } from '../../support/factories/members';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, tokenFromMail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

interface Account {
  id: string;
  email: string;
  password: string;
  accessToken: string;
}

// Strong enough for the account policy (12 here), differing only in length.
const PW12 = 'Qx7#mV2!pL9z';
const PW16 = 'Qx7#mV2!pL9zRt4&';
const PW18 = 'Qx7#mV2!pL9zRt4&Wb';

// The rule: a tenant's password policy applies to its members wherever they choose a password
// (change, reset), the strictest of all their tenants; a tenant may only tighten the account's.
describe('tenancy: tenant password policies', () => {
  let t: TestApp;

  async function account(): Promise<Account> {
    const user = await signUp(t);
    const me = await t.http.get('/api/v1/me').set('Authorization', bearer(user.accessToken)).expect(200);
    return { id: me.body.id, email: user.email, password: user.password, accessToken: user.accessToken };
  }

  async function tenantWithPolicy(policy: Record<string, unknown>): Promise<{ tenantId: string; owner: Account }> {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ settings: { passwordPolicy: policy } })
      .expect(200);
    return { tenantId, owner };
  }

  const change = (user: Account, password: string) =>
    t.http.post('/api/v1/me/password').set('Authorization', bearer(user.accessToken)).send({ currentPassword: user.password, password });

  async function resetToken(user: Account): Promise<string> {
    await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    return tokenFromMail(t, user.email, 'reset-password');
  }
  const reset = (token: string, password: string) => t.http.post('/api/v1/auth/password/reset').send({ token, password });

  beforeAll(async () => {
    t = await createTestApp({
      label: 'tenant-pw-policy',
      // The account-wide policy of this deployment: 12, above identity's default of 10.
      env: { PASSWORD_POLICY: JSON.stringify({ minLength: 12 }), LOGIN_MAX_ATTEMPTS_PER_IP: '10000' },
    });
  });
  afterAll(() => t.close());

  it("a member cannot change to a password shorter than the tenant's minLength; a non-member can", async () => {
    const { tenantId } = await tenantWithPolicy({ minLength: 16 });
    const member = await account();
    await addMember(t, tenantId, member.id, 'member');
    expectProblem(await change(member, PW12), 422, 'PASSWORD_POLICY');
    await change(member, PW16).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: member.email, password: PW16 }).expect(200);

    const outsider = await account();
    await change(outsider, PW12).expect(200);
  });

  it('the same through a reset link (forgot → mail → reset)', async () => {
    const { tenantId } = await tenantWithPolicy({ minLength: 16 });
    const member = await account();
    await addMember(t, tenantId, member.id, 'admin');
    const token = await resetToken(member);
    expectProblem(await reset(token, PW12), 422, 'PASSWORD_POLICY');
    // The refused attempt did not use up the link.
    await reset(token, PW16).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: member.email, password: PW16 }).expect(200);
    expectProblem(await t.http.post('/api/v1/auth/login').send({ email: member.email, password: PW12 }), 401, 'INVALID_CREDENTIALS');

    const outsider = await account();
    await reset(await resetToken(outsider), PW12).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: outsider.email, password: PW12 }).expect(200);
  });

  it('a blocked member is still bound (the block may be lifted; the password outlives it)', async () => {
    const { tenantId } = await tenantWithPolicy({ minLength: 16 });
    const blocked = await account();
    await addMember(t, tenantId, blocked.id, 'member', { status: 'blocked' });
    expectProblem(await change(blocked, PW12), 422, 'PASSWORD_POLICY');
  });

  it('a user in two tenants gets the strictest of both', async () => {
    const a = await tenantWithPolicy({ minLength: 14 });
    const b = await tenantWithPolicy({ minLength: 18 });
    const both = await account();
    await addMember(t, a.tenantId, both.id, 'member');
    await addMember(t, b.tenantId, both.id, 'client');
    const onlyA = await account();
    await addMember(t, a.tenantId, onlyA.id, 'member');

    expectProblem(await change(both, PW16), 422, 'PASSWORD_POLICY');
    expectProblem(await reset(await resetToken(both), PW16), 422, 'PASSWORD_POLICY');
    await change(both, PW18).expect(200);

    expectProblem(await change(onlyA, PW12), 422, 'PASSWORD_POLICY');
    await change(onlyA, PW16).expect(200);
  });

  it('resetting the tenant policy (null) lifts the extra rule at once', async () => {
    const { tenantId, owner } = await tenantWithPolicy({ minLength: 16 });
    const member = await account();
    await addMember(t, tenantId, member.id, 'member');
    expectProblem(await change(member, PW12), 422, 'PASSWORD_POLICY');
    await t.http
      .patch(`/api/v1/tenants/${tenantId}`)
      .set('Authorization', bearer(owner.accessToken))
      .send({ settings: { passwordPolicy: null } })
      .expect(200);
    await change(member, PW12).expect(200);
  });

  it("a policy weaker than the account's, or one no password can meet, is refused with 422 INVALID_SETTINGS", async () => {
    const owner = await account();
    const tenantId = await createTenant(t, owner.id);
    const patch = (passwordPolicy: Record<string, unknown>) =>
      t.http.patch(`/api/v1/tenants/${tenantId}`).set('Authorization', bearer(owner.accessToken)).send({ settings: { passwordPolicy } });

    // 10 is identity's default but below this deployment's 12: the account policy is the configured one.
    const weaker = expectProblem(await patch({ minLength: 10 }), 422, 'INVALID_SETTINGS');
    expect(weaker.errors).toEqual([expect.objectContaining({ field: 'settings.passwordPolicy.minLength', code: 'POLICY_NOT_STRICTER' })]);
    expect(weaker.errors[0].params).toMatchObject({ account: 12 });
    expect(fieldErrors(expectProblem(await patch({ maxLength: 500 }), 422, 'INVALID_SETTINGS'))).toEqual([
      'settings.passwordPolicy.maxLength:POLICY_NOT_STRICTER',
    ]);
    expect(fieldErrors(expectProblem(await patch({ minStrength: 1 }), 422, 'INVALID_SETTINGS'))).toEqual([
      'settings.passwordPolicy.minStrength:POLICY_NOT_STRICTER',
    ]);
    expect(fieldErrors(expectProblem(await patch({ minLength: 200 }), 422, 'INVALID_SETTINGS'))).toEqual([
      'settings.passwordPolicy.minLength:PASSWORD_MIN_LENGTH_ABOVE_MAX',
    ]);
    // Nothing was stored: a member may still choose a 12-character password.
    const member = await account();
    await addMember(t, tenantId, member.id, 'member');
    await change(member, PW12).expect(200);
    await patch({ minLength: 12, requireDigit: true }).expect(200);
  });
});
