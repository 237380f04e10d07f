import { IdentityInit1764000001000 } from './migrations/1764000001000-identity-init';
import { IdentityLinkTokensAndEmails1764000003000 } from './migrations/1764000003000-identity-link-tokens-and-emails';
import { IdentityUserDirectory1764000005000 } from './migrations/1764000005000-identity-user-directory';
import { IdentityEmailProven1764000010000 } from './migrations/1764000010000-identity-email-proven';
import { IdentitySessionSweeps1764000017000 } from './migrations/1764000017000-identity-session-sweeps';

/** The identity lib's migrations, in order; the host runs them (never `synchronize`). */
export const IDENTITY_MIGRATIONS = [
  IdentityInit1764000001000,
  IdentityLinkTokensAndEmails1764000003000,
  IdentityUserDirectory1764000005000,
  IdentityEmailProven1764000010000,
  IdentitySessionSweeps1764000017000,
];
