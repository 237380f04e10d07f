import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  CodedException,
  CommonErrorCode,
  CursorPage,
  encodeCursor,
  FieldError,
  generateToken,
  hashToken,
  isLocale,
  Locale,
  parseCursor,
} from '@tenant-iam/common';
import { IdentityErrorCode, IdentityUsers, normalizeEmail, PasswordPolicyResolver, stricterOf } from '@tenant-iam/identity';
import type { AuthUser } from '@tenant-iam/identity';
import { Outbox } from '@tenant-iam/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import { isUuid } from '../common/uuid';
import { userActor } from '../context/actor';
import { TenancySubject } from '../context/tenancy.catalog';
import type { ContextMembership, TenantContext } from '../context/tenant-context';
import { MemberErrorCode, MemberFieldCode } from '../members/member-error-code';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PermissionSetsRepository } from '../permission-sets/permission-sets.repository';
import { planOf } from '../plans/plans';
import { checkProfile } from '../policies/profile-policy';
import { readSettings } from '../policies/tenant-settings';
import { TenancyErrorCode } from '../tenancy-error-code';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantsRepository } from '../tenants/tenants.repository';
import type {
  AcceptedInvitationResponse,
  CreateInvitationDto,
  DeclineInvitationDto,
  InvitationPreviewResponse,
  InvitationResponse,
  ListInvitationsQuery,
  MyInvitationResponse,
  RegisterFromInvitationDto,
} from './dto/invitation.dto';
import { InvitationSeats } from './invitation-seats';
import { invitationTarget } from './invitation-target';
import { InvitationEntity, InvitationStatus } from './invitation.entity';
import { InvitationErrorCode as E, InvitationFieldCode as F } from './invitation-error-code';
import { InvitationMail } from './invitations.mail';
import { InvitationRow, InvitationsRepository } from './invitations.repository';

const DEFAULT_LIMIT = 20;

/** Rank of each role: an inviter below superadmin gives at most their own. */
const RANK: Record<string, number> = { owner: 5, superadmin: 4, admin: 3, member: 2, client: 1, contact: 0 };
/** Who invites with any role, set and companies. */
const UNBOUNDED = new Set<string>([MembershipRole.Owner, MembershipRole.Superadmin]);
/** Whose invitations stay inside their own companies. */
const COMPANY_BOUND = new Set<string>([MembershipRole.Member, MembershipRole.Client]);
const SET_REQUIRED = new Set<string>([MembershipRole.Member, MembershipRole.Client]);
const SET_ALLOWED = new Set<string>([MembershipRole.Member, MembershipRole.Client, MembershipRole.Admin]);

const isIdKey = (value: Record<string, string | number>): value is { id: string } => isUuid(value.id);
const notFound = () => new CodedException(HttpStatus.NOT_FOUND, E.InvitationNotFound);
const invalid = (errors: FieldError[]) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, errors);
const exceeds = () => new CodedException(HttpStatus.FORBIDDEN, E.InvitationExceedsRights);
const seatLimit = (limit: number) => new CodedException(HttpStatus.CONFLICT, MemberErrorCode.SeatLimitReached, { limit });

/**
 * The caller's membership on an invitation write. Fail closed: a context without one (an API key,
 * a job) has no rights of its own to bound an invitation by, so it may not send, resend or revoke.
 */
function inviterOf(ctx: TenantContext): ContextMembership {
  if (!ctx.membership) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
  return ctx.membership;
}

/** Below superadmin an inviter gives at most their own rights. */
const isBounded = (inviter: ContextMembership): boolean => !UNBOUNDED.has(inviter.role);

/** The status an invitation shows at `now`: a pending one past its expiry is expired, swept or not. */
function effectiveStatus(inv: Pick<InvitationEntity, 'status' | 'expiresAt'>, now: Date): InvitationStatus {
  return inv.status === InvitationStatus.Pending && inv.expiresAt.getTime() <= now.getTime() ? InvitationStatus.Expired : inv.status;
}

