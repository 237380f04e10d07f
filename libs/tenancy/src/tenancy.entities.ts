import { ActivityEntryEntity } from './activity/activity-entry.entity';
import { CompanyEntity } from './companies/company.entity';
import { MembershipEntity } from './memberships/membership.entity';
import { PermissionSetEntity } from './permission-sets/permission-set.entity';
import { TenantEntity } from './tenants/tenant.entity';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { UsageCounterEntity } from './usage/usage-counter.entity';

/** Every TypeORM entity of the tenancy lib; register them with the host's data source. */
export const TENANCY_ENTITIES = [
  TenantEntity,
  MembershipEntity,
  CompanyEntity,
  PermissionSetEntity,
  ActivityEntryEntity,
  ApiKeyEntity,
  UsageCounterEntity,
];
