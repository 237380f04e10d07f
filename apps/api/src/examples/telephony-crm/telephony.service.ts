import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, FieldError } from '@tenant-iam/common';
import { MembersService, MemberAttributesService, PermissionSetsService, TenantContext } from '@tenant-iam/tenancy';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type {
  AssignSipExtensionDto,
  ChooseNumberDto,
  ChosenNumberResponse,
  CreatePoolDto,
  MyTelephonyResponse,
  PoolKind,
  PoolResponse,
  SipExtensionResponse,
  SipRangeDto,
  SipRangeResponse,
  TelephonyUserResponse,
} from './dto/telephony.dto';
import { SIP_EXTENSION } from './telephony.attributes';
import { TelephonyErrorCode as E, TelephonyFieldCode as F } from './telephony-error-code';
import { TelephonyRepository } from './telephony.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const invalid = (errors: FieldError[]) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, errors);
const sqlState = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;

/**
 * The telephony CRM's rules (example). The SIP extension is a tenancy member attribute, written
 * through `MemberAttributesService` (validation, uniqueness by the database, activity entry);
 * pools and picks are the example's own tables.
 */
@Injectable()
export class TelephonyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TelephonyRepository,
    private readonly members: MembersService,
    private readonly attributes: MemberAttributesService,
    private readonly permissionSets: PermissionSetsService,
    private readonly clock: Clock,
  ) {}

  async sipRange(ctx: TenantContext): Promise<SipRangeResponse> {
    return (await this.repository.sipRange(ctx.tenantId)) ?? { first: null, last: null };
  }

  /** @throws 422 `last: INVALID_RANGE` for a reversed range or one wider than 10 000 */
  async setSipRange(ctx: TenantContext, dto: SipRangeDto): Promise<SipRangeResponse> {
    if (dto.last < dto.first || dto.last - dto.first >= 10_000) throw invalid([{ field: 'last', code: F.InvalidRange }]);
    await this.repository.setSipRange(ctx.tenantId, dto.first, dto.last, this.clock.now());
    return { first: dto.first, last: dto.last };
  }

  /**
   * Gives a member an extension: the one given (`static`), or the first free one of the range
   * (`pool`), chosen under the tenant's lock so two members never get the same one.
   * @throws 404 `MEMBER_NOT_FOUND` (also for a member the caller may not read); 409 `ATTRIBUTE_TAKEN`,
   *   `ATTRIBUTE_POOL_EXHAUSTED`, `SIP_RANGE_NOT_SET`; 422 `attributes.sipExtension`
   */
  async assignSipExtension(ctx: TenantContext, memberId: string, dto: AssignSipExtensionDto): Promise<SipExtensionResponse> {
    const member = await this.members.get(ctx, memberId);
    if (dto.mode === 'static') {
      await this.attributes.set(ctx, member.id, { [SIP_EXTENSION]: dto.value! });
      return { memberId: member.id, sipExtension: dto.value! };
    }
    const range = await this.repository.sipRange(ctx.tenantId);
    if (!range) throw new CodedException(HttpStatus.CONFLICT, E.SipRangeNotSet);
    const candidates = Array.from({ length: range.last - range.first + 1 }, (_, i) => String(range.first + i));
    const taken = await this.attributes.takeFirstFree(ctx, member.id, SIP_EXTENSION, candidates);
    return { memberId: member.id, sipExtension: taken };
  }

  /** Takes the member's extension away. @throws 404 `MEMBER_NOT_FOUND` */
  async releaseSipExtension(ctx: TenantContext, memberId: string): Promise<void> {
    const member = await this.members.get(ctx, memberId);
    await this.attributes.set(ctx, member.id, { [SIP_EXTENSION]: null });
  }

  /** @throws 409 `POOL_NAME_TAKEN` */
  async createPool(ctx: TenantContext, dto: CreatePoolDto): Promise<PoolResponse> {
    const id = uuidv7();
    if (!(await this.repository.createPool(ctx.tenantId, { id, kind: dto.kind, name: dto.name, values: dto.values }, this.clock.now()))) {
      throw new CodedException(HttpStatus.CONFLICT, E.PoolNameTaken);
    }
    return (await this.repository.pool(ctx.tenantId, id))!;
  }

  async pools(ctx: TenantContext): Promise<PoolResponse[]> {
    return this.repository.pools(ctx.tenantId);
  }

  /**
   * Assigns the pool to exactly `memberIds`; members taken off lose their pick from it (cascade).
   * @throws 404 `POOL_NOT_FOUND`; 422 `memberIds: UNKNOWN_MEMBER`
   */
  async setPoolMembers(ctx: TenantContext, poolId: string, memberIds: string[]): Promise<PoolResponse> {
    if (!UUID.test(poolId)) throw new CodedException(HttpStatus.NOT_FOUND, E.PoolNotFound);
    return this.dataSource.transaction(async (m) => {
      if (!(await this.repository.lockPool(ctx.tenantId, poolId, m))) throw new CodedException(HttpStatus.NOT_FOUND, E.PoolNotFound);
      try {
        await this.repository.setPoolMembers(ctx.tenantId, poolId, memberIds, m);
      } catch (error) {
        // The composite key to memberships: an id that is no member of this tenant.
        if (sqlState(error) === '23503') throw invalid([{ field: 'memberIds', code: F.UnknownMember }]);
        throw error;
      }
      return (await this.repository.pool(ctx.tenantId, poolId, m))!;
    });
  }

  /** The caller's extension, pools and picks. @throws 403 `TELEPHONY_MEMBERS_ONLY` for an actor that is not a member */
  async mine(ctx: TenantContext): Promise<MyTelephonyResponse> {
    const membership = this.memberOf(ctx);
    // Their own attributes, whether or not their permission group lets them read members.
    return this.profile(ctx.tenantId, membership.id, (await this.attributes.read(ctx.tenantId, membership.id)) ?? {});
  }

  /** The CRM's user card, with the member's one permission group. @throws 404 `MEMBER_NOT_FOUND` */
  async user(ctx: TenantContext, memberId: string): Promise<TelephonyUserResponse> {
    const member = await this.members.get(ctx, memberId);
    const card: TelephonyUserResponse = {
      ...(await this.profile(ctx.tenantId, member.id, member.attributes)),
      email: member.email,
      firstName: member.firstName,
      lastName: member.lastName,
      role: member.role,
    };
    // The members service leaves the set out of the caller's own row (nobody reads their own rights): so does the card.
    if (member.permissionSetId !== undefined) {
      const set = member.permissionSetId ? await this.permissionSets.get(ctx.tenantId, member.permissionSetId) : null;
      card.permissionGroup = set ? { id: set.id, name: set.name } : null;
    }
    return card;
  }

  /**
   * The caller picks a number of one kind from a pool assigned to them.
   * @throws 422 `poolId: POOL_NOT_ASSIGNED` (no such pool, another kind, or not theirs), `value: NOT_IN_POOL`
   */
  async choose(ctx: TenantContext, kind: PoolKind, dto: ChooseNumberDto): Promise<ChosenNumberResponse> {
    const membership = this.memberOf(ctx);
    let failed: 'pool' | 'value' | null;
    try {
      failed = await this.repository.choose(ctx.tenantId, membership.id, { kind, poolId: dto.poolId, value: dto.value }, this.clock.now());
    } catch (error) {
      // The pool was taken off the member (or the value removed) between the check and the write.
      if (sqlState(error) === '23503') failed = 'pool';
      else throw error;
    }
    if (failed === 'pool') throw invalid([{ field: 'poolId', code: F.PoolNotAssigned }]);
    if (failed === 'value') throw invalid([{ field: 'value', code: F.NotInPool }]);
    return { poolId: dto.poolId, value: dto.value };
  }

  private memberOf(ctx: TenantContext) {
    if (!ctx.membership) throw new CodedException(HttpStatus.FORBIDDEN, E.MembersOnly);
    return ctx.membership;
  }

  private async profile(tenantId: string, membershipId: string, attributes: Record<string, unknown>): Promise<MyTelephonyResponse> {
    const [pools, choices] = await Promise.all([
      this.repository.poolsOf(tenantId, membershipId),
      this.repository.choicesOf(tenantId, membershipId),
    ]);
    const choice = (kind: PoolKind) => {
      const c = choices.find((x) => x.kind === kind);
      return c ? { poolId: c.poolId, value: c.value } : null;
    };
    const extension = attributes[SIP_EXTENSION];
    return {
      memberId: membershipId,
      sipExtension: typeof extension === 'string' ? extension : null,
      pools: pools.map((p) => ({ id: p.id, kind: p.kind, name: p.name, values: p.values })),
      callerId: choice('callerId'),
      smsSender: choice('smsSender'),
    };
  }
}
