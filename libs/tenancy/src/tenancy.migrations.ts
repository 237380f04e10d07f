import { TenancyInit1764000002000 } from './migrations/1764000002000-tenancy-init';
import { TenancyMembersPermissions1764000006000 } from './migrations/1764000006000-tenancy-members-permissions';
import { TenancyUsageApiKeys1764000016000 } from './migrations/1764000016000-tenancy-usage-api-keys';

/** The tenancy lib's migrations, in order, after identity's; the host runs them (never `synchronize`). */
export const TENANCY_MIGRATIONS = [TenancyInit1764000002000, TenancyMembersPermissions1764000006000, TenancyUsageApiKeys1764000016000];
