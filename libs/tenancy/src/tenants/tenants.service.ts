import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@tenant-iam/common';
import { normalizeEmail } from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import { userActor } from '../context/actor';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PermissionSetEntity } from '../permission-sets/permission-set.entity';
import { PermissionSetsRepository } from '../permission-sets/permission-sets.repository';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import { TenantEntity } from './tenant.entity';
import { TenantsRepository } from './tenants.repository';

/** Organisations: creation and what only the organisation as a whole decides. */
@Injectable()
export class TenantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly permissionSets: PermissionSetsRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
  ) {}

  /**
   * Creates an organisation with the caller as its owner, its built-in "Full access" set and the
   * default plan, in one transaction with its first activity entry.
   */
  async create(ownerUserId: string, input: { name: string; billingEmail?: string | null }): Promise<TenantEntity> {
    const now = this.clock.now();
    const tenant = Object.assign(new TenantEntity(), {
      id: uuidv7(),
      name: input.name.trim(),
      ownerUserId,
      billingEmail: input.billingEmail ? normalizeEmail(input.billingEmail) : null,
      plan: this.options.plans.default,
      settings: {},
      settingsVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.transaction(async (m) => {
      await this.tenants.insert(tenant, m);
      await this.permissionSets.insert(
        Object.assign(new PermissionSetEntity(), {
          id: uuidv7(),
          tenantId: tenant.id,
          name: 'Full access',
          builtin: true,
          fullAccess: true,
          rules: [],
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
        m,
      );
      const owner = Object.assign(new MembershipEntity(), {
        id: uuidv7(),
        tenantId: tenant.id,
        userId: ownerUserId,
        role: MembershipRole.Owner,
        permissionSetId: null,
        status: MembershipStatus.Active,
        attributes: {},
        accountCreated: false,
        blockedAt: null,
        blockedBy: null,
        invitedBy: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.memberships.insert(owner, m);
      await this.activity.record(m, {
        tenantId: tenant.id,
        actor: userActor(ownerUserId, owner.id),
        action: 'tenant.created',
        target: { type: 'tenant', id: tenant.id },
        data: { name: tenant.name },
      });
    });
    return tenant;
  }
}
