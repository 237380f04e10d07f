import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../common/auth-user';
import { SessionListResponse } from '../sessions/dto/session.response';
import { SessionsService } from '../sessions/sessions.service';
import { AccountService } from './account.service';
import { ChangeEmailDto, ChangePasswordDto, ProfileResponse, UpdateProfileDto } from './dto/account.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's own profile" })
  @ApiOkResponse({ type: ProfileResponse })
  profile(@CurrentUser() user: AuthUser): Promise<ProfileResponse> {
    return this.account.profile(user);
  }

  @Patch()
  @ApiOperation({ summary: 'Change name, phone or locale' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiUnprocessableEntityResponse({ description: 'PHONE_INVALID' })
  updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<ProfileResponse> {
    return this.account.updateProfile(user, dto);
  }

  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Change the password; every other session is revoked' })
  @ApiOkResponse()
  @ApiForbiddenResponse({ description: 'CURRENT_PASSWORD_INVALID' })
  @ApiUnprocessableEntityResponse({ description: 'PASSWORD_POLICY' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS after too many wrong current passwords, with Retry-After' })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<{ passwordChanged: true }> {
    await this.account.changePassword(user, dto.currentPassword, dto.password);
    return { passwordChanged: true };
  }

  @Post('email')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Start an email change: confirmation link to the new address, notice with a cancel link to the old' })
  @ApiAcceptedResponse({ description: 'Also when the new address already has an account: it gets a notice instead of the link' })
  @ApiForbiddenResponse({ description: 'CURRENT_PASSWORD_INVALID' })
  @ApiUnprocessableEntityResponse({ description: 'EMAIL_UNCHANGED' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS after too many wrong current passwords, with Retry-After' })
  changeEmail(@CurrentUser() user: AuthUser, @Body() dto: ChangeEmailDto): Promise<void> {
    return this.account.requestEmailChange(user, dto.email, dto.currentPassword);
  }

  @Get('sessions')
  @ApiOperation({ summary: "The caller's active sessions" })
  @ApiOkResponse({ type: SessionListResponse })
  async listSessions(@CurrentUser() user: AuthUser): Promise<SessionListResponse> {
    return { items: await this.sessions.list(user) };
  }

  @Delete('sessions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Revoke one of the caller's sessions" })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'SESSION_NOT_FOUND' })
  revokeSession(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.sessions.revokeOwn(user, id);
  }
}
