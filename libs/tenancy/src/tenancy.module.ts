import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@tenant-iam/notifications';
import { AbilityResolver, PermissionsModule } from '@tenant-iam/permissions';
import { ActivityLog } from './activity/activity-log.service';
import { ActivityRepository } from './activity/activity.repository';
import { TENANCY_CATALOG } from './context/tenancy.catalog';
import { TenantAbilityResolver } from './context/tenant-ability.resolver';
import { MyTenantsController } from './me/my-tenants.controller';
import { MyTenantsService } from './me/my-tenants.service';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';
import { MembershipsRepository } from './memberships/memberships.repository';
import { PermissionCatalogController } from './permission-sets/permission-catalog.controller';
import { PermissionSetsController } from './permission-sets/permission-sets.controller';
import { PermissionSetsRepository } from './permission-sets/permission-sets.repository';
import { PermissionSetsService } from './permission-sets/permission-sets.service';
import { TENANCY_ENTITIES } from './tenancy.entities';
import { TENANCY_JOBS, TENANCY_MAIL_TEMPLATES, TENANCY_SWEEPS } from './tenancy.mail';
import { TENANCY_MODULE_OPTIONS, TenancyConfigurableModule } from './tenancy.module-definition';
import { resolveTenancyOptions, TENANCY_OPTIONS, TenancyModuleOptions } from './tenancy.options';
import { TenantsController } from './tenants/tenants.controller';
import { TenantsRepository } from './tenants/tenants.repository';
import { TenantsService } from './tenants/tenants.service';
import { ActivityController } from './activity/activity.controller';
import { AdminTenantsController } from './admin/admin-tenants.controller';
import { AdminTenantsService } from './admin/admin-tenants.service';
import { OperatorGuard } from './admin/operator.guard';
import { GroupsController } from './groups/groups.controller';
import { GroupsRepository } from './groups/groups.repository';
import { GroupsService } from './groups/groups.service';
import { MemberGroups } from './groups/member-groups';
import { CompaniesController } from './companies/companies.controller';
import { CompaniesRepository } from './companies/companies.repository';
import { CompaniesService } from './companies/companies.service';
import { MemberCompanies } from './companies/member-companies';
import { ContactsController } from './contacts/contacts.controller';
import { ContactsRepository } from './contacts/contacts.repository';
import { ContactsService } from './contacts/contacts.service';
import { MemberFromContact } from './contacts/member-from-contact';
import { MemberAttributeWrites } from './attributes/member-attribute-writes';
import { MemberAttributes } from './attributes/member-attributes';
import { MemberAttributesController } from './attributes/member-attributes.controller';
import { MemberAttributesRepository } from './attributes/member-attributes.repository';
import { MemberAttributesService } from './attributes/member-attributes.service';
import { tenancyFeature, TenancyFeatureOptions } from './attributes/tenancy-feature';
import { InvitationSeats } from './invitations/invitation-seats';
import { InvitationLinksController, MyInvitationsController } from './invitations/invitation-links.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsExpiry } from './invitations/invitations-expiry';
import { InvitationsRepository } from './invitations/invitations.repository';
import { InvitationsService } from './invitations/invitations.service';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysRepository } from './api-keys/api-keys.repository';
import { ApiKeysService } from './api-keys/api-keys.service';
import { MeteredPipe } from './usage/metered.decorator';
import { UsageController } from './usage/usage.controller';
import { UsageRepository } from './usage/usage.repository';
import { UsageService } from './usage/usage.service';

/**
 * Organisations, members, permission sets and the activity log, mountable with
 * `forRoot`/`forRootAsync` (global by default). It provides the permissions lib's
 * `AbilityResolver`: every `@Can(...)` route, its own and a product module's, resolves the tenant
 * of `:tenantId` and the caller's membership through it.
 *
 * Needs from the host: `IdentityModule` and `PermissionsModule` mounted, the entities and
 * migrations of `TENANCY_ENTITIES` / `TENANCY_MIGRATIONS`, `TENANCY_MESSAGES` in the message
 * catalogue; for the tenant password policies and the account events in the activity log, plug
 * `TenantPasswordPolicies` and `TenantActivitySink` into identity's options.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(TENANCY_ENTITIES),
    PermissionsModule.forFeature(TENANCY_CATALOG),
    NotificationsModule.forFeature(TENANCY_MAIL_TEMPLATES, { jobs: TENANCY_JOBS, sweeps: TENANCY_SWEEPS }),
    DiscoveryModule,
  ],
  controllers: [
    MyTenantsController,
    TenantsController,
    MembersController,
    ActivityController,
    AdminTenantsController,
    PermissionCatalogController,
    PermissionSetsController,
    GroupsController,
    CompaniesController,
    ContactsController,
    MemberAttributesController,
    InvitationsController,
    InvitationLinksController,
    MyInvitationsController,
    ApiKeysController,
    UsageController,
  ],
  providers: [
    {
      provide: TENANCY_OPTIONS,
      useFactory: (options: TenancyModuleOptions) => resolveTenancyOptions(options),
      inject: [TENANCY_MODULE_OPTIONS],
    },
    MembershipsRepository,
    PermissionSetsRepository,
    ActivityRepository,
    ActivityLog,
    TenantAbilityResolver,
    { provide: AbilityResolver, useExisting: TenantAbilityResolver },
    MyTenantsService,
    TenantsRepository,
    TenantsService,
    MembersService,
    OperatorGuard,
    AdminTenantsService,
    PermissionSetsService,
    GroupsRepository,
    GroupsService,
    MemberGroups,
    CompaniesRepository,
    CompaniesService,
    MemberCompanies,
    ContactsRepository,
    ContactsService,
    MemberFromContact,
    MemberAttributes,
    MemberAttributesRepository,
    MemberAttributeWrites,
    MemberAttributesService,
    InvitationsRepository,
    InvitationSeats,
    InvitationsService,
    InvitationsExpiry,
    ApiKeysRepository,
    ApiKeysService,
    UsageRepository,
    UsageService,
    MeteredPipe,
  ],
  exports: [
    TENANCY_OPTIONS,
    AbilityResolver,
    ActivityLog,
    TenantsService,
    MembersService,
    PermissionSetsService,
    GroupsService,
    CompaniesService,
    ContactsService,
    MemberAttributes,
    MemberAttributesService,
    InvitationsService,
    InvitationsExpiry,
    ApiKeysService,
    UsageService,
    MeteredPipe,
  ],
})
export class TenancyModule extends TenancyConfigurableModule {
  /**
   * What a product module adds to tenancy: typed member attributes, collected at boot from every
   * call (a name declared twice, or a broken declaration, stops the boot).
   *
   * @example
   * imports: [TenancyModule.forFeature({ memberAttributes: [{ name: 'sipExtension', type: 'string', pattern: '\\d{2,6}', unique: true, label }] })]
   */
  static forFeature(options: TenancyFeatureOptions): DynamicModule {
    return tenancyFeature(options);
  }
}
