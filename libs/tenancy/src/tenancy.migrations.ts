import { TenancyInit1764000002000 } from './migrations/1764000002000-tenancy-init';
import { TenancyMembersPermissions1764000006000 } from './migrations/1764000006000-tenancy-members-permissions';
import { TenancyCompanies1764000011000 } from './migrations/1764000011000-tenancy-companies';
import { TenancyGroups1764000013000 } from './migrations/1764000013000-tenancy-groups';

import { TenancyContacts1764000012000 } from './migrations/1764000012000-tenancy-contacts';

import { TenancyMemberAttributes1764000014000 } from './migrations/1764000014000-tenancy-member-attributes';

import { TenancyInvitations1764000015000 } from './migrations/1764000015000-tenancy-invitations';

import { TenancyUsageApiKeys1764000016000 } from './migrations/1764000016000-tenancy-usage-api-keys';

/** The tenancy lib's migrations, in order, after identity's; the host runs them (never `synchronize`). */
export const TENANCY_MIGRATIONS = [
  TenancyInit1764000002000,
  TenancyMembersPermissions1764000006000,
  TenancyCompanies1764000011000,
  TenancyGroups1764000013000,
  TenancyContacts1764000012000,
  TenancyMemberAttributes1764000014000,
  TenancyInvitations1764000015000,
  TenancyUsageApiKeys1764000016000,
];
