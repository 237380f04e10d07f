import { createTestApp, TestApp } from '../../support/create-test-app';
import { ApiClient, apiClient, declaredProblemCodes, withBearer } from '../../support/api-client';
import { GOOD_PASSWORD, tokenFromMail, uniqueEmail } from '../../support/identity';

/** `true` only when A and B are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The generated client against the listening app: a route, field or code a client relies on
// that changes in the contract breaks this suite's typecheck or its assertions.
describe('contract: the typed client (openapi-typescript + openapi-fetch)', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await createTestApp({ label: 'contract-client' });
    api = await apiClient(t);
  });
  afterAll(() => t.close());

  it('signs up, verifies, logs in and reads /me and /me/tenants', async () => {
    const email = uniqueEmail('client');
    const registered = await api.POST('/api/v1/auth/register', {
      body: { email, password: GOOD_PASSWORD, firstName: 'Anna', locale: 'pl' },
    });
    expect(registered.response.status).toBe(202);

    const token = await tokenFromMail(t, email, 'verify-email');
    const verified = await api.POST('/api/v1/auth/verify-email', { body: { token } });
    expect(verified.data).toEqual({ email, emailVerified: true });

    const login = await api.POST('/api/v1/auth/login', { body: { email, password: GOOD_PASSWORD } });
    if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
    const { accessToken, refreshToken, expiresIn, tokenType, sessionId } = login.data;
    expect({ tokenType, expiresIn }).toEqual({ tokenType: 'Bearer', expiresIn: 600 });
    expect(refreshToken).toEqual(expect.any(String));

    const me = await api.GET('/api/v1/me', withBearer(accessToken));
    expect(me.data).toMatchObject({ email, firstName: 'Anna', locale: 'pl', status: 'active', mustChangePassword: false });

    const tenants = await api.GET('/api/v1/me/tenants', { ...withBearer(accessToken), params: { query: { limit: 10 } } });
    expect(tenants.data).toEqual({ items: [], nextCursor: null });

    const sessions = await api.GET('/api/v1/me/sessions', withBearer(accessToken));
    expect(sessions.data?.items.map((s) => [s.id, s.current])).toEqual([[sessionId, true]]);

    const revoked = await api.DELETE('/api/v1/me/sessions/{id}', { ...withBearer(accessToken), params: { path: { id: sessionId } } });
    expect(revoked.response.status).toBe(204);
  });

  it('gets problems typed with the codes the contract declares for that route', async () => {
    const login = await api.POST('/api/v1/auth/login', { body: { email: uniqueEmail('nobody'), password: GOOD_PASSWORD } });
    expect(login.response.status).toBe(401);
    expect(login.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // Exactly the codes the contract declares for login: adding or dropping one breaks the typecheck.
    type LoginProblemCode = NonNullable<typeof login.error>['code'];
    const declared: Same<
      LoginProblemCode,
      | 'INVALID_CREDENTIALS'
      | 'EMAIL_NOT_VERIFIED'
      | 'ACCOUNT_DISABLED'
      | 'TOO_MANY_LOGIN_ATTEMPTS'
      | 'VALIDATION_FAILED'
      | 'MALFORMED_BODY'
      | 'BODY_TOO_DEEP'
      | 'BODY_TOO_MANY_VALUES'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'SERVICE_UNAVAILABLE'
      | 'INTERNAL'
    > = true;
    expect(declared).toBe(true);
    const code: LoginProblemCode | undefined = login.error?.code;
    expect(code).toBe('INVALID_CREDENTIALS');
    expect(declaredProblemCodes('/api/v1/auth/login', 'post', 401)).toContain(code);
    expect(login.error).toMatchObject({ status: 401, type: 'urn:problem:invalid-credentials', instance: '/api/v1/auth/login' });

    const invalid = await api.POST('/api/v1/auth/register', {
      body: { email: 'not-an-email', password: GOOD_PASSWORD },
      headers: { 'accept-language': 'pl' },
    });
    expect(invalid.error?.code).toBe('VALIDATION_FAILED');
    expect(declaredProblemCodes('/api/v1/auth/register', 'post', 400)).toContain(invalid.error?.code);
    expect(invalid.error?.errors).toEqual([{ field: 'email', code: 'IS_EMAIL', message: 'Podaj poprawny adres e-mail.' }]);

    const anonymous = await api.GET('/api/v1/me/tenants');
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.code).toBe('UNAUTHORIZED');
    expect(declaredProblemCodes('/api/v1/me/tenants', 'get', 401)).toContain(anonymous.error?.code);
  });
});
