/**
 * `@tenant-iam/tenancy`: organisations with an owner, members with roles, client companies. It builds on
 * identity (accounts, the auth guard) and never the other way round.
 */
export * from './tenancy.module';
export * from './tenancy.options';
export { TENANCY_ENTITIES } from './tenancy.entities';
export { TENANCY_MIGRATIONS } from './tenancy.migrations';
export { MembershipRole, MembershipStatus } from './memberships/membership.entity';
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
