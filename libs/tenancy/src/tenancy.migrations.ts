import { TenancyInit1764000002000 } from './migrations/1764000002000-tenancy-init';
import { TenancyMembersPermissions1764000006000 } from './migrations/1764000006000-tenancy-members-permissions';
import { TenancyInvitations1764000015000 } from './migrations/1764000015000-tenancy-invitations';

/** The tenancy lib's migrations, in order, after identity's; the host runs them (never `synchronize`). */
export const TENANCY_MIGRATIONS = [TenancyInit1764000002000, TenancyMembersPermissions1764000006000, TenancyInvitations1764000015000];
