import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, CursorPage, CursorQuery, encodeCursor, FieldError, parseCursor } from '@tenant-iam/common';
import {
  IdentityErrorCode,
  PasswordPolicy,
  IdentityUsers,
  normalizeEmail,
  PasswordPolicyResolver,
  stricterOf,
  UserProfile,
} from '@tenant-iam/identity';
import { Outbox } from '@tenant-iam/notifications';
import { accessibleSql } from '@tenant-iam/permissions';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import { MemberGroups } from '../groups/member-groups';
import type { ActivityTarget } from '../activity/activity.map';
import type { ActivityEntryResponse } from '../activity/dto/activity.response';
import { MemberAttributeWrites } from '../attributes/member-attribute-writes';
import { isUuid } from '../common/uuid';
import { clientMembersScope, mayFilterByCompany, MemberCompanies, visibleCompanyIds } from '../companies/member-companies';
import type { Actor } from '../context/actor';
import { MemberFromContact } from '../contacts/member-from-contact';
import { TenancySubject } from '../context/tenancy.catalog';
import type { TenantContext } from '../context/tenant-context';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { MemberRow, MembershipsRepository } from '../memberships/memberships.repository';
import { PermissionSetsRepository } from '../permission-sets/permission-sets.repository';
import { planOf } from '../plans/plans';
import { checkProfile, ProfileInput } from '../policies/profile-policy';
import { readSettings, TenantSettings } from '../policies/tenant-settings';
import { TenancyErrorCode } from '../tenancy-error-code';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantsRepository } from '../tenants/tenants.repository';
import { InvitationSeats } from '../invitations/invitation-seats';
import type { CreatedMemberResponse, CreateMemberDto, ListMembersQuery, MemberResponse, UpdateMemberDto } from './dto/member.dto';
import { generatePassword } from './generate-password';
import { MemberErrorCode as E, MemberFieldCode as F } from './member-error-code';
import { toMemberResponse } from './member.response';

/** Who acts in which tenant: what the member writes need of a {@link TenantContext}. */
export type MemberActor = Pick<TenantContext, 'tenantId' | 'actor'>;

const DEFAULT_LIMIT = 20;

/**
 * The columns the `Member` subject's condition fields map to in the members query. `userId` as
 * text: a set's condition may hold any string, which must not reach a uuid comparison (a 500),
 * and text equality is what CASL's matcher does.
 */
const MEMBER_COLUMNS = { role: 'm.role', status: 'm.status', userId: 'm.user_id::text' };

/** Members and clients hold exactly one set; admins may hold one; the others none. */
const SET_REQUIRED = new Set<MembershipRole>([MembershipRole.Member, MembershipRole.Client]);
const SET_ALLOWED = new Set<MembershipRole>([MembershipRole.Member, MembershipRole.Client, MembershipRole.Admin]);

const isIdKey = (value: Record<string, string | number>): value is { id: string } => isUuid(value.id);

const notFound = () => new CodedException(HttpStatus.NOT_FOUND, E.MemberNotFound);
const invalid = (errors: FieldError[]) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, errors);
const actorUserId = (actor: Actor): string | null => (actor.type === 'user' ? actor.userId : null);
const memberTarget = (membership: Pick<MembershipEntity, 'id' | 'userId'>): ActivityTarget => ({
  type: 'member',
  id: membership.id,
  userId: membership.userId,
});

