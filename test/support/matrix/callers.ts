import { generateKeyPairSync, sign } from 'node:crypto';

/**
 * Who knocks, in the isolation matrix. Tenant T is the one every tenant route is called on; U is
 * another organisation. Each kind is one column of the expectation table.
 */
export const CALLER_KINDS = [
  'anonymous',
  'forgedToken',
  'expiredToken',
  'otherTenantOwner',
  'owner',
  'superadmin',
  'admin',
  'member',
  'client',
  'contact',
  'blocked',
  'removed',
  'apiKey',
  'otherTenantApiKey',
  'rotatedApiKey',
  'operator',
] as const;

/** One column of the matrix. */
export type CallerKind = (typeof CALLER_KINDS)[number];

/** The five roles of T whose answers the roles table decides (the other kinds answer by family). */
export const ROLE_KINDS = ['owner', 'superadmin', 'admin', 'member', 'client'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** A person behind a caller kind: the account, its live session and (in T) its membership. */
export interface Account {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  sessionId: string;
  membershipId?: string;
}

/** One caller of the matrix: the headers it sends, and the account behind them when there is one. */
export interface Caller {
  kind: CallerKind;
  /** The person, for callers that are signed in with a live session (not for tokens that fail, nor keys). */
  account?: Account;
  /** The request headers; mutable, so a rotation can move `apiKey` to the new key. */
  headers: Record<string, string>;
}

/** `Authorization` for a bearer token. */
export const bearerHeaders = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/**
 * A token of the right shape, with the app's `kid`, header and claims, whose signature comes from
 * another P-256 key: only the signature is wrong.
 */
export function forgeToken(validToken: string): string {
  const [header, payload] = validToken.split('.');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}
