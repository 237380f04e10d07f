import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode } from '@tenant-iam/common';
import { normalizeEmail, PasswordPolicyResolver } from '@tenant-iam/identity';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { userActor } from '../context/actor';
import { TenancySubject } from '../context/tenancy.catalog';
import type { TenantContext } from '../context/tenant-context';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PermissionSetEntity } from '../permission-sets/permission-set.entity';
import { PermissionSetsRepository } from '../permission-sets/permission-sets.repository';
import { planOf } from '../plans/plans';
import { mergeSettings, readSettings, TENANT_SETTING_KEYS, TenantSettingsPatch, validateSettingsPatch } from '../policies/tenant-settings';
import { TenancyErrorCode } from '../tenancy-error-code';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import type { TenantDetailResponse } from './dto/tenant.dto';
import { MemberErrorCode } from '../members/member-error-code';
import { TenantErrorCode } from './tenant-error-code';
import { TenantEntity } from './tenant.entity';
import { toTenantDetail } from './tenant.response';
import { TenantChanges, TenantsRepository } from './tenants.repository';

/** What `PATCH /tenants/:tenantId` may change; absent keys stay as they are. */
export interface TenantUpdate {
  name?: string;
  /** `null` clears it. Needs `billing` on `Tenant` (the owner). */
  billingEmail?: string | null;
  /** Checked with `validateSettingsPatch`, merged key by key with `mergeSettings`. */
  settings?: Record<string, unknown>;
}

