import { ActivityEntryEntity } from './activity/activity-entry.entity';
import { CompanyEntity } from './companies/company.entity';
import { MembershipEntity } from './memberships/membership.entity';
import { PermissionSetEntity } from './permission-sets/permission-set.entity';
import { TenantEntity } from './tenants/tenant.entity';
import { GroupEntity } from './groups/group.entity';

import { ContactEntity } from './contacts/contact.entity';

import { InvitationEntity } from './invitations/invitation.entity';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { UsageCounterEntity } from './usage/usage-counter.entity';

/** Every TypeORM entity of the tenancy lib; register them with the host's data source. */
export const TENANCY_ENTITIES = [
  ActivityEntryEntity,
  CompanyEntity,
  MembershipEntity,
  PermissionSetEntity,
  TenantEntity,
  GroupEntity,
  ContactEntity,
  InvitationEntity,
  ApiKeyEntity,
  UsageCounterEntity,
];