/** Why an invitation's link no longer works, as a problem. */
function unusable(status: InvitationStatus): CodedException {
  const code =
    status === InvitationStatus.Accepted
      ? E.InvitationUsed
      : status === InvitationStatus.Revoked
        ? E.InvitationRevoked
        : status === InvitationStatus.Declined
          ? E.InvitationDeclined
          : E.InvitationExpired;
  return new CodedException(HttpStatus.GONE, code);
}

const nameOf = (row: Pick<InvitationRow, 'inviterFirstName' | 'inviterLastName'>): string | null =>
  [row.inviterFirstName, row.inviterLastName].filter(Boolean).join(' ') || null;

/**
 * Invitations of people by email into a tenant: sending (a pending invitation holds a seat),
 * listing with the delivery of the last mail, resending (same invitation, new link, new lifetime),
 * revoking; and on the invitee's side the preview, accepting with an account, registering through
 * the invitation, declining, and their own pending list. Every write runs in one transaction with
 * its activity entry; a link works once, decided by one conditional statement.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly permissionSets: PermissionSetsRepository,
    private readonly seats: InvitationSeats,
    private readonly activity: ActivityLog,
    private readonly users: IdentityUsers,
    private readonly passwordPolicies: PasswordPolicyResolver,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
  ) {}

  /**
   * Invites `dto.email`. Under the tenant's row lock: the seats (memberships and pending
   * invitations) are counted, the inviter's bounds checked, the invitation and its mail written.
   * @throws `SEAT_LIMIT_REACHED`, `INVITATION_PENDING`, `EMAIL_TAKEN` (already a member) (409);
   *   `INVITATION_EXCEEDS_RIGHTS`, `FORBIDDEN` (no membership) (403); `VALIDATION_FAILED` (422: `permissionSetId`, `companyIds`)
   */
  async create(ctx: TenantContext, dto: CreateInvitationDto): Promise<InvitationResponse> {
    const inviter = inviterOf(ctx);
    const email = normalizeEmail(dto.email);
    const role = dto.role as string;
    if (role === MembershipRole.Owner) throw invalid([{ field: 'role', code: MemberFieldCode.NotApplicable }]);
    if (isBounded(inviter) && RANK[role] > RANK[inviter.role]) throw exceeds();

    const row = await this.dataSource.transaction(async (m) => {
      const tenant = await this.lockTenant(ctx.tenantId, m);
      const now = this.clock.now();
      const permissionSetId = await this.resolveSet(inviter, tenant.id, role, dto.permissionSetId?.toLowerCase(), m);
      const companyIds = await this.resolveCompanies(inviter, tenant.id, dto.companyIds, m);

      const account = await this.users.findByEmail(email, m);
      await this.assertNotMember(tenant.id, account, m);
      // A pending one whose time is over (the sweep has not come yet) gives way to the new one.
      const stale = await this.invitations.expireStalePending(tenant.id, email, now, m);
      if (stale) await this.logExpired(m, stale);
      if (await this.invitations.findPending(tenant.id, email, m)) throw new CodedException(HttpStatus.CONFLICT, E.InvitationPending);
      await this.assertSeatFree(tenant, m);

      const token = generateToken();
      const invitation: InvitationEntity = Object.assign(new InvitationEntity(), {
        id: uuidv7(),
        tenantId: tenant.id,
        email,
        role,
        permissionSetId,
        invitedBy: ctx.actor.type === 'user' ? ctx.actor.userId : null,
        tokenHash: hashToken(token),
        status: InvitationStatus.Pending,
        expiresAt: new Date(now.getTime() + this.options.invitationTtl),
        acceptedBy: null,
        acceptedAt: null,
        revokedBy: null,
        revokedAt: null,
        lastMailId: null,
        sentCount: 1,
        createdAt: now,
        updatedAt: now,
      });
      invitation.lastMailId = await this.queueMail(m, tenant, invitation, token, account?.locale);
      try {
        await this.invitations.insert(invitation, companyIds, m);
      } catch (error) {
        if (InvitationsRepository.isPendingDuplicate(error)) throw new CodedException(HttpStatus.CONFLICT, E.InvitationPending);
        throw error;
      }
      await this.activity.record(m, {
        tenantId: tenant.id,
        actor: ctx.actor,
        action: 'invitation.sent',
        target: invitationTarget(invitation),
        data: { email, role },
      });
      return (await this.invitations.findInTenant(tenant.id, invitation.id, m))!;
    });
    this.outbox.flush();
    return this.toResponse(row, this.clock.now(), new Map([[row.lastMailId!, 'queued']]));
  }

  /**
   * A page of the tenant's invitations by id, each with the delivery status of its last mail.
   * With `read Invitation` every one; with only `create Invitation`, the caller's own.
   * @throws `FORBIDDEN` (403) with neither; `VALIDATION_FAILED` (400) on `cursor`
   */
  async list(ctx: TenantContext, query: ListInvitationsQuery): Promise<CursorPage<InvitationResponse>> {
    const scope = this.readScope(ctx);
    if (scope === 'none') throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isIdKey);
    const now = this.clock.now();
    const rows = await this.invitations.list(
      ctx.tenantId,
      { status: query.status, afterId: after?.id, limit: limit + 1, invitedBy: scope === 'own' ? userIdOf(ctx) : undefined },
      now,
    );
    const items = rows.slice(0, limit);
    const mail = await this.outbox.deliveryStatus(items.flatMap((r) => (r.lastMailId ? [r.lastMailId] : [])));
    const last = items[items.length - 1];
    return {
      items: items.map((r) => this.toResponse(r, now, mail)),
      nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null,
    };
  }

  /**
   * Sends the invitation again: a new link (the old one dies), a new lifetime, the same invitation
   * (its history stays). Works on a pending and on an expired invitation; an expired one takes a
   * seat again, so the seats are counted; and as it grants anew, the caller's current rights bound
   * it as they bound a new invitation, and an address that became a member meanwhile gets none.
   * @throws `INVITATION_NOT_FOUND` (404); `INVITATION_EXCEEDS_RIGHTS`, `FORBIDDEN` (no membership) (403);
   *   `INVITATION_NOT_PENDING`, `INVITATION_PENDING`, `SEAT_LIMIT_REACHED`, `EMAIL_TAKEN` (409)
   */
  async resend(ctx: TenantContext, id: string): Promise<InvitationResponse> {
    const inviter = inviterOf(ctx);
    if (!isUuid(id)) throw notFound();
    const row = await this.dataSource.transaction(async (m) => {
      const tenant = await this.lockTenant(ctx.tenantId, m);
      const invitation = await this.invitations.lockInTenant(tenant.id, id, m);
      this.assertMayManage(ctx, invitation, 'resend');
      const now = this.clock.now();
      const status = effectiveStatus(invitation, now);
      if (status !== InvitationStatus.Pending && status !== InvitationStatus.Expired) {
        throw new CodedException(HttpStatus.CONFLICT, E.InvitationNotPending);
      }
      const account = await this.users.findByEmail(invitation.email, m);
      if (status === InvitationStatus.Expired) {
        // A new grant (new link, new lifetime, a seat again): what the stored invitation gives is
        // checked against what the caller holds now, as a new invitation would be.
        if (isBounded(inviter)) await this.assertWithinRights(inviter, tenant.id, invitation, m);
        await this.assertNotMember(tenant.id, account, m);
        const pending = await this.invitations.findPending(tenant.id, invitation.email, m);
        // Another invitation of the address was sent since this one expired: resend that one.
        if (pending && pending.id !== invitation.id) throw new CodedException(HttpStatus.CONFLICT, E.InvitationPending);
        // It held no seat any more: it takes one again.
        await this.assertSeatFree(tenant, m);
      }
      const token = generateToken();
      const changes = {
        status: InvitationStatus.Pending,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + this.options.invitationTtl),
        sentCount: invitation.sentCount + 1,
        lastMailId: await this.queueMail(m, tenant, invitation, token, account?.locale),
        updatedAt: now,
      };
      try {
        await this.invitations.update(tenant.id, invitation.id, changes, m);
      } catch (error) {
        if (InvitationsRepository.isPendingDuplicate(error)) throw new CodedException(HttpStatus.CONFLICT, E.InvitationPending);
        throw error;
      }
      await this.activity.record(m, {
        tenantId: tenant.id,
        actor: ctx.actor,
        action: 'invitation.resent',
        target: invitationTarget(invitation),
        data: { email: invitation.email },
      });
      return (await this.invitations.findInTenant(tenant.id, invitation.id, m))!;
    });
    this.outbox.flush();
    return this.toResponse(row, this.clock.now(), new Map([[row.lastMailId!, 'queued']]));
  }

  /**
   * Revokes a pending invitation (expired or not): its link stops working and its seat frees.
   * @throws `INVITATION_NOT_FOUND` (404); `FORBIDDEN` (403: no membership); `INVITATION_NOT_PENDING` (409)
   *   for an accepted, revoked or declined one
   */
  async revoke(ctx: TenantContext, id: string): Promise<void> {
    inviterOf(ctx);
    if (!isUuid(id)) throw notFound();
    await this.dataSource.transaction(async (m) => {
      const invitation = await this.invitations.lockInTenant(ctx.tenantId, id, m);
      this.assertMayManage(ctx, invitation, 'revoke');
      if (invitation.status !== InvitationStatus.Pending) throw new CodedException(HttpStatus.CONFLICT, E.InvitationNotPending);
      const now = this.clock.now();
      await this.invitations.update(
        ctx.tenantId,
        invitation.id,
        {
          status: InvitationStatus.Revoked,
          revokedBy: ctx.actor.type === 'user' ? ctx.actor.userId : null,
          revokedAt: now,
          updatedAt: now,
        },
        m,
      );
      await this.activity.record(m, {
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        action: 'invitation.revoked',
        target: invitationTarget(invitation),
        data: { email: invitation.email },
      });
    });
  }

  /**
   * What the invitee sees at the link: organisation, inviter, address, role, expiry, and whether
   * the address has an account (sign in and accept, or register).
   * @throws `INVITATION_NOT_FOUND` (404); `INVITATION_EXPIRED`, `INVITATION_USED`, `INVITATION_REVOKED`, `INVITATION_DECLINED` (410)
   */
  async preview(token: string): Promise<InvitationPreviewResponse> {
    const row = await this.usable(token);
    return {
      tenantName: row.tenantName,
      inviterName: nameOf(row),
      email: row.email,
      role: row.role,
      expiresAt: row.expiresAt.toISOString(),
      accountExists: (await this.users.findByEmail(row.email)) !== null,
    };
  }

  /**
   * Accepts an invitation with the signed-in account, whose email must be the invited one. The
   * membership uses the seat the invitation held.
   * @throws `INVITATION_NOT_FOUND` (404); `INVITATION_EMAIL_MISMATCH` (403); `INVITATION_EXPIRED`,
   *   `INVITATION_USED`, `INVITATION_REVOKED`, `INVITATION_DECLINED` (410); `SEAT_LIMIT_REACHED`,
   *   `ALREADY_MEMBER`, `INVITATION_PERMISSION_SET_GONE` (409)
   */
  async accept(user: AuthUser, token: string): Promise<AcceptedInvitationResponse> {
    const row = await this.usable(token);
    const account = await this.users.findById(user.userId);
    if (!account || normalizeEmail(account.email) !== row.email) throw new CodedException(HttpStatus.FORBIDDEN, E.InvitationEmailMismatch);
    const membership = await this.dataSource.transaction(async (m) => {
      const tenant = await this.lockTenant(row.tenantId, m);
      const invitation = await this.claimOrExplain(token, InvitationStatus.Accepted, account.id, m);
      return this.join(m, tenant, invitation, account.id);
    });
    return { tenantId: membership.tenantId, memberId: membership.id, userId: membership.userId, role: membership.role };
  }

  /**
   * Creates the account of the invited address and its membership in one transaction. The address
   * counts as verified and proven: the token only ever went to it. The tenant's password and
   * profile policies apply.
   * @throws as {@link accept}, plus `EMAIL_TAKEN` (409: the address has an account, sign in and accept),
   *   `PROFILE_POLICY`, `PASSWORD_POLICY` (422), `PASSWORD_CHECK_UNAVAILABLE` (503), `PHONE_TAKEN` (409)
   */
  async register(dto: RegisterFromInvitationDto): Promise<AcceptedInvitationResponse> {
    const row = await this.usable(dto.token);
    if (await this.users.findByEmail(row.email)) {
      // A concurrent registration through this very link may have made the account: say so.
      await this.usable(dto.token);
      throw new CodedException(HttpStatus.CONFLICT, IdentityErrorCode.EmailTaken);
    }
    const tenantBefore = await this.tenants.findById(row.tenantId);
    if (!tenantBefore) throw notFound();
    const settings = readSettings(tenantBefore.settings);
    const profile = checkProfile(
      settings.profilePolicy,
      { firstName: dto.firstName, lastName: dto.lastName, phone: dto.phone },
      { partial: false },
    );
    if (profile.errors.length)
      throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, MemberErrorCode.ProfilePolicy, undefined, profile.errors);
    // Checked before the transaction: the breached-password check calls out and must not hold the tenant lock.
    const policy = stricterOf(await this.passwordPolicies.forUser(null), settings.passwordPolicy);
    await this.users.checkPassword(dto.password, policy, { userInputs: [row.email, dto.firstName, dto.lastName, row.tenantName] });

    const membership = await this.dataSource.transaction(async (m) => {
      const tenant = await this.lockTenant(row.tenantId, m);
      // Claimed first: of concurrent registrations only the one that holds the link hashes a password.
      const invitation = await this.claimOrExplain(dto.token, InvitationStatus.Accepted, null, m);
      const phone = profile.phone ?? null;
      if (
        phone &&
        readSettings(tenant.settings).profilePolicy.uniquePhone &&
        (await this.memberships.phoneTaken(tenant.id, phone, null, m))
      ) {
        throw new CodedException(HttpStatus.CONFLICT, MemberErrorCode.PhoneTaken);
      }
      const account = await this.users.createVouched(
        {
          email: invitation.email,
          firstName: dto.firstName,
          lastName: dto.lastName,
          phone,
          passwordHash: await this.users.hashCheckedPassword(dto.password),
          verified: true,
          emailProven: true,
        },
        m,
      );
      await this.invitations.markAcceptedBy(tenant.id, invitation.id, account.id, m);
      return this.join(m, tenant, { ...invitation, acceptedBy: account.id }, account.id);
    });
    return { tenantId: membership.tenantId, memberId: membership.id, userId: membership.userId, role: membership.role };
  }

  /**
   * Declines an invitation: by its link's token (the signed-in account's email must be the invited
   * one), or by its id from `GET /me/invitations`. Its seat frees.
   * @throws `VALIDATION_FAILED` (400: neither or both of `token`, `id`); `INVITATION_NOT_FOUND` (404);
   *   `INVITATION_EMAIL_MISMATCH` (403); `INVITATION_EXPIRED`, `INVITATION_USED`, `INVITATION_REVOKED`, `INVITATION_DECLINED` (410)
   */
  async decline(user: AuthUser, dto: DeclineInvitationDto): Promise<void> {
    if ((dto.token === undefined) === (dto.id === undefined)) {
      throw new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, undefined, [
        { field: dto.token === undefined ? 'token' : 'id', code: F.TokenOrId },
      ]);
    }
    const account = await this.users.findById(user.userId);
    if (!account) throw notFound();
    const email = normalizeEmail(account.email);
    let row: InvitationRow | null;
    if (dto.token !== undefined) {
      row = await this.usable(dto.token);
      if (row.email !== email) throw new CodedException(HttpStatus.FORBIDDEN, E.InvitationEmailMismatch);
    } else {
      // By id only for an address its owner proved: an account someone else vouched for sees nothing.
      row = account.emailProven && isUuid(dto.id) ? await this.invitations.findPendingOfEmail(dto.id!, email) : null;
      if (!row || row.email !== email) throw notFound();
      const status = effectiveStatus(row, this.clock.now());
      if (status !== InvitationStatus.Pending) throw unusable(status);
    }
    const found = row;
    await this.dataSource.transaction(async (m) => {
      const invitation = await this.claimOrExplain({ hash: found.tokenHash }, InvitationStatus.Declined, account.id, m);
      await this.activity.record(m, {
        tenantId: invitation.tenantId,
        actor: userActor(account.id),
        action: 'invitation.declined',
        target: invitationTarget(invitation),
        data: { email: invitation.email },
      });
    });
  }

  /**
   * The caller's own pending invitations (by their account's email), newest last; empty for an
   * address its owner never proved.
   * @throws `VALIDATION_FAILED` (400) on `cursor`
   */
  async mine(user: AuthUser, query: { limit?: number; cursor?: string }): Promise<CursorPage<MyInvitationResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isIdKey);
    const account = await this.users.findById(user.userId);
    if (!account?.emailProven) return { items: [], nextCursor: null };
    const rows = await this.invitations.listPendingForEmail(normalizeEmail(account.email), this.clock.now(), limit + 1, after?.id);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((r) => ({
        id: r.id,
        tenantId: r.tenantId,
        tenantName: r.tenantName,
        inviterName: nameOf(r),
        role: r.role,
        expiresAt: r.expiresAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null,
    };
  }

  /** The invitation of a link token if it can still be used now; otherwise the problem saying why. */
  private async usable(token: string): Promise<InvitationRow> {
    const row = typeof token === 'string' && token.length > 0 ? await this.invitations.findByTokenHash(hashToken(token)) : null;
    if (!row) throw notFound();
    const status = effectiveStatus(row, this.clock.now());
    if (status !== InvitationStatus.Pending) throw unusable(status);
    return row;
  }

  /**
   * Uses the link (see {@link InvitationsRepository.claim}); when another use got there first, or
   * the time ran out meanwhile, the problem that says so.
   */
  private async claimOrExplain(
    token: string | { hash: string },
    status: InvitationStatus.Accepted | InvitationStatus.Declined,
    userId: string | null,
    m: EntityManager,
  ): Promise<InvitationEntity> {
    const hash = typeof token === 'string' ? hashToken(token) : token.hash;
    const now = this.clock.now();
    const claimed = await this.invitations.claim(hash, status, userId, now, m);
    if (claimed) return claimed;
    // Another use committed first (we waited on its row), or the time ran out meanwhile.
    const current = await this.invitations.findByTokenHash(hash, m);
    if (!current) throw notFound();
    const state = effectiveStatus(current, now);
    throw unusable(state === InvitationStatus.Pending ? InvitationStatus.Accepted : state);
  }

  /**
   * The membership an accepted invitation makes (under the tenant lock, the invitation claimed in
   * this transaction): the seat it held passes to the membership, unless the plan shrank below the
   * seats in use meanwhile.
   */
  private async join(m: EntityManager, tenant: TenantEntity, invitation: InvitationEntity, userId: string): Promise<MembershipEntity> {
    const limit = planOf(this.options.plans, tenant.plan).seats;
    // The claimed invitation no longer counts: +1 is the seat it held.
    if ((await this.seats.used(tenant.id, m)) + 1 > limit) throw seatLimit(limit);
    if (await this.memberships.findByUser(tenant.id, userId, m)) throw new CodedException(HttpStatus.CONFLICT, E.AlreadyMember);
    let permissionSetId = invitation.permissionSetId;
    if (SET_REQUIRED.has(invitation.role) && !permissionSetId) throw new CodedException(HttpStatus.CONFLICT, E.InvitationPermissionSetGone);
    if (permissionSetId && !(await this.permissionSets.holdForAssignment(tenant.id, permissionSetId, m))) {
      if (SET_REQUIRED.has(invitation.role)) throw new CodedException(HttpStatus.CONFLICT, E.InvitationPermissionSetGone);
      permissionSetId = null;
    }
    const now = this.clock.now();
    const membership = Object.assign(new MembershipEntity(), {
      id: uuidv7(),
      tenantId: tenant.id,
      userId,
      role: invitation.role as MembershipRole,
      permissionSetId,
      status: MembershipStatus.Active,
      attributes: {},
      accountCreated: false,
      blockedAt: null,
      blockedBy: null,
      invitedBy: invitation.invitedBy,
      createdAt: now,
      updatedAt: now,
    });
    await this.memberships.insert(membership, m);
    await this.memberships.linkCompanies(tenant.id, membership.id, await this.invitations.companiesOf(tenant.id, invitation.id, m), m);
    await this.activity.record(m, {
      tenantId: tenant.id,
      actor: userActor(userId, membership.id),
      action: 'invitation.accepted',
      target: invitationTarget(invitation),
      data: { email: invitation.email },
    });
    return membership;
  }

  /**
   * `all`: `read Invitation`; `own`: only `create Invitation` (an inviter sees and manages what they
   * sent). A client is a customer's user: it never sees the organisation's invitations (other
   * customers' addresses, the staff's), whatever its set grants, only the ones it sent.
   */
  private readScope(ctx: TenantContext): 'all' | 'own' | 'none' {
    if (ctx.ability.can('read', TenancySubject.Invitation) && ctx.membership?.role !== MembershipRole.Client) return 'all';
    if (ctx.actor.type === 'user' && ctx.ability.can('create', TenancySubject.Invitation)) return 'own';
    return 'none';
  }

  /**
   * Resend: `read` and `create Invitation`; revoke: `revoke Invitation`; or, either, the inviter's
   * own invitation with `create`. An invitation the caller cannot even list is not found (404);
   * one they see but may not change is 403.
   */
  private assertMayManage(
    ctx: TenantContext,
    invitation: InvitationEntity | null,
    what: 'resend' | 'revoke',
  ): asserts invitation is InvitationEntity {
    if (!invitation) throw notFound();
    const scope = this.readScope(ctx);
    const own = ctx.actor.type === 'user' && invitation.invitedBy === ctx.actor.userId;
    if (scope === 'none' || (scope === 'own' && !own)) throw notFound();
    if (own && ctx.ability.can('create', TenancySubject.Invitation)) return;
    const allowed =
      what === 'revoke'
        ? ctx.ability.can('revoke', TenancySubject.Invitation)
        : ctx.ability.can('read', TenancySubject.Invitation) && ctx.ability.can('create', TenancySubject.Invitation);
    if (!allowed) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
  }

  /**
   * The set the invitation gives. The owner and superadmins: any set of the tenant (default the
   * built-in one for members and clients). Anyone else: only their own set (the default), and a
   * role needing one cannot be given by an inviter without one.
   */
  private async resolveSet(
    inviter: ContextMembership,
    tenantId: string,
    role: string,
    requested: string | undefined,
    m: EntityManager,
  ): Promise<string | null> {
    if (!SET_ALLOWED.has(role)) {
      if (requested !== undefined) throw invalid([{ field: 'permissionSetId', code: MemberFieldCode.NotApplicable }]);
      return null;
    }
    if (isBounded(inviter)) {
      const own = inviter.permissionSetId;
      if (requested !== undefined && requested !== own) throw exceeds();
      if (SET_REQUIRED.has(role) && !own) throw exceeds();
      if (own && !(await this.permissionSets.holdForAssignment(tenantId, own, m))) throw exceeds();
      return own;
    }
    if (requested !== undefined) {
      if (!(await this.permissionSets.holdForAssignment(tenantId, requested, m))) {
        throw invalid([{ field: 'permissionSetId', code: MemberFieldCode.UnknownPermissionSet }]);
      }
      return requested;
    }
    if (!SET_REQUIRED.has(role)) return null;
    const builtin = await this.permissionSets.findBuiltin(tenantId, m);
    if (!builtin) throw new Error(`InvitationsService: tenant ${tenantId} has no built-in permission set`);
    return builtin.id;
  }

  /** Companies of the tenant; a member or client inviting stays inside their own (default: all of them). */
  private async resolveCompanies(
    inviter: ContextMembership,
    tenantId: string,
    requested: string[] | undefined,
    m: EntityManager,
  ): Promise<string[]> {
    // Ids compare as stored (lower case), each once, like a member's companies.
    const ids = requested === undefined ? undefined : [...new Set(requested.map((id) => id.toLowerCase()))];
    if (COMPANY_BOUND.has(inviter.role)) {
      const own = new Set(inviter.companyIds);
      if (ids === undefined) return [...own];
      if (ids.some((id) => !own.has(id))) throw exceeds();
    }
    if (ids === undefined) return [];
    const known = new Set(await this.memberships.companiesOfTenant(tenantId, ids, m));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw invalid([{ field: 'companyIds', code: MemberFieldCode.UnknownCompany, params: { ids: unknown } }]);
    return ids;
  }

  /**
   * A bounded caller reviving an expired invitation: its role, set and companies must be within what
   * the caller holds now (as {@link create} checks them), else `INVITATION_EXCEEDS_RIGHTS`.
   */
  private async assertWithinRights(
    inviter: ContextMembership,
    tenantId: string,
    invitation: InvitationEntity,
    m: EntityManager,
  ): Promise<void> {
    if (RANK[invitation.role] > RANK[inviter.role]) throw exceeds();
    if (SET_ALLOWED.has(invitation.role)) {
      const own = inviter.permissionSetId;
      if (invitation.permissionSetId !== own) throw exceeds();
      if (SET_REQUIRED.has(invitation.role) && !own) throw exceeds();
    }
    if (COMPANY_BOUND.has(inviter.role)) {
      const own = new Set(inviter.companyIds);
      const given = await this.invitations.companiesOf(tenantId, invitation.id, m);
      if (given.some((id) => !own.has(id))) throw exceeds();
    }
  }

  /** An address that already has a membership in the tenant is not invited (409 `EMAIL_TAKEN`, as identity says it). */
  private async assertNotMember(tenantId: string, account: { id: string } | null, m: EntityManager): Promise<void> {
    if (account && (await this.memberships.findByUser(tenantId, account.id, m))) {
      throw new CodedException(HttpStatus.CONFLICT, IdentityErrorCode.EmailTaken);
    }
  }

  private async assertSeatFree(tenant: TenantEntity, m: EntityManager): Promise<void> {
    const limit = planOf(this.options.plans, tenant.plan).seats;
    if ((await this.seats.used(tenant.id, m)) >= limit) throw seatLimit(limit);
  }

  private async lockTenant(tenantId: string, m: EntityManager): Promise<TenantEntity> {
    const tenant = isUuid(tenantId) ? await this.tenants.lockForUpdate(tenantId, m) : null;
    if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    return tenant;
  }

  /** Queues the invitation mail in `m`, in the invitee's language when they have an account; returns the outbox id. */
  private async queueMail(
    m: EntityManager,
    tenant: TenantEntity,
    invitation: InvitationEntity,
    token: string,
    locale?: string,
  ): Promise<string> {
    const inviter = invitation.invitedBy ? await this.users.findById(invitation.invitedBy, m) : null;
    return this.outbox.add(m, {
      to: invitation.email,
      template: InvitationMail.Invitation,
      locale: (isLocale(locale) ? locale : 'en') as Locale,
      data: {
        token,
        validForMs: this.options.invitationTtl,
        organisationName: tenant.name,
        inviterName: inviter ? [inviter.firstName, inviter.lastName].filter(Boolean).join(' ') || null : null,
      },
    });
  }

  private async logExpired(m: EntityManager, invitation: InvitationEntity): Promise<void> {
    await this.activity.record(m, {
      tenantId: invitation.tenantId,
      actor: { type: 'system', job: 'tenancy.expire-invitations' },
      action: 'invitation.expired',
      target: invitationTarget(invitation),
      data: { email: invitation.email },
    });
  }

  private toResponse(row: InvitationRow, now: Date, mail: Map<string, string>): InvitationResponse {
    const mailStatus = row.lastMailId ? mail.get(row.lastMailId) : undefined;
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      permissionSetId: row.permissionSetId,
      companyIds: row.companyIds,
      status: effectiveStatus(row, now),
      invitedBy: row.invitedBy,
      expiresAt: row.expiresAt.toISOString(),
      sentCount: row.sentCount,
      mailStatus: (mailStatus ?? 'unknown') as InvitationResponse['mailStatus'],
      acceptedAt: row.acceptedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

/** The signed-in inviter of a context (only called when the actor is a user). */
function userIdOf(ctx: TenantContext): string {
  return ctx.actor.type === 'user' ? ctx.actor.userId : '';
}
