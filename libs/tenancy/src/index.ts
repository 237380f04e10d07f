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
// Positions and user groups, nested; the groups of a member.
export { GroupsService, MAX_GROUP_DEPTH, MAX_GROUPS_PER_TENANT } from './groups/groups.service';
export type { GroupInput, GroupScope } from './groups/groups.service';
export { GroupErrorCode, GroupFieldCode } from './groups/group-error-code';
export { GROUPS_MESSAGES } from './groups/groups.messages';
export { GROUP_KINDS } from './groups/group.entity';
export type { GroupKind } from './groups/group.entity';
export { CreateGroupDto, UpdateGroupDto, GroupResponse, GroupListResponse, GROUP_NAME_MAX } from './groups/dto/group.dto';
// Client companies.
export { CompaniesService } from './companies/companies.service';
export { CompanyErrorCode } from './companies/company-error-code';
export { COMPANIES_MESSAGES } from './companies/companies.messages';
export {
  COMPANY_NAME_MAX,
  COMPANY_TAX_ID_MAX,
  CompanyListResponse,
  CompanyResponse,
  CreateCompanyDto,
  ListCompaniesQuery,
  UpdateCompanyDto,
} from './companies/dto/company.dto';
// One session at a time: identity's session policy port, from the tenants' singleSession setting.
export { TenantSessionPolicies } from './sessions/tenant-session-policies';
// Contacts and authorised contacts; the recipients of category mails.
export { ContactsService, MAX_CONTACTS_PER_TENANT } from './contacts/contacts.service';
export { ContactErrorCode, ContactFieldCode } from './contacts/contact-error-code';
export { CONTACTS_MESSAGES } from './contacts/contacts.messages';
export { NOTIFICATION_CATEGORIES, isNotificationCategory } from './contacts/contact-categories';
export type { NotificationCategory } from './contacts/contact-categories';
export { ContactListResponse, ContactResponse, CreateContactDto, ListContactsQuery, UpdateContactDto } from './contacts/dto/contact.dto';
export { TenantNotificationRecipients } from './contacts/tenant-notification-recipients';
// Member attributes: typed values product modules declare with TenancyModule.forFeature.
export { MemberAttributes, changedNames, indexAttributes } from './attributes/member-attributes';
export type { AttributesCheck } from './attributes/member-attributes';
export { MemberAttributesFeature } from './attributes/member-attributes.feature';
export { TenancyFeatureModule } from './attributes/tenancy-feature';
export type { TenancyFeatureOptions } from './attributes/tenancy-feature';
export { MemberAttributesService, ATTRIBUTE_CANDIDATES_MAX } from './attributes/member-attributes.service';
export type { AttributesActor } from './attributes/member-attributes.service';
export { AttributeErrorCode, AttributeFieldCode } from './attributes/attribute-error-code';
export { ATTRIBUTES_MESSAGES } from './attributes/attributes.messages';
export { MEMBER_ATTRIBUTE_DEFINITIONS_MAX, MEMBER_ATTRIBUTE_STRING_MAX, MEMBER_ATTRIBUTE_TYPES } from './attributes/member-attribute.types';
export type {
  BooleanAttributeDefinition,
  MemberAttributeDefinition,
  MemberAttributeInput,
  MemberAttributeType,
  MemberAttributeValue,
  NumberAttributeDefinition,
  StringAttributeDefinition,
} from './attributes/member-attribute.types';
export {
  MemberAttributeLabelResponse,
  MemberAttributeListResponse,
  MemberAttributeResponse,
} from './attributes/dto/member-attribute.response';
// Invitations: sending, resending, revoking; the invitee's preview, accept, register, decline; the expiry sweep.
export { InvitationsService } from './invitations/invitations.service';
export { InvitationsExpiry, EXPIRY_BATCH, EXPIRY_WORKERS } from './invitations/invitations-expiry';
export { InvitationSeats } from './invitations/invitation-seats';
export { EXPIRE_DUE_SQL } from './invitations/invitations.repository';
export { InvitationStatus } from './invitations/invitation.entity';
export { InvitationErrorCode, InvitationFieldCode } from './invitations/invitation-error-code';
export { INVITATIONS_MESSAGES } from './invitations/invitations.messages';
export { InvitationMail, InvitationJob, INVITATION_LINK_PATH, invitationLifetime } from './invitations/invitations.mail';
export {
  CreateInvitationDto,
  ListInvitationsQuery,
  InvitationTokenDto,
  DeclineInvitationDto,
  RegisterFromInvitationDto,
  InvitationResponse,
  InvitationListResponse,
  InvitationPreviewResponse,
  MyInvitationResponse,
  MyInvitationListResponse,
  AcceptedInvitationResponse,
  MAIL_STATUSES,
} from './invitations/dto/invitation.dto';
// The subscription: the shared monthly pool and the organisation's API key.
export { UsageService, MAX_CONSUME, monthOf } from './usage/usage.service';
export type { Consumption } from './usage/usage.service';
export { Metered, MeteredPipe, METERED_KEY } from './usage/metered.decorator';
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
