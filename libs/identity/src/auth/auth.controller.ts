import { negotiateLocale } from '@tenant-iam/common';
import { Body, Controller, Headers, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { AccountService } from '../account/account.service';
import { EmailChangeCancelledResponse, ProfileResponse } from '../account/dto/account.dto';
import { AuthUser, Client, ClientInfo, CurrentUser, OptionalAuth, Public } from '../common/auth-user';
import { TokenPairResponse } from '../sessions/dto/session.response';
import { SessionsService } from '../sessions/sessions.service';
import { AuthService } from './auth.service';
import { ForgotPasswordDto, LoginDto, RefreshDto, RegisterDto, ResetPasswordDto, TokenDto, VerifyEmailResponse } from './dto/auth.dto';

const TOKEN_ERRORS = 'TOKEN_INVALID (400), TOKEN_EXPIRED or TOKEN_USED (410)';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly account: AccountService,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Sign up; a verification link is mailed. Same answer whether or not the email exists.' })
  @ApiAcceptedResponse({ description: 'Accepted; check the mailbox' })
  @ApiUnprocessableEntityResponse({ description: 'PASSWORD_POLICY with one entry per broken rule' })
  async register(@Body() dto: RegisterDto, @Headers('accept-language') language?: string): Promise<void> {
    await this.auth.register(dto, negotiateLocale(language));
  }

  @Public()
  @Post('verify-email')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Use the verification link; the account becomes active' })
  @ApiOkResponse({ type: VerifyEmailResponse })
  @ApiBadRequestResponse({ description: TOKEN_ERRORS })
  @ApiGoneResponse({ description: TOKEN_ERRORS })
  verifyEmail(@Body() dto: TokenDto): Promise<VerifyEmailResponse> {
    return this.auth.verifyEmail(dto.token);
  }

  // Login has its own limiter (per IP and per account, see LoginLimiter); refresh needs a
  // high-entropy token, and limiting it per IP would log out whole offices behind one NAT.
  @Public()
  @SkipThrottle()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange email and password for an access JWT and a refresh token' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS for an unknown email and a wrong password alike' })
  @ApiForbiddenResponse({ description: 'EMAIL_NOT_VERIFIED or ACCOUNT_DISABLED (only after a correct password)' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS, with Retry-After' })
  login(@Body() dto: LoginDto, @Client() client: ClientInfo): Promise<TokenPairResponse> {
    return this.auth.login(dto.email, dto.password, client);
  }

  @Public()
  @SkipThrottle()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Rotate the refresh token; a reused one revokes the whole session' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiUnauthorizedResponse({ description: 'REFRESH_TOKEN_INVALID or REFRESH_TOKEN_REUSED' })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairResponse> {
    return this.sessions.refresh(dto.refreshToken);
  }

  @SkipThrottle()
  @Post('logout')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke the current session' })
  @ApiNoContentResponse()
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.sessions.logout(user);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Mail a password reset link (valid 24 h, single use). Always 202.' })
  @ApiAcceptedResponse()
  forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    return this.auth.forgotPassword(dto.email);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Set a new password from a reset or set-password link; revokes every session' })
  @ApiOkResponse()
  @ApiBadRequestResponse({ description: TOKEN_ERRORS })
  @ApiUnprocessableEntityResponse({ description: 'PASSWORD_POLICY' })
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<{ passwordChanged: true }> {
    await this.auth.resetPassword(dto.token, dto.password);
    return { passwordChanged: true };
  }

  @OptionalAuth()
  @Post('email/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm an email change from the link sent to the new address' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiBadRequestResponse({ description: TOKEN_ERRORS })
  confirmEmail(@Body() dto: TokenDto, @CurrentUser() user?: AuthUser): Promise<ProfileResponse> {
    return this.account.confirmEmailChange(dto.token, user);
  }

  @Public()
  @Post('email/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '"It wasn\'t me": cancel an email change from the link sent to the old address' })
  @ApiOkResponse({ type: EmailChangeCancelledResponse })
  @ApiBadRequestResponse({ description: TOKEN_ERRORS })
  cancelEmail(@Body() dto: TokenDto): Promise<EmailChangeCancelledResponse> {
    return this.account.cancelEmailChange(dto.token);
  }
}
