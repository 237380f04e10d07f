import { IdentityUsers } from '@tenant-iam/identity';
import { createTestApp, TestApp } from '../support/create-test-app';
import { createTenant } from '../support/factories/tenants';
import { bearer, signUp, tokenFromMail } from '../support/identity';
import { expectProblem } from '../support/problem';

const SQUATTED_PASSWORD = 'crimson-Lantern-harbour-17';

// Review finding: an organisation's admin may create an account with a password for any address
// nobody registered yet (the admin vouches for it, so it logs in at once). Before the fix such an
// account opened the operator API when its address was in PLATFORM_ADMINS, and was linked as-is
// when another organisation added that address: whoever chose the password got both.
describe('security: accounts an organisation vouched for', () => {
  let t: TestApp;
  const operator = 'ops@platform.test';
  const ceo = 'ceo@bigcorp.test';

  beforeAll(async () => {
    t = await createTestApp({ label: 'vouched-hijack', env: { PLATFORM_ADMINS: operator, LOGIN_MAX_ATTEMPTS_PER_IP: '10000' } });
  });
  afterAll(() => t.close());

  async function attackerTenant(): Promise<{ token: string; tenantId: string }> {
    const attacker = await signUp(t);
    const id = (await t.app.get(IdentityUsers).findByEmail(attacker.email))!.id;
    return { token: attacker.accessToken, tenantId: await createTenant(t, id, 'Squatters') };
  }

  async function squat(email: string): Promise<string> {
    const { token, tenantId } = await attackerTenant();
    await t.http
      .post(`/api/v1/tenants/${tenantId}/members`)
      .set('Authorization', bearer(token))
      .send({ email, role: 'member', password: { mode: 'set', value: SQUATTED_PASSWORD } })
      .expect(201);
    const login = await t.http.post('/api/v1/auth/login').send({ email, password: SQUATTED_PASSWORD }).expect(200);
    return login.body.accessToken as string;
  }

  /** The real owner of the mailbox takes the address back: forgot -> the mailed link -> reset. */
  async function reclaim(email: string): Promise<string> {
    await t.http.post('/api/v1/auth/password/forgot').send({ email }).expect(202);
    const token = await tokenFromMail(t, email, 'reset-password');
    const password = 'teal-Meadow-compass-62';
    await t.http.post('/api/v1/auth/password/reset').send({ token, password }).expect(200);
    return (await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
  }

  it('a vouched account does not open the operator API; its owner does once they prove the address', async () => {
    const squatter = await squat(operator);
    expectProblem(await t.http.get('/api/v1/admin/tenants').set('Authorization', bearer(squatter)), 404, 'NOT_FOUND');
    const owner = await reclaim(operator);
    await t.http.get('/api/v1/admin/tenants').set('Authorization', bearer(owner)).expect(200);
    // The squatter's session died with the reset.
    expectProblem(await t.http.get('/api/v1/me').set('Authorization', bearer(squatter)), 401, 'SESSION_REVOKED');
  });

  it('another organisation cannot link a vouched account until its owner proves the address', async () => {
    await squat(ceo);
    const victimOrg = await attackerTenant();
    const add = () =>
      t.http
        .post(`/api/v1/tenants/${victimOrg.tenantId}/members`)
        .set('Authorization', bearer(victimOrg.token))
        .send({ email: ceo, role: 'superadmin' });
    expectProblem(await add(), 409, 'ACCOUNT_NOT_CONFIRMED');
    await reclaim(ceo);
    expect((await add().expect(201)).body).toMatchObject({ email: ceo, role: 'superadmin' });
  });
});
