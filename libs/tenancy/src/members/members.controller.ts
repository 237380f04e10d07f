import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode, CursorQuery } from '@tenant-iam/common';
import { IdentityErrorCode } from '@tenant-iam/identity';
import { Can } from '@tenant-iam/permissions';
import { ActivityListResponse } from '../activity/dto/activity.response';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import {
  CreatedMemberResponse,
  CreateMemberDto,
  ListMembersQuery,
  MemberListResponse,
  MemberResponse,
  UpdateMemberDto,
} from './dto/member.dto';
import { AttributeErrorCode } from '../attributes/attribute-error-code';
import { MemberErrorCode as E } from './member-error-code';
import { MembersService } from './members.service';

const NOT_FOUND = { 404: [E.MemberNotFound] } as const;
// identity's codes for a new password (its NEW_PASSWORD_PROBLEMS set is not on its public face).
const NEW_PASSWORD = { 422: ['PASSWORD_POLICY'], 503: ['PASSWORD_CHECK_UNAVAILABLE'] } as const;

@ApiTags('members')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid', description: 'The organisation' })
@Controller('tenants/:tenantId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Can('read', TenancySubject.Member)
  @ApiOperation({
    operationId: 'listMembers',
    summary: 'Members of the organisation the caller may see',
    description:
      "By membership id (creation order), the owner included; filtered by the caller's `read Member` rules. The caller's own row has no `permissionSetId`.",
  })
  @ApiOkResponse({ type: MemberListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: ListMembersQuery): Promise<MemberListResponse> {
    return this.members.list(tenant, query);
  }

  @Post()
  @Can('create', TenancySubject.Member)
  @ApiOperation({
    operationId: 'createMember',
    summary: 'Add a member: link the account of the email, or create one',
    description:
      "An existing account is linked with its password and profile untouched. A new one follows the organisation's profile and password policies; `password.mode` decides how it gets a password (default `link`: a set-password link is mailed). A seat is taken: 409 `SEAT_LIMIT_REACHED` when the plan has none left; a pending invitation of the address is revoked in the same transaction and its seat used instead (one person, one seat). Field errors: 422 `VALIDATION_FAILED` with `permissionSetId: UNKNOWN_PERMISSION_SET | NOT_APPLICABLE`, `companyIds: UNKNOWN_COMPANY`.",
  })
  @ApiCreatedResponse({ type: CreatedMemberResponse })
  @ApiProblems(
    COMMON_PROBLEMS.body,
    TENANT_PROBLEMS,
    {
      409: [E.SeatLimitReached, IdentityErrorCode.EmailTaken, E.PhoneTaken, E.AccountNotConfirmed, AttributeErrorCode.AttributeTaken],
      422: [CommonErrorCode.ValidationFailed, E.ProfilePolicy],
    },
    NEW_PASSWORD,
  )
  create(@CurrentTenant() tenant: TenantContext, @Body() dto: CreateMemberDto): Promise<CreatedMemberResponse> {
    return this.members.create(tenant, dto);
  }

  @Get(':memberId')
  @Can('read', TenancySubject.Member)
  @ApiOperation({ operationId: 'getMember', summary: 'One member, if the caller may see it' })
  @ApiOkResponse({ type: MemberResponse })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND)
  get(@CurrentTenant() tenant: TenantContext, @Param('memberId') memberId: string): Promise<MemberResponse> {
    return this.members.get(tenant, memberId);
  }

  @Patch(':memberId')
  @Can('update', TenancySubject.Member)
  @ApiOperation({
    operationId: 'updateMember',
    summary: "Change a member's role, permission set, profile or attributes",
    description:
      "Never one's own membership nor the owner's; never to `owner` (only a transfer). Profile fields only for an account this organisation created (else 409 `PROFILE_NOT_MANAGED`). Members and clients always hold a set (the built-in one when none is given); superadmins and contacts none.",
  })
  @ApiOkResponse({ type: MemberResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, {
    403: [E.CannotModifySelf, E.CannotModifyOwner],
    404: [E.MemberNotFound],
    409: [E.ProfileNotManaged, E.PhoneTaken, AttributeErrorCode.AttributeTaken],
    422: [CommonErrorCode.ValidationFailed, E.ProfilePolicy],
  })
  update(
    @CurrentTenant() tenant: TenantContext,
    @Param('memberId') memberId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberResponse> {
    return this.members.update(tenant, memberId, dto);
  }

  @Post(':memberId/block')
  @HttpCode(HttpStatus.OK)
  @Can('block', TenancySubject.Member)
  @ApiOperation({
    operationId: 'blockMember',
    summary: 'Block a member in this organisation',
    description: "Effective from the member's next request (403 `MEMBERSHIP_BLOCKED`). Blocking a blocked member changes nothing.",
  })
  @ApiOkResponse({ type: MemberResponse })
  @ApiProblems(TENANT_PROBLEMS, { 403: [E.CannotBlockSelf, E.CannotModifyOwner] }, NOT_FOUND)
  block(@CurrentTenant() tenant: TenantContext, @Param('memberId') memberId: string): Promise<MemberResponse> {
    return this.members.setBlocked(tenant, memberId, true);
  }

  @Post(':memberId/unblock')
  @HttpCode(HttpStatus.OK)
  @Can('block', TenancySubject.Member)
  @ApiOperation({ operationId: 'unblockMember', summary: 'Unblock a member', description: 'Unblocking an active member changes nothing.' })
  @ApiOkResponse({ type: MemberResponse })
  @ApiProblems(TENANT_PROBLEMS, { 403: [E.CannotBlockSelf, E.CannotModifyOwner] }, NOT_FOUND)
  unblock(@CurrentTenant() tenant: TenantContext, @Param('memberId') memberId: string): Promise<MemberResponse> {
    return this.members.setBlocked(tenant, memberId, false);
  }

  @Delete(':memberId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('delete', TenancySubject.Member)
  @ApiOperation({ operationId: 'removeMember', summary: 'Remove a member from the organisation (the account stays); the seat frees' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(TENANT_PROBLEMS, { 403: [E.CannotModifySelf, E.CannotModifyOwner] }, NOT_FOUND)
  remove(@CurrentTenant() tenant: TenantContext, @Param('memberId') memberId: string): Promise<void> {
    return this.members.remove(tenant, memberId);
  }

  @Get(':memberId/activity')
  @Can('read', TenancySubject.Activity)
  @ApiOperation({
    operationId: 'listMemberActivity',
    summary: "A member's activity in this organisation",
    description: "Entries by or about the member's account, newest first.",
  })
  @ApiOkResponse({ type: ActivityListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS, NOT_FOUND)
  activity(
    @CurrentTenant() tenant: TenantContext,
    @Param('memberId') memberId: string,
    @Query() query: CursorQuery,
  ): Promise<ActivityListResponse> {
    return this.members.activityOf(tenant, memberId, query);
  }
}
