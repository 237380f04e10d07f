import { IdentityInit1764000001000 } from './migrations/1764000001000-identity-init';
import { IdentityOneLiveToken1764000003000 } from './migrations/1764000003000-identity-one-live-token';

/** The identity lib's migrations, in order; the host runs them (never `synchronize`). */
export const IDENTITY_MIGRATIONS = [IdentityInit1764000001000, IdentityOneLiveToken1764000003000];
