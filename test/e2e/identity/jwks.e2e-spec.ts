// Access tokens are ES256 JWTs that other services verify with the published keys alone:
// a stock JOSE library (jose) verifies a login's token against GET /.well-known/jwks.json, a
// rotation keeps the previous key valid, and tokens that are not ours are refused.
import { createHmac, createPrivateKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { thumbprint } from '@tenant-iam/identity';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact ES256 JWS signed with `key`, as another issuer (or an old key) would make it. */
function es256(claims: object, key: KeyObject, kid: string): string {
  const body = `${b64({ alg: 'ES256', typ: 'JWT', kid })}.${b64(claims)}`;
  return `${body}.${sign('sha256', Buffer.from(body), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

const kidOf = (key: KeyObject) => thumbprint(key.export({ format: 'jwk' }));

describe('access tokens verifiable with the published keys', () => {
  const previous = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      label: 'jwks',
      env: { JWT_PREVIOUS_PUBLIC_KEYS: previous.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
    });
  });
  afterAll(() => t?.close());

  it('publishes the signer and the previous key at /.well-known/jwks.json, cacheable, without auth', async () => {
    const res = await t.http.get('/.well-known/jwks.json').expect(200);
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const signerKid = kidOf(createPrivateKey(t.config.jwtPrivateKey));
    expect(res.body.keys).toEqual([
      expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: signerKid }),
      expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: kidOf(previous.publicKey) }),
    ]);
    for (const key of res.body.keys) expect(key).not.toHaveProperty('d');
    await t.http.get('/api/v1/.well-known/jwks.json').expect(404);
  });

  it("verifies a login's access token with jose and the JWK Set alone", async () => {
    const { accessToken, sessionId } = await signUp(t);
    const { createLocalJWKSet, jwtVerify, decodeProtectedHeader } = await import('jose');
    const jwks = (await t.http.get('/.well-known/jwks.json')).body;
    const { payload, protectedHeader } = await jwtVerify(accessToken, createLocalJWKSet(jwks), { algorithms: ['ES256'] });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: jwks.keys[0].kid });
    expect(payload).toMatchObject({ sid: sessionId, sub: expect.any(String) });
    expect(decodeProtectedHeader(accessToken).alg).toBe('ES256');
  });

  it('accepts a token of the previous key during a rotation', async () => {
    const { accessToken } = await signUp(t);
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
    const token = es256(claims, previous.privateKey, kidOf(previous.publicKey));
    const me = await t.http.get('/api/v1/me').set('authorization', bearer(token)).expect(200);
    expect(me.body.id).toBe(claims.sub);
  });

  it('refuses a token of an unknown key, an HS256 token made with the public key, and alg none', async () => {
    const { accessToken } = await signUp(t);
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const foreign = es256(claims, stranger.privateKey, kidOf(stranger.publicKey));
    // A forged kid: the stranger's signature under the signer's kid.
    const forgedKid = es256(
      claims,
      stranger.privateKey,
      accessToken.split('.')[0] && JSON.parse(Buffer.from(accessToken.split('.')[0], 'base64url').toString()).kid,
    );
    const jwk = (await t.http.get('/.well-known/jwks.json')).body.keys[0];
    const hsBody = `${b64({ alg: 'HS256', typ: 'JWT', kid: jwk.kid })}.${b64(claims)}`;
    const confused = `${hsBody}.${createHmac('sha256', JSON.stringify(jwk)).update(hsBody).digest('base64url')}`;
    const none = `${b64({ alg: 'none', typ: 'JWT', kid: jwk.kid })}.${b64(claims)}.`;
    for (const token of [foreign, forgedKid, confused, none]) {
      expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(token)), 401, 'UNAUTHORIZED');
    }
  });
});
