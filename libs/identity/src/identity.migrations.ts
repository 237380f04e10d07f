import { IdentityInit1764000001000 } from './migrations/1764000001000-identity-init';

/** The identity lib's migrations, in order; the host runs them (never `synchronize`). */
export const IDENTITY_MIGRATIONS = [IdentityInit1764000001000];