/**
 * The members of a tenant: listing (filtered by the caller's ability), adding (seats, linking or
 * creating the account), role, set and profile changes, blocking and removal. Every write runs in
 * one transaction with its activity entries; the invariants (nobody acts on themselves or on the
 * owner) hold for every actor.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly permissionSets: PermissionSetsRepository,
    private readonly activity: ActivityLog,
    private readonly users: IdentityUsers,
    private readonly passwordPolicies: PasswordPolicyResolver,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
    private readonly memberGroups: MemberGroups,
    private readonly memberCompanies: MemberCompanies,
    private readonly fromContact: MemberFromContact,
    private readonly attributeWrites: MemberAttributeWrites,
    private readonly seats: InvitationSeats,
  ) {}

  /**
   * A page of the tenant's members the caller may read, by membership id (creation order).
   * @throws `VALIDATION_FAILED` (400) on `cursor` for a cursor this list did not make
   */
  async list(ctx: TenantContext, query: ListMembersQuery): Promise<CursorPage<MemberResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isIdKey);
    if (query.companyId && !mayFilterByCompany(ctx, query.companyId)) return { items: [], nextCursor: null };
    // One row more than asked tells whether a next page exists without a count.
    const rows = await this.memberships.listMembers(ctx.tenantId, {
      status: query.status,
      role: query.role,
      companyId: query.companyId,
      q: query.q,
      groupId: query.groupId,
      afterId: after?.id,
      limit: limit + 1,
      access: this.readable(ctx),
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const viewer = actorUserId(ctx.actor);
    return {
      items: items.map((r) => toMemberResponse({ ...r, companyIds: visibleCompanyIds(ctx, r.companyIds) }, viewer)),
      nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null,
    };
  }

  /** One member, if the caller may read it. @throws `MEMBER_NOT_FOUND` (404), also for a member hidden by the ability */
  async get(ctx: TenantContext, memberId: string): Promise<MemberResponse> {
    if (!isUuid(memberId)) throw notFound();
    const [row] = await this.memberships.listMembers(ctx.tenantId, { id: memberId, limit: 1, access: this.readable(ctx) });
    if (!row) throw notFound();
    return toMemberResponse({ ...row, companyIds: visibleCompanyIds(ctx, row.companyIds) }, actorUserId(ctx.actor));
  }

  /**
   * Adds a member. One transaction: the tenant's row is locked, a pending invitation of the address
   * revoked (the membership takes over its seat, {@link InvitationSeats.passToMembership}), the seats counted (409
   * `SEAT_LIMIT_REACHED` before any password is hashed, so concurrent adds cannot overshoot nor
   * burn CPU), then an existing account is linked untouched, or a new one created under the
   * tenant's profile and password policies; the membership and its `member.added` entry commit
   * with it, and the mails are queued in the same transaction.
   * @throws `SEAT_LIMIT_REACHED`, `EMAIL_TAKEN` (already a member), `PHONE_TAKEN`, `ATTRIBUTE_TAKEN` (409);
   *   `VALIDATION_FAILED` (422: `permissionSetId`, `companyIds`, `groupIds`, `fromContactId`, `attributes.<name>`),
   *   `PROFILE_POLICY`, `PASSWORD_POLICY` (422)
   */
  async create(ctx: MemberActor, body: CreateMemberDto): Promise<CreatedMemberResponse> {
    // With `fromContactId`, the contact fills what the body leaves out (422 for an unknown contact).
    const dto = await this.fromContact.prefill(ctx.tenantId, body);
    const role = dto.role as MembershipRole;
    if (role === MembershipRole.Owner) throw new Error('MembersService.create: owners are made by a transfer only');
    if (dto.permissionSetId !== undefined && !SET_ALLOWED.has(role)) {
      throw invalid([{ field: 'permissionSetId', code: F.NotApplicable }]);
    }
    const email = normalizeEmail(dto.email);
    // Declared attributes only, each valid for its declaration: refused before any lock or hashing.
    const attributes = this.attributeWrites.resolve(dto.attributes).attributes;
    const mode = dto.password?.mode ?? 'link';
    // Before the transaction: a host's resolver may read the database, and the transaction holds the tenant lock.
    const accountPolicy = await this.passwordPolicies.forUser(null);
    // A chosen password is checked before the transaction too (the breached-password check calls
    // out and must not hold the tenant lock); under the lock it is only hashed, unless the
    // tenant's settings changed in between.
    const checkedAt = mode === 'set' ? await this.precheckPassword(ctx.tenantId, email, dto, accountPolicy) : undefined;
    let generatedPassword: string | undefined;

    const row = await this.dataSource.transaction(async (m) => {
      const tenant = await this.lockTenant(ctx.tenantId, m);
      const limit = planOf(this.options.plans, tenant.plan).seats;
      // A pending invitation of the address ends here and its seat passes to this membership:
      // one person never holds two seats (rolled back with the add if it fails).
      await this.seats.passToMembership(tenant.id, email, ctx.actor, m);
      // Memberships and pending invitations (which hold a seat each).
      if ((await this.seats.used(tenant.id, m)) >= limit) {
        throw new CodedException(HttpStatus.CONFLICT, E.SeatLimitReached, { limit });
      }
      const permissionSetId = await this.resolveSet(tenant.id, role, dto.permissionSetId, null, m);
      // Ids come back from the database in lower case; the body may use either.
      const companyIds = [...new Set((dto.companyIds ?? []).map((id) => id.toLowerCase()))];
      await this.assertCompanies(tenant.id, companyIds, m);
      await this.memberGroups.check(tenant.id, dto.groupIds, m);

      let account = await this.users.findByEmail(email, m);
      let accountCreated = false;
      if (!account) {
        const settings = readSettings(tenant.settings);
        const profile = checkProfile(
          settings.profilePolicy,
          { firstName: dto.firstName, lastName: dto.lastName, phone: dto.phone },
          { partial: false },
        );
        if (profile.errors.length) throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, E.ProfilePolicy, undefined, profile.errors);
        await this.assertPhoneFree(tenant.id, settings, profile.phone ?? null, null, m);
        let passwordHash: string | null = null;
        let password: string | undefined;
        if (mode !== 'link') {
          const policy = stricterOf(accountPolicy, settings.passwordPolicy);
          password = mode === 'set' ? dto.password!.value! : generatePassword(policy);
          passwordHash =
            mode === 'generate' || checkedAt === tenant.settingsVersion
              ? await this.users.hashCheckedPassword(password)
              : await this.users.hashPassword(password, policy, { userInputs: [email, dto.firstName, dto.lastName, tenant.name] });
        }
        const made = await this.createAccount(
          {
            email,
            firstName: dto.firstName,
            lastName: dto.lastName,
            phone: profile.phone ?? null,
            passwordHash,
            verified: mode !== 'link',
          },
          m,
        );
        account = made;
        accountCreated = made.created === true;
        if (accountCreated) {
          const context = { organisationName: tenant.name };
          // Mailed login details are never a password: a set-password link, unless the
          // administrator typed the password (then a notice naming the login; they hand it over).
          if (mode === 'link' || (mode === 'generate' && dto.sendCredentials))
            await this.users.issuePasswordSetupLink(account.id, m, context);
          else if (dto.sendCredentials) await this.users.sendAccountCreatedNotice(account.id, m, context);
          if (mode === 'generate') generatedPassword = password;
        }
      }
      if (!accountCreated && (await this.memberships.findByUser(tenant.id, account.id, m))) {
        throw new CodedException(HttpStatus.CONFLICT, IdentityErrorCode.EmailTaken);
      }
      // Only an account whose owner proved the address is linked: one another organisation vouched
      // for (or an unconfirmed sign-up) may be held by whoever chose its password.
      if (!accountCreated && !account.emailProven) throw new CodedException(HttpStatus.CONFLICT, E.AccountNotConfirmed);

      const now = this.clock.now();
      const membership = Object.assign(new MembershipEntity(), {
        id: uuidv7(),
        tenantId: tenant.id,
        userId: account.id,
        role,
        permissionSetId,
        status: MembershipStatus.Active,
        attributes,
        accountCreated,
        blockedAt: null,
        blockedBy: null,
        invitedBy: actorUserId(ctx.actor),
        createdAt: now,
        updatedAt: now,
      });
      await this.memberships.insert(membership, m);
      await this.attributeWrites.persist(m, tenant.id, membership.id, {}, attributes);
      await this.memberships.linkCompanies(tenant.id, membership.id, companyIds, m);
      await this.memberGroups.set(ctx, membership, dto.groupIds, m);
      await this.fromContact.link(m, tenant.id, dto.fromContactId, account.id);
      await this.activity.record(m, {
        tenantId: tenant.id,
        actor: ctx.actor,
        action: 'member.added',
        target: memberTarget(membership),
        data: { role, accountCreated },
      });
      return this.memberRow(tenant.id, membership.id, m);
    });
    this.outbox.flush();
    const member: CreatedMemberResponse = toMemberResponse(row, actorUserId(ctx.actor));
    if (generatedPassword !== undefined) member.generatedPassword = generatedPassword;
    return member;
  }

  /**
   * Changes a member's role, permission set, companies and groups (each set is replaced), profile
   * (only of an account this tenant created) or attributes, with one activity entry per kind of
   * change, all in one transaction.
   * @throws `MEMBER_NOT_FOUND` (404); `CANNOT_MODIFY_SELF`, `CANNOT_MODIFY_OWNER` (403);
   *   `PROFILE_NOT_MANAGED`, `PHONE_TAKEN`, `ATTRIBUTE_TAKEN` (409); `VALIDATION_FAILED` (422: `permissionSetId`,
   *   `companyIds`, `groupIds`, `attributes.<name>`), `PROFILE_POLICY` (422). `attributes` merge key by key: a value
   *   sets, `null` removes.
   */
  async update(ctx: MemberActor, memberId: string, dto: UpdateMemberDto): Promise<MemberResponse> {
    if (!isUuid(memberId)) throw notFound();
    const row = await this.dataSource.transaction(async (m) => {
      // The tenant lock orders this change with adds and other changes (unique phones, seats).
      const tenant = await this.lockTenant(ctx.tenantId, m);
      const target = await this.memberships.lockInTenant(tenant.id, memberId, m);
      if (!target) throw notFound();
      this.assertMayModify(ctx, target, E.CannotModifySelf);

      const profileInput: ProfileInput = {};
      for (const field of ['firstName', 'lastName', 'phone'] as const) if (dto[field] !== undefined) profileInput[field] = dto[field];
      const profileFields = Object.keys(profileInput) as (keyof ProfileInput)[];
      if (profileFields.length && !target.accountCreated) throw new CodedException(HttpStatus.CONFLICT, E.ProfileNotManaged);

      const role = (dto.role as MembershipRole | undefined) ?? target.role;
      const permissionSetId = await this.resolveSet(tenant.id, role, dto.permissionSetId, target.permissionSetId, m);

      let profilePatch: ProfileInput = {};
      if (profileFields.length) {
        const settings = readSettings(tenant.settings);
        const check = checkProfile(settings.profilePolicy, profileInput, { partial: true });
        if (check.errors.length) throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, E.ProfilePolicy, undefined, check.errors);
        profilePatch = { ...profileInput, ...(check.phone !== undefined ? { phone: check.phone } : {}) };
        await this.assertPhoneFree(tenant.id, settings, profilePatch.phone ?? null, target.userId, m);
      }

      const now = this.clock.now();
      const about = { tenantId: tenant.id, actor: ctx.actor, target: memberTarget(target) };
      const changes: Parameters<MembershipsRepository['update']>[2] = {};
      if (role !== target.role) changes.role = role;
      if (permissionSetId !== target.permissionSetId) changes.permissionSetId = permissionSetId;
      // Merged key by key over the stored ones, and compared value by value (not as JSON text).
      const attributes = dto.attributes === undefined ? undefined : this.attributeWrites.resolve(dto.attributes, target.attributes);
      if (attributes?.changed.length) changes.attributes = attributes.attributes;
      if (Object.keys(changes).length) await this.memberships.update(tenant.id, target.id, { ...changes, updatedAt: now }, m);
      if (attributes?.changed.length) {
        await this.attributeWrites.persist(m, tenant.id, target.id, target.attributes, attributes.attributes);
        await this.activity.record(m, { ...about, action: 'member.attributes_changed', data: { names: attributes.changed } });
      }
      if (changes.role) await this.activity.record(m, { ...about, action: 'member.role_changed', data: { from: target.role, to: role } });
      const companies =
        dto.companyIds !== undefined ? await this.memberCompanies.replace(tenant.id, target.id, dto.companyIds ?? [], m) : null;
      if (companies) await this.activity.record(m, { ...about, action: 'member.companies_changed', data: companies });
      if ('permissionSetId' in changes) {
        await this.activity.record(m, {
          ...about,
          action: 'member.permissions_changed',
          data: { from: target.permissionSetId, to: permissionSetId },
        });
      }

      const changed: string[] = [];
      if (profileFields.length) {
        const before = (await this.users.findById(target.userId, m))!;
        const patch = Object.fromEntries(
          profileFields.filter((f) => (profilePatch[f]?.trim() || null) !== before[f]).map((f) => [f, profilePatch[f] ?? null]),
        );
        if (Object.keys(patch).length) {
          await this.users.updateProfile(target.userId, patch, m);
          changed.push(...Object.keys(patch));
        }
      }
      if (changed.length) await this.activity.record(m, { ...about, action: 'member.profile_changed', data: { fields: changed } });
      await this.memberGroups.set(ctx, target, dto.groupIds, m);
      return this.memberRow(tenant.id, target.id, m);
    });
    return toMemberResponse(row, actorUserId(ctx.actor));
  }

  /**
   * Blocks (`blocked: true`) or unblocks a member: effective from their next request, since the
   * tenant guard reads the status on every one. Already in that state: nothing changes, nothing is logged.
   * @throws `MEMBER_NOT_FOUND` (404); `CANNOT_BLOCK_SELF`, `CANNOT_MODIFY_OWNER` (403)
   */
  async setBlocked(ctx: MemberActor, memberId: string, blocked: boolean): Promise<MemberResponse> {
    if (!isUuid(memberId)) throw notFound();
    const row = await this.dataSource.transaction(async (m) => {
      const target = await this.memberships.lockInTenant(ctx.tenantId, memberId, m);
      if (!target) throw notFound();
      this.assertMayModify(ctx, target, E.CannotBlockSelf);
      const status = blocked ? MembershipStatus.Blocked : MembershipStatus.Active;
      if (target.status !== status) {
        const now = this.clock.now();
        await this.memberships.update(
          ctx.tenantId,
          target.id,
          { status, blockedAt: blocked ? now : null, blockedBy: blocked ? actorUserId(ctx.actor) : null, updatedAt: now },
          m,
        );
        await this.activity.record(m, {
          tenantId: ctx.tenantId,
          actor: ctx.actor,
          action: blocked ? 'member.blocked' : 'member.unblocked',
          target: memberTarget(target),
          data: {},
        });
      }
      return this.memberRow(ctx.tenantId, target.id, m);
    });
    return toMemberResponse(row, actorUserId(ctx.actor));
  }

  /**
   * Removes a member from the tenant (the account stays); the seat frees.
   * @throws `MEMBER_NOT_FOUND` (404); `CANNOT_MODIFY_SELF`, `CANNOT_MODIFY_OWNER` (403)
   */
  async remove(ctx: MemberActor, memberId: string): Promise<void> {
    if (!isUuid(memberId)) throw notFound();
    await this.dataSource.transaction(async (m) => {
      const target = await this.memberships.lockInTenant(ctx.tenantId, memberId, m);
      if (!target) throw notFound();
      this.assertMayModify(ctx, target, E.CannotModifySelf);
      await this.memberships.delete(ctx.tenantId, target.id, m);
      await this.activity.record(m, {
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        action: 'member.removed',
        target: memberTarget(target),
        data: { role: target.role },
      });
    });
  }

  /**
   * A member's log in this tenant: entries by or about their account, newest first.
   * @throws `MEMBER_NOT_FOUND` (404); `VALIDATION_FAILED` (400) on `cursor`
   */
  async activityOf(ctx: TenantContext, memberId: string, query: CursorQuery): Promise<CursorPage<ActivityEntryResponse>> {
    // Through the same ability filter as a read: a member the caller may not see has no log to them.
    const target = await this.get(ctx, memberId);
    return this.activity.page(ctx.tenantId, query, { userId: target.userId });
  }

  /** The caller's `read Member` rules as a condition of the members query; a client's also keep to its companies. */
  private readable(ctx: TenantContext): (firstParam: number) => { sql: string; params: unknown[] } {
    return (firstParam) =>
      clientMembersScope(ctx, accessibleSql(ctx.ability, 'read', TenancySubject.Member, MEMBER_COLUMNS, firstParam), firstParam);
  }

  /**
   * Checks a chosen password against the tenant's policy as it stands, outside any transaction,
   * when the address has no account yet (an existing account's password is never touched, so a
   * password it would ignore is not judged). Returns the settings version it checked against.
   */
  private async precheckPassword(
    tenantId: string,
    email: string,
    dto: CreateMemberDto,
    accountPolicy: PasswordPolicy,
  ): Promise<number | undefined> {
    const tenant = await this.tenants.findById(tenantId);
    if (!tenant || (await this.users.findByEmail(email))) return undefined;
    const policy = stricterOf(accountPolicy, readSettings(tenant.settings).passwordPolicy);
    await this.users.checkPassword(dto.password!.value!, policy, { userInputs: [email, dto.firstName, dto.lastName, tenant.name] });
    return tenant.settingsVersion;
  }

  private async lockTenant(tenantId: string, m: EntityManager): Promise<TenantEntity> {
    const tenant = isUuid(tenantId) ? await this.tenants.lockForUpdate(tenantId, m) : null;
    if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    return tenant;
  }

  private async memberRow(tenantId: string, id: string, m: EntityManager): Promise<MemberRow> {
    const [row] = await this.memberships.listMembers(tenantId, { id, limit: 1 }, m);
    return row;
  }

  /** Nobody acts on their own membership nor on the owner's. */
  private assertMayModify(ctx: MemberActor, target: MembershipEntity, selfCode: E): void {
    if (target.userId === actorUserId(ctx.actor)) throw new CodedException(HttpStatus.FORBIDDEN, selfCode);
    if (target.role === MembershipRole.Owner) throw new CodedException(HttpStatus.FORBIDDEN, E.CannotModifyOwner);
  }

  /**
   * The set a membership of `role` holds after a change: `requested` (undefined: keep `current`),
   * checked to be a set of this tenant; members and clients without one get the built-in set;
   * superadmins and contacts hold none.
   */
  private async resolveSet(
    tenantId: string,
    role: MembershipRole,
    requested: string | null | undefined,
    current: string | null,
    m: EntityManager,
  ): Promise<string | null> {
    if (!SET_ALLOWED.has(role)) {
      if (requested) throw invalid([{ field: 'permissionSetId', code: F.NotApplicable }]);
      return null;
    }
    if (requested === null && SET_REQUIRED.has(role)) throw invalid([{ field: 'permissionSetId', code: F.PermissionSetRequired }]);
    if (requested) {
      if (!(await this.permissionSets.holdForAssignment(tenantId, requested, m)))
        throw invalid([{ field: 'permissionSetId', code: F.UnknownPermissionSet }]);
      return requested;
    }
    if (requested === null) return null;
    if (current || !SET_REQUIRED.has(role)) return current;
    const builtin = await this.permissionSets.findBuiltin(tenantId, m);
    if (!builtin) throw new Error(`MembersService: tenant ${tenantId} has no built-in permission set`);
    return builtin.id;
  }

  private async assertCompanies(tenantId: string, ids: string[], m: EntityManager): Promise<void> {
    const known = new Set(await this.memberships.companiesOfTenant(tenantId, ids, m));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw invalid([{ field: 'companyIds', code: F.UnknownCompany, params: { ids: unknown } }]);
  }

  private async assertPhoneFree(
    tenantId: string,
    settings: TenantSettings,
    phone: string | null,
    exceptUserId: string | null,
    m: EntityManager,
  ) {
    if (settings.profilePolicy.uniquePhone && phone && (await this.memberships.phoneTaken(tenantId, phone, exceptUserId, m))) {
      throw new CodedException(HttpStatus.CONFLICT, E.PhoneTaken);
    }
  }

  /**
   * Creates the account; when another transaction created one for the address meanwhile (another
   * tenant adding the same person), links that one instead: never a second account. The result
   * carries `created` only when the account is new.
   */
  private async createAccount(
    input: Parameters<IdentityUsers['createVouched']>[0],
    m: EntityManager,
  ): Promise<UserProfile & { created?: true }> {
    try {
      return { ...(await this.users.createVouched(input, m)), created: true };
    } catch (error) {
      if (!(error instanceof CodedException) || error.code !== IdentityErrorCode.EmailTaken) throw error;
      const existing = await this.users.findByEmail(input.email, m);
      if (!existing) throw error;
      return existing;
    }
  }
}
