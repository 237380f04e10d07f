import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, GOOD_PASSWORD, signUp, tokenFromMail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

let counter = 0;
const local = (label: string) => `${label}${Date.now().toString(36)}${++counter}`;

// What counts as one address (libs/identity/README.md, "Email addresses"), seen over HTTP.
describe('identity: email addresses are normalised and invisible characters refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'emailnorm' });
  });
  afterAll(() => t.close());

  const login = (email: string, password = GOOD_PASSWORD) => t.http.post('/api/v1/auth/login').send({ email, password });

  it('an internationalised domain is one account whether typed in Unicode or punycode', async () => {
    const name = local('łucja');
    const stored = `${name}@xn--przykad-rjb.pl`;
    await t.http
      .post('/api/v1/auth/register')
      .send({ email: `${name.toUpperCase()}@Przykład.PL`, password: GOOD_PASSWORD })
      .expect(202);
    // The sink's parser shows the recipient's domain decoded back to Unicode.
    const token = await tokenFromMail(t, `${name}@przykład.pl`, 'verify-email');
    expect((await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200)).body.email).toBe(stored);

    await login(stored).expect(200);
    const session = await login(`${name}@przykład.pl`).expect(200);
    const me = await t.http.get('/api/v1/me').set('authorization', bearer(session.body.accessToken)).expect(200);
    expect(me.body.email).toBe(stored);
  });

  it('a full-width (NFKC-equivalent) address reaches the same account', async () => {
    const user = await signUp(t, { email: `${local('ala')}@example.com` });
    const fullWidth = [...user.email].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');
    expect(fullWidth).not.toBe(user.email);
    await login(fullWidth).expect(200);
    t.mail.clear();
    await t.http.post('/api/v1/auth/password/forgot').send({ email: fullWidth }).expect(202);
    await tokenFromMail(t, user.email, 'reset-password');
  });

  it('dots and plus tags are not folded: they name other accounts', async () => {
    const user = await signUp(t, { email: `${local('ab')}@example.com` });
    const [name, domain] = user.email.split('@');
    expectProblem(await login(`${name.slice(0, 1)}.${name.slice(1)}@${domain}`), 401, 'INVALID_CREDENTIALS');
    expectProblem(await login(`${name}+tag@${domain}`), 401, 'INVALID_CREDENTIALS');
  });

  describe.each([
    ['zero-width space', '\u200B'],
    ['right-to-left override', '\u202E'],
    ['word joiner', '\u2060'],
    ['first strong isolate', '\u2068'],
    ['zero-width no-break space', '\uFEFF'],
  ])('an address with a %s', (_name, char) => {
    const sneaky = (email: string) => email.replace('@', `${char}@`).replace('example', `exa${char}mple`);
    const expectRefused = (res: import('supertest').Response) => {
      const body = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(fieldErrors(body)).toContain('email:EMAIL_INVISIBLE_CHARACTERS');
      expect(body.errors.find((e: { code: string }) => e.code === 'EMAIL_INVISIBLE_CHARACTERS').message).toMatch(/invisible/);
    };

    it('is refused with a field error by register, login, forgot-password and email change', async () => {
      const user = await signUp(t, { email: `${local('victim')}@example.com` });
      expectRefused(
        await t.http.post('/api/v1/auth/register').send({ email: sneaky(`${local('new')}@example.com`), password: GOOD_PASSWORD }),
      );
      expectRefused(await login(sneaky(user.email)));
      expectRefused(await t.http.post('/api/v1/auth/password/forgot').send({ email: sneaky(user.email) }));
      expectRefused(
        await t.http
          .post('/api/v1/me/email')
          .set('authorization', bearer(user.accessToken))
          .send({ email: sneaky(`${local('other')}@example.com`), currentPassword: GOOD_PASSWORD }),
      );
    });
  });

  it('translates the field error', async () => {
    const res = await t.http
      .post('/api/v1/auth/register')
      .set('accept-language', 'pl')
      .send({ email: `a\u200B${local('x')}@example.com`, password: GOOD_PASSWORD });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(body.errors.find((e: { code: string }) => e.code === 'EMAIL_INVISIBLE_CHARACTERS').message).toMatch(/niewidoczne/);
  });
});
