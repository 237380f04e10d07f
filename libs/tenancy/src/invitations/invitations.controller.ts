import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode } from '@tenant-iam/common';
import { IdentityErrorCode } from '@tenant-iam/identity';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { MemberErrorCode } from '../members/member-error-code';
import { CreateInvitationDto, InvitationListResponse, InvitationResponse, ListInvitationsQuery } from './dto/invitation.dto';
import { InvitationErrorCode as E } from './invitation-error-code';
import { InvitationsService } from './invitations.service';

const NOT_FOUND = { 404: [E.InvitationNotFound] } as const;

@ApiTags('invitations')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid', description: 'The organisation' })
@Controller('tenants/:tenantId/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Can('create', TenancySubject.Invitation)
  @ApiOperation({
    operationId: 'createInvitation',
    summary: 'Invite a person by email; the mail carries a single-use link valid INVITATION_TTL (7 days)',
    description:
      'A pending invitation holds a seat (409 `SEAT_LIMIT_REACHED` when none is left). A second invitation of an address with a pending one answers 409 `INVITATION_PENDING` (resend that one). Below superadmin an inviter gives at most their own rights: their role or lower, their own permission set, and (members and clients) their own companies, else 403 `INVITATION_EXCEEDS_RIGHTS`.',
  })
  @ApiCreatedResponse({ type: InvitationResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, {
    403: [E.InvitationExceedsRights],
    409: [MemberErrorCode.SeatLimitReached, E.InvitationPending, IdentityErrorCode.EmailTaken],
    422: [CommonErrorCode.ValidationFailed],
  })
  create(@CurrentTenant() tenant: TenantContext, @Body() dto: CreateInvitationDto): Promise<InvitationResponse> {
    return this.invitations.create(tenant, dto);
  }

  // Any member with panel access reaches the service, which decides: `read Invitation` lists all,
  // `create Invitation` alone lists the caller's own, neither is 403.
  @Get()
  @Can('read', TenancySubject.Tenant)
  @ApiOperation({
    operationId: 'listInvitations',
    summary: "The organisation's invitations, with the delivery status of each one's last mail",
    description:
      'By id (creation order). With `read Invitation` every invitation; with only `create Invitation` the ones the caller sent. A pending invitation past its expiry shows `expired`.',
  })
  @ApiOkResponse({ type: InvitationListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: ListInvitationsQuery): Promise<InvitationListResponse> {
    return this.invitations.list(tenant, query);
  }

  @Post(':invitationId/resend')
  @HttpCode(HttpStatus.OK)
  @Can('create', TenancySubject.Invitation)
  @ApiOperation({
    operationId: 'resendInvitation',
    summary: 'Send the invitation again: a new link (the old one stops working) and a new lifetime',
    description:
      "The same invitation, its history kept. Pending and expired invitations; an expired one takes a seat again and, as a new grant, is bounded by the caller's current rights like a new invitation (403 `INVITATION_EXCEEDS_RIGHTS`); an address that became a member meanwhile answers 409 `EMAIL_TAKEN`. The inviter may resend their own; others need `read` and `create Invitation`.",
  })
  @ApiOkResponse({ type: InvitationResponse })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND, {
    403: [E.InvitationExceedsRights],
    409: [E.InvitationNotPending, E.InvitationPending, MemberErrorCode.SeatLimitReached, IdentityErrorCode.EmailTaken],
  })
  resend(@CurrentTenant() tenant: TenantContext, @Param('invitationId') id: string): Promise<InvitationResponse> {
    return this.invitations.resend(tenant, id);
  }

  @Delete(':invitationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('read', TenancySubject.Tenant)
  @ApiOperation({
    operationId: 'revokeInvitation',
    summary: 'Revoke a pending invitation: its link stops working and its seat frees',
    description:
      'With `revoke Invitation`, or the inviter their own. An accepted, revoked or declined one answers 409 `INVITATION_NOT_PENDING`.',
  })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND, { 409: [E.InvitationNotPending] })
  revoke(@CurrentTenant() tenant: TenantContext, @Param('invitationId') id: string): Promise<void> {
    return this.invitations.revoke(tenant, id);
  }
}
