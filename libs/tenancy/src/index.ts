/**
 * `@tenant-iam/tenancy`: organisations with an owner, members with roles and permission sets, client
 * companies, the tenant context of every tenant route, and the activity log. It builds on identity
 * (accounts) and permissions (abilities), never the other way round.
 */
export * from './tenancy.module';
export * from './tenancy.options';
export { TENANCY_ENTITIES } from './tenancy.entities';
export { TENANCY_MIGRATIONS } from './tenancy.migrations';
export { TENANCY_MESSAGES } from './tenancy.messages';
export { TenancyErrorCode } from './tenancy-error-code';
export { MembershipRole, MembershipStatus } from './memberships/membership.entity';
export type { Actor } from './context/actor';
export { userActor, systemActor } from './context/actor';
export type { TenantContext, ContextMembership } from './context/tenant-context';
export { CurrentTenant } from './context/tenant-context';
export { TENANT_PROBLEMS } from './context/tenant-problems';
export { TENANCY_CATALOG, TenancySubject } from './context/tenancy.catalog';
export { ActivityLog } from './activity/activity-log.service';
export type { ActivityRecord } from './activity/activity-log.service';
export type { ActivityAction, ActivityDataMap, ActivityTarget } from './activity/activity.map';
export { TenantActivitySink } from './activity/tenant-activity.sink';
export { TenantsService } from './tenants/tenants.service';
export { ActivityEntryResponse, ActivityListResponse } from './activity/dto/activity.response';
// Policies per tenant, tenant settings and plans (the options themselves come with tenancy.options above).
export { PolicyErrorCode } from './policies/policy-error-code';
export { POLICIES_MESSAGES } from './policies/policies.messages';
export {
  DEFAULT_PROFILE_POLICY,
  NAME_SCRIPTS,
  NAME_MIN_LENGTH_LIMIT,
  PHONE_PREFIXES_LIMIT,
  checkProfile,
  readProfilePolicy,
  validateProfilePolicySettings,
} from './policies/profile-policy';
export type { NameScript, ProfileCheck, ProfileInput, ProfilePolicy } from './policies/profile-policy';
export {
  DEFAULT_TENANT_SETTINGS,
  TENANT_SETTING_KEYS,
  mergeSettings,
  readPasswordPolicyOverride,
  readSettings,
  validateSettingsPatch,
} from './policies/tenant-settings';
export type { TenantSettingKey, TenantSettings, TenantSettingsPatch } from './policies/tenant-settings';
export { TenantPasswordPolicies } from './policies/tenant-password-policies';
export { BUILT_IN_PLANS, parsePlans, planOf } from './plans/plans';
export type { Plan, TenancyPlans } from './plans/plans';
// Members of a tenant.
export { MembersService } from './members/members.service';
export type { MemberActor } from './members/members.service';
export { MemberErrorCode, MemberFieldCode } from './members/member-error-code';
export { MEMBERS_MESSAGES } from './members/members.messages';
export {
  ASSIGNABLE_ROLES,
  CreatedMemberResponse,
  CreateMemberDto,
  ListMembersQuery,
  MemberListResponse,
  MemberPasswordDto,
  MemberResponse,
  UpdateMemberDto,
} from './members/dto/member.dto';
export type { AssignableRole } from './members/dto/member.dto';
// Organisations, their settings and ownership; the platform operators' routes.
export { TenantErrorCode } from './tenants/tenant-error-code';
export { AdminErrorCode } from './admin/admin-error-code';
export { TENANTS_MESSAGES } from './tenants/tenants.messages';
export type { TenantUpdate } from './tenants/tenants.service';
export {
  TenantResponse,
  TenantDetailResponse,
  TenantSettingsResponse,
  SeatsResponse,
  UpdateTenantDto,
  TransferOwnershipDto,
} from './tenants/dto/tenant.dto';
export { AdminTenantResponse, AdminTenantListResponse, ChangePlanDto } from './admin/dto/admin-tenant.dto';
export { OperatorGuard } from './admin/operator.guard';
export { PermissionSetsService, MAX_PERMISSION_SETS_PER_TENANT } from './permission-sets/permission-sets.service';
export type { PermissionSetScope, PermissionSetInput } from './permission-sets/permission-sets.service';
export { PermissionSetErrorCode } from './permission-sets/permission-set-error-code';
export {
  CreatePermissionSetDto,
  UpdatePermissionSetDto,
  PermissionSetResponse,
  PermissionSetListResponse,
  PermissionRuleResponse,
} from './permission-sets/dto/permission-set.dto';
// The subscription: the shared monthly pool and the organisation's API key.
export { UsageService, MAX_CONSUME, monthOf } from './usage/usage.service';
export type { Consumption } from './usage/usage.service';
export { Metered, MeteredInterceptor, METERED_KEY } from './usage/metered.decorator';
export { USAGE_PROBLEMS } from './usage/usage-problems';
export { UsageErrorCode } from './usage/usage-error-code';
export { USAGE_MESSAGES } from './usage/usage.messages';
export { UsageMail, USAGE_MAIL_TEMPLATES } from './usage/usage.mail';
export { UsageItemResponse, UsageListResponse } from './usage/dto/usage.response';
export { ApiKeysService } from './api-keys/api-keys.service';
export type { AuthenticatedApiKey } from './api-keys/api-keys.service';
export { AllowApiKey, ALLOW_API_KEY_KEY, API_KEY_HEADER } from './api-keys/allow-api-key.decorator';
export { API_KEY_PROBLEMS } from './api-keys/api-key-problems';
export { ApiKeyErrorCode } from './api-keys/api-key-error-code';
export { API_KEYS_MESSAGES } from './api-keys/api-keys.messages';
export { API_KEY_PATTERN, API_KEY_PREFIX } from './api-keys/api-key-format';
export { ApiKeyResponse } from './api-keys/dto/api-key.response';
export { apiKeyActor } from './context/actor';
