// Access tokens name who issued them (`iss`) and whom they are for (`aud`), and verification
// requires both, like the algorithm: a deployment or product that shares the signing key (or any
// service trusting the same JWK Set) cannot have its tokens accepted here, and the refusal looks
// like any other invalid token.
import { KeyObject, createPrivateKey, sign } from 'node:crypto';
import { createTestApp, TEST_SIGNING_KEY, TestApp } from '../support/create-test-app';
import { bearer, signUp } from '../support/identity';
import { expectProblem } from '../support/problem';

type Claims = Record<string, unknown>;

const decode = (part: string): Claims => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** `token` re-signed with `key` under its own header (alg, kid), its claims changed by `change`. */
function resign(token: string, key: KeyObject, change: (claims: Claims) => Claims): string {
  const [header, payload] = token.split('.');
  const body = `${header}.${Buffer.from(JSON.stringify(change(decode(payload)))).toString('base64url')}`;
  return `${body}.${sign('sha256', Buffer.from(body), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

const without =
  (name: string) =>
  ({ [name]: _dropped, ...rest }: Claims): Claims =>
    rest;

const key = createPrivateKey(TEST_SIGNING_KEY);
const me = (app: TestApp, token: string) => app.http.get('/api/v1/me').set('authorization', bearer(token));

/** Each of `tokens` answers exactly what a garbage token answers: 401 `UNAUTHORIZED`, same title and detail. */
async function expectLikeGarbage(t: TestApp, tokens: Record<string, string>): Promise<void> {
  const shape = ({ code, title, detail, status }: Record<string, unknown>) => ({ code, title, detail, status });
  const garbage = shape(expectProblem(await me(t, 'nonsense'), 401, 'UNAUTHORIZED'));
  for (const [name, token] of Object.entries(tokens)) {
    expect({ name, problem: shape(expectProblem(await me(t, token), 401, 'UNAUTHORIZED')) }).toEqual({ name, problem: garbage });
  }
}

// One app at a time: passport keeps one strategy per name per process, so two apps of one test
// file with different options would both verify with the options of the last one built.
describe('access tokens carry and check iss and aud (defaults)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'token-claims' });
  });
  afterAll(() => t?.close());

  it('writes iss (APP_URL by default) and aud (tenant-iam-api by default) into a login token, which works', async () => {
    const user = await signUp(t);
    expect(decode(user.accessToken.split('.')[1])).toMatchObject({ iss: 'http://app.test', aud: 'tenant-iam-api', sid: user.sessionId });
    await me(t, user.accessToken).expect(200);
    // The control of the cases below: the same claims re-signed by hand are accepted.
    await me(
      t,
      resign(user.accessToken, key, (claims) => claims),
    ).expect(200);
  });

  it('answers 401 UNAUTHORIZED, like any invalid token, for a missing or wrong aud or iss signed with the right key', async () => {
    const { accessToken } = await signUp(t);
    const refused = {
      'no aud': resign(accessToken, key, without('aud')),
      'a wrong aud': resign(accessToken, key, (claims) => ({ ...claims, aud: 'crm-api' })),
      'an aud list without ours': resign(accessToken, key, (claims) => ({ ...claims, aud: ['crm-api', 'tenant-iam-api '] })),
      'an aud differing in case': resign(accessToken, key, (claims) => ({ ...claims, aud: 'TENANT-IAM-API' })),
      'no iss': resign(accessToken, key, without('iss')),
      'a wrong iss': resign(accessToken, key, (claims) => ({ ...claims, iss: 'https://crm.example.test' })),
      'an iss with a trailing slash': resign(accessToken, key, (claims) => ({ ...claims, iss: 'http://app.test/' })),
      'neither iss nor aud': resign(accessToken, key, (claims) => without('iss')(without('aud')(claims))),
    };
    await expectLikeGarbage(t, refused);
    // The session behind them is untouched: the genuine token still works.
    await me(t, accessToken).expect(200);
  });

  it('keeps ACCESS_TOKEN_EXPIRED for an expired token of ours, but a foreign expired token is only invalid', async () => {
    const { accessToken } = await signUp(t);
    const foreign = resign(accessToken, key, (claims) => ({ ...claims, aud: 'crm-api' }));
    const noAudience = resign(accessToken, key, without('aud'));
    t.clock.advance(11 * 60_000);
    // Ours: the client is told to refresh, as documented.
    expectProblem(await me(t, accessToken), 401, 'ACCESS_TOKEN_EXPIRED');
    // Not ours: iss / aud are checked before expiry, so it learns nothing, not even that it expired.
    await expectLikeGarbage(t, { 'expired, a wrong aud': foreign, 'expired, no aud': noAudience });
  });
});

describe('access tokens carry and check iss and aud (JWT_ISSUER, JWT_AUDIENCE)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'token-claims-env', env: { JWT_ISSUER: 'https://crm.example.test', JWT_AUDIENCE: 'crm-api' } });
  });
  afterAll(() => t?.close());

  it("writes the configured iss and aud, and refuses the default deployment's claims under the same key and a live session", async () => {
    const user = await signUp(t);
    expect(decode(user.accessToken.split('.')[1])).toMatchObject({ iss: 'https://crm.example.test', aud: 'crm-api' });
    await me(t, user.accessToken).expect(200);
    // What a deployment with the defaults writes, signed with the key both share, for this very session.
    await expectLikeGarbage(t, {
      "the defaults' iss and aud": resign(user.accessToken, key, (claims) => ({
        ...claims,
        iss: 'http://app.test',
        aud: 'tenant-iam-api',
      })),
      "the defaults' aud only": resign(user.accessToken, key, (claims) => ({ ...claims, aud: 'tenant-iam-api' })),
    });
    await me(t, user.accessToken).expect(200);
  });
});