// Roles that may become the owner: members with panel access (a contact has none).
const TRANSFER_TARGET_ROLES: readonly MembershipRole[] = [
  MembershipRole.Superadmin,
  MembershipRole.Admin,
  MembershipRole.Member,
  MembershipRole.Client,
];

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
    private readonly passwordPolicies: PasswordPolicyResolver,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
    private readonly apiKeys: ApiKeysService,
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
      // The organisation's one API key is born with it.
      await this.apiKeys.createFor(m, tenant.id);
    });
    return tenant;
  }

  /** The organisation as the caller sees it: seats, their role, the billing email for the owner only. */
  async get(ctx: TenantContext): Promise<TenantDetailResponse> {
    const tenant = await this.tenants.findById(ctx.tenantId);
    if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    return this.detail(ctx, tenant);
  }

  /**
   * Changes the name, the billing email (owner only: 403 `FORBIDDEN` otherwise) and settings (key
   * by key; 422 `INVALID_SETTINGS` with `settings.*` field errors) under the tenant's row lock, in
   * one transaction with one activity entry per kind of change. Settings that change bump
   * `settings_version` (cached abilities are keyed by it). The billing email is the tenant's own
   * field: no account's login email changes with it.
   */
  async update(ctx: TenantContext, input: TenantUpdate): Promise<TenantDetailResponse> {
    if (input.billingEmail !== undefined && !ctx.ability.can('billing', TenancySubject.Tenant)) {
      throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    }
    if (input.settings !== undefined) {
      const errors = validateSettingsPatch(input.settings, await this.passwordPolicies.forUser(null));
      if (errors.length) throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, TenantErrorCode.InvalidSettings, undefined, errors);
    }
    const tenant = await this.dataSource.transaction(async (m) => {
      const current = await this.locked(ctx.tenantId, m);
      const now = this.clock.now();
      const changes: TenantChanges = {};
      const actor = ctx.actor;
      const target = { type: 'tenant' as const, id: current.id };

      const name = input.name?.trim();
      if (name !== undefined && name !== current.name) {
        changes.name = name;
        await this.activity.record(m, {
          tenantId: current.id,
          actor,
          action: 'tenant.renamed',
          target,
          data: { from: current.name, to: name },
        });
      }
      if (input.billingEmail !== undefined) {
        // Checked again under the lock: a transfer that committed meanwhile took billing from the caller.
        if (ctx.membership && current.ownerUserId !== ctx.membership.userId) {
          throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
        }
        const billingEmail = input.billingEmail === null ? null : normalizeEmail(input.billingEmail);
        if (billingEmail !== current.billingEmail) {
          changes.billingEmail = billingEmail;
          // No addresses in the log: the entry says that it changed, the row says to what.
          await this.activity.record(m, { tenantId: current.id, actor, action: 'tenant.billing_email_changed', target, data: {} });
        }
      }
      if (input.settings !== undefined) {
        const before = readSettings(current.settings);
        const after = mergeSettings(current.settings, input.settings as TenantSettingsPatch);
        const changed = TENANT_SETTING_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
        if (changed.length) {
          changes.settings = after as unknown as Record<string, unknown>;
          changes.settingsVersion = current.settingsVersion + 1;
          await this.activity.record(m, { tenantId: current.id, actor, action: 'tenant.settings_changed', target, data: { changed } });
        }
      }
      if (Object.keys(changes).length === 0) return current;
      changes.updatedAt = now;
      await this.tenants.update(current.id, changes, m);
      return Object.assign(current, changes);
    });
    return this.detail(ctx, tenant);
  }

  /**
   * Hands the organisation to another member (`@Can('transferOwnership')`, the owner only): the
   * target must be an active member with panel access (422 `TRANSFER_TARGET_INVALID`; 404
   * `MEMBER_NOT_FOUND` for someone who is not a member). The old owner stays as a superadmin.
   * Runs under the tenant's row lock, so two transfers cannot cross.
   *
   * @returns the organisation as the caller (now a superadmin) sees it.
   */
  async transferOwnership(ctx: TenantContext, userId: string): Promise<TenantDetailResponse> {
    const tenant = await this.dataSource.transaction(async (m) => {
      const current = await this.locked(ctx.tenantId, m);
      // Checked again under the lock: a transfer that committed meanwhile made the caller a superadmin.
      const from = await this.tenants.lockMembership(current.id, current.ownerUserId, m);
      if (!ctx.membership || current.ownerUserId !== ctx.membership.userId || !from) {
        throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
      }
      const to = await this.tenants.lockMembership(current.id, userId, m);
      if (!to) throw new CodedException(HttpStatus.NOT_FOUND, MemberErrorCode.MemberNotFound);
      if (to.id === from.id || to.status !== MembershipStatus.Active || !TRANSFER_TARGET_ROLES.includes(to.role)) {
        throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, TenantErrorCode.TransferTargetInvalid);
      }
      const now = this.clock.now();
      await this.tenants.transferOwnership(current.id, from, to, now, m);
      await this.activity.record(m, {
        tenantId: current.id,
        actor: ctx.actor,
        action: 'ownership.transferred',
        target: { type: 'member', id: to.id, userId: to.userId },
        data: { fromUserId: from.userId, toUserId: to.userId },
      });
      return Object.assign(current, { ownerUserId: to.userId, updatedAt: now });
    });
    return toTenantDetail(tenant, { billing: false, role: MembershipRole.Superadmin, seats: await this.seats(tenant) });
  }

  /** The seats of a tenant: its plan's limit and what holds one today (memberships, pending invitations). */
  async seats(tenant: TenantEntity, m?: EntityManager): Promise<{ limit: number; used: number }> {
    return { limit: planOf(this.options.plans, tenant.plan).seats, used: await this.tenants.countSeats(tenant.id, this.clock.now(), m) };
  }

  private async locked(tenantId: string, m: EntityManager): Promise<TenantEntity> {
    const tenant = await this.tenants.lockForUpdate(tenantId, m);
    if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    return tenant;
  }

  private async detail(ctx: TenantContext, tenant: TenantEntity): Promise<TenantDetailResponse> {
    return toTenantDetail(tenant, {
      billing: ctx.ability.can('billing', TenancySubject.Tenant),
      role: ctx.membership?.role ?? null,
      seats: await this.seats(tenant),
    });
  }
}
