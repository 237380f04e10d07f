import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode } from '@tenant-iam/common';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PasswordChangedResponse } from '../auth/dto/auth.dto';
import { AuthUser, CurrentUser } from '../common/auth-user';
import { IdentityErrorCode as E } from '../common/identity-error-code';
import { NEW_PASSWORD_PROBLEMS, SESSION_PROBLEMS } from '../common/identity-problems';
import { SessionListResponse } from '../sessions/dto/session.response';
import { SessionsService } from '../sessions/sessions.service';
import { AccountService } from './account.service';
import { ChangeEmailDto, ChangePasswordDto, ProfileResponse, UpdateProfileDto } from './dto/account.dto';

@ApiTags('me')
@ApiBearerAuth()
// Its own guard: deny by default even in a host without the app-wide JwtAuthGuard.
@UseGuards(JwtAuthGuard)
@Controller('me')
export class MeController {
  constructor(
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getMyProfile', summary: "The caller's own profile" })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(SESSION_PROBLEMS)
  profile(@CurrentUser() user: AuthUser): Promise<ProfileResponse> {
    return this.account.profile(user);
  }

  @Patch()
  @ApiOperation({
    operationId: 'updateMyProfile',
    summary: 'Change name, phone or locale',
    description: 'A phone that is not a valid international number: 422 `VALIDATION_FAILED` with `phone:PHONE_INVALID` in `errors[]`.',
  })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(COMMON_PROBLEMS.body, SESSION_PROBLEMS, { 422: [CommonErrorCode.ValidationFailed] })
  updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<ProfileResponse> {
    return this.account.updateProfile(user, dto);
  }

  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'changeMyPassword', summary: 'Change the password; every other session is revoked' })
  @ApiOkResponse({ type: PasswordChangedResponse })
  @ApiProblems(COMMON_PROBLEMS.body, SESSION_PROBLEMS, { 403: [E.CurrentPasswordInvalid], 429: [E.TooManyAttempts] }, NEW_PASSWORD_PROBLEMS)
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<{ passwordChanged: true }> {
    await this.account.changePassword(user, dto.currentPassword, dto.password);
    return { passwordChanged: true };
  }

  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    operationId: 'changeMyEmail',
    summary: 'Start an email change: confirmation link to the new address, notice with a cancel link to the old',
  })
  @ApiAcceptedResponse({ description: 'Also when the new address already has an account: it gets a notice instead of the link' })
  @ApiProblems(COMMON_PROBLEMS.body, SESSION_PROBLEMS, {
    403: [E.CurrentPasswordInvalid],
    422: [E.EmailUnchanged],
    429: [E.TooManyAttempts],
    503: [CommonErrorCode.ServiceUnavailable],
  })
  changeEmail(@CurrentUser() user: AuthUser, @Body() dto: ChangeEmailDto): Promise<void> {
    return this.account.requestEmailChange(user, dto.email, dto.currentPassword);
  }

  @Get('sessions')
  @ApiOperation({ operationId: 'listMySessions', summary: "The caller's active sessions" })
  @ApiOkResponse({ type: SessionListResponse })
  @ApiProblems(SESSION_PROBLEMS)
  async listSessions(@CurrentUser() user: AuthUser): Promise<SessionListResponse> {
    return { items: await this.sessions.list(user) };
  }

  @Delete('sessions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'revokeMySession', summary: "Revoke one of the caller's sessions" })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Session id, as in `GET /me/sessions`' })
  @ApiNoContentResponse({ description: 'The session is revoked' })
  // ParseUUIDPipe answers a malformed id with the generic BAD_REQUEST, not a field error.
  @ApiProblems(SESSION_PROBLEMS, { 400: [CommonErrorCode.BadRequest], 404: [E.SessionNotFound] })
  revokeSession(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.sessions.revokeOwn(user, id);
  }
}
