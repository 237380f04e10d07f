import { createHash, createPrivateKey, createPublicKey, type JsonWebKey, KeyObject } from 'node:crypto';

/** The one algorithm access JWTs are signed and verified with. */
export const ACCESS_TOKEN_ALGORITHM = 'ES256';

/** A public key as `GET /.well-known/jwks.json` lists it (RFC 7517). */
export interface PublicJwk extends JsonWebKey {
  kid: string;
  alg: typeof ACCESS_TOKEN_ALGORITHM;
  use: 'sig';
}

/** The body of `GET /.well-known/jwks.json`. */
export interface JwkSet {
  keys: PublicJwk[];
}

/**
 * The access-token key set: one P-256 private key that signs, and the public keys a verifier
 * accepts (the signer's own, plus previous signers' during a rotation, until their tokens expire).
 * Each key's `kid` is its RFC 7638 thumbprint, so it never needs configuring and two processes
 * with the same key always agree on it.
 */
export class AccessTokenKeys {
  /** The key new tokens are signed with. */
  readonly signingKey: KeyObject;
  /** The `kid` header of new tokens. */
  readonly signingKid: string;
  private readonly verifiers = new Map<string, KeyObject>();
  private readonly published: PublicJwk[] = [];

  /**
   * @param privateKey PEM (PKCS#8 or SEC1) or KeyObject of a P-256 private key.
   * @param previousPublicKeys public keys (PEM or KeyObject) of earlier signers, still accepted.
   * @throws Error when a key is not a P-256 (`prime256v1`) key; the message never contains key material.
   */
  constructor(privateKey: string | KeyObject, previousPublicKeys: readonly (string | KeyObject)[] = []) {
    this.signingKey = typeof privateKey === 'string' ? parseKey(() => createPrivateKey(privateKey), 'private') : privateKey;
    if (this.signingKey.type !== 'private') throw new Error('the signing key must be a private key');
    assertP256(this.signingKey, 'private');
    this.signingKid = this.accept(createPublicKey(this.signingKey));
    for (const key of previousPublicKeys) {
      const publicKey = typeof key === 'string' ? parseKey(() => createPublicKey(key), 'public') : createPublicKey(key);
      assertP256(publicKey, 'public');
      this.accept(publicKey);
    }
  }

  /** The public key with this `kid`, or undefined: a token naming another kid is refused. */
  verificationKey(kid: unknown): KeyObject | undefined {
    return typeof kid === 'string' ? this.verifiers.get(kid) : undefined;
  }

  /** Every accepted public key, the signer's first. */
  jwks(): JwkSet {
    return { keys: this.published };
  }

  private accept(publicKey: KeyObject): string {
    const jwk = publicKey.export({ format: 'jwk' });
    const kid = thumbprint(jwk);
    if (!this.verifiers.has(kid)) {
      this.verifiers.set(kid, publicKey);
      this.published.push({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' });
    }
    return kid;
  }
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of an EC public key. */
export function thumbprint(jwk: JsonWebKey): string {
  // The required members in lexicographic order, no whitespace: the RFC's canonical form.
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function parseKey(parse: () => KeyObject, kind: 'private' | 'public'): KeyObject {
  try {
    return parse();
  } catch {
    throw new Error(`not a PEM-encoded ${kind} key`);
  }
}

function assertP256(key: KeyObject, kind: 'private' | 'public'): void {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`the ${kind} key must be an EC P-256 key (ES256)`);
  }
}
