import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

describe('identity: GET/PATCH /me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'profile' });
  });
  afterAll(() => t.close());

  it('updates name, phone (stored as E.164) and locale; an empty string clears', async () => {
    const user = await signUp(t);
    const res = await t.http
      .patch('/api/v1/me')
      .set('authorization', bearer(user.accessToken))
      .send({ firstName: ' Olena ', lastName: 'Shevchenko', phone: '+380 67 123 4567', locale: 'uk' })
      .expect(200);
    expect(res.body).toMatchObject({ firstName: 'Olena', lastName: 'Shevchenko', phone: '+380671234567', locale: 'uk' });
    const cleared = await t.http.patch('/api/v1/me').set('authorization', bearer(user.accessToken)).send({ phone: '' }).expect(200);
    expect(cleared.body.phone).toBeNull();
    const me = await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)).expect(200);
    expect(me.body).toMatchObject({ firstName: 'Olena', phone: null, locale: 'uk', email: user.email });
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it("rejects an invalid phone, an unknown locale and fields that are not the profile's", async () => {
    const user = await signUp(t);
    const phone = expectProblem(
      await t.http.patch('/api/v1/me').set('authorization', bearer(user.accessToken)).send({ phone: '12345' }),
      422,
      'VALIDATION_FAILED',
    );
    expect(fieldErrors(phone)).toEqual(['phone:PHONE_INVALID']);
    const bad = expectProblem(
      await t.http
        .patch('/api/v1/me')
        .set('authorization', bearer(user.accessToken))
        .send({ locale: 'de', email: 'x@y.z', status: 'active' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldErrors(bad)).toEqual(expect.arrayContaining(['locale:IS_IN', 'email:UNKNOWN_FIELD', 'status:UNKNOWN_FIELD']));
  });

  it('translates problems into Polish and Ukrainian', async () => {
    const pl = await t.http.get('/api/v1/me').set('accept-language', 'pl');
    expect(expectProblem(pl, 401, 'UNAUTHORIZED').title).toBe('Wymagane jest uwierzytelnienie.');
    expect(pl.headers['content-language']).toBe('pl');
    const uk = await t.http
      .post('/api/v1/auth/login')
      .set('accept-language', 'uk-UA, en;q=0.5')
      .send({ email: 'nobody@example.test', password: 'whatever-123' });
    expect(expectProblem(uk, 401, 'INVALID_CREDENTIALS').detail).toBe('Неправильна адреса електронної пошти або пароль.');
  });
});
