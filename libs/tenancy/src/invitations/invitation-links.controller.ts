import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiProblems, COMMON_PROBLEMS, CursorQuery } from '@tenant-iam/common';
import { AuthUser, CurrentUser, IdentityErrorCode, JwtAuthGuard, Public, SESSION_PROBLEMS } from '@tenant-iam/identity';
import { MemberErrorCode } from '../members/member-error-code';
import {
  AcceptedInvitationResponse,
  DeclineInvitationDto,
  InvitationPreviewResponse,
  InvitationTokenDto,
  MyInvitationListResponse,
  RegisterFromInvitationDto,
} from './dto/invitation.dto';
import { InvitationErrorCode as E } from './invitation-error-code';
import { InvitationsService } from './invitations.service';

const { body: BODY, throttled: THROTTLED } = COMMON_PROBLEMS;
/** A link token that is unknown (404) or can no longer be used (410). */
const LINK = {
  404: [E.InvitationNotFound],
  410: [E.InvitationExpired, E.InvitationUsed, E.InvitationRevoked, E.InvitationDeclined],
} as const;
const JOIN = { 409: [MemberErrorCode.SeatLimitReached, E.AlreadyMember, E.InvitationPermissionSetGone] } as const;

// The invitee's side. Behind the per-IP throttler like identity's link routes (verify-email,
// reset): a token is unguessable, but nobody gets to try them by the million.
@ApiTags('invitations')
@Controller('invitations')
@UseGuards(JwtAuthGuard, ThrottlerGuard)
export class InvitationLinksController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Get(':token')
  @ApiOperation({
    operationId: 'previewInvitation',
    summary: 'What an invitation link offers: organisation, inviter, email, role, expiry, whether the email has an account',
  })
  @ApiParam({ name: 'token', description: 'The token of the link in the invitation mail' })
  @ApiOkResponse({ type: InvitationPreviewResponse })
  @ApiProblems(LINK, THROTTLED)
  preview(@Param('token') token: string): Promise<InvitationPreviewResponse> {
    return this.invitations.preview(token.slice(0, 256));
  }

  @Post('accept')
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'acceptInvitation',
    summary: 'Join the organisation with the signed-in account (its email must be the invited one); the link works once',
  })
  @ApiCreatedResponse({ type: AcceptedInvitationResponse })
  @ApiProblems(BODY, SESSION_PROBLEMS, LINK, JOIN, { 403: [E.InvitationEmailMismatch] }, THROTTLED)
  accept(@CurrentUser() user: AuthUser, @Body() dto: InvitationTokenDto): Promise<AcceptedInvitationResponse> {
    return this.invitations.accept(user, dto.token);
  }

  @Public()
  @Post('register')
  @ApiOperation({
    operationId: 'registerFromInvitation',
    summary: 'Create the account of the invited email and join the organisation, in one step',
    description:
      "The address counts as verified (the link only went to it); the organisation's password and profile policies apply. An address with an account answers 409 `EMAIL_TAKEN`: sign in and accept. Then log in as usual.",
  })
  @ApiCreatedResponse({ type: AcceptedInvitationResponse })
  @ApiProblems(
    BODY,
    LINK,
    {
      409: [...JOIN[409], IdentityErrorCode.EmailTaken, MemberErrorCode.PhoneTaken],
      422: ['PASSWORD_POLICY', MemberErrorCode.ProfilePolicy],
      503: ['PASSWORD_CHECK_UNAVAILABLE'],
    },
    THROTTLED,
  )
  register(@Body() dto: RegisterFromInvitationDto): Promise<AcceptedInvitationResponse> {
    return this.invitations.register(dto);
  }

  @Post('decline')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'declineInvitation',
    summary: 'Decline an invitation: by its link token, or by its id from GET /me/invitations (exactly one)',
    description: "Signed in; the account's email must be the invited one. The seat it held frees.",
  })
  @ApiNoContentResponse({ description: 'Declined' })
  @ApiProblems(BODY, SESSION_PROBLEMS, LINK, { 403: [E.InvitationEmailMismatch] }, THROTTLED)
  decline(@CurrentUser() user: AuthUser, @Body() dto: DeclineInvitationDto): Promise<void> {
    return this.invitations.decline(user, dto);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('me')
export class MyInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('invitations')
  @ApiOperation({
    operationId: 'listMyInvitations',
    summary: "The caller's pending invitations, by their account's email",
    description: 'Empty for an address its owner has not confirmed yet. Accept with the link of the mail; decline by id.',
  })
  @ApiOkResponse({ type: MyInvitationListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, SESSION_PROBLEMS)
  list(@CurrentUser() user: AuthUser, @Query() query: CursorQuery): Promise<MyInvitationListResponse> {
    return this.invitations.mine(user, query);
  }
}
