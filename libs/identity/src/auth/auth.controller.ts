import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode, negotiateLocale } from '@tenant-iam/common';
import { JwtAuthGuard } from './jwt-auth.guard';
import { Body, Controller, Headers, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { AccountService } from '../account/account.service';
import { EmailChangeCancelledResponse, ProfileResponse } from '../account/dto/account.dto';
import { AuthUser, Client, ClientInfo, CurrentUser, OptionalAuth, Public } from '../common/auth-user';
import { IdentityErrorCode as E } from '../common/identity-error-code';
import { LINK_TOKEN_PROBLEMS, NEW_PASSWORD_PROBLEMS, SESSION_PROBLEMS } from '../common/identity-problems';
import { TokenPairResponse } from '../sessions/dto/session.response';
import { SessionsService } from '../sessions/sessions.service';
import { AuthService } from './auth.service';
import {
  ForgotPasswordDto,
  LoginDto,
  PasswordChangedResponse,
  RefreshDto,
  RegisterDto,
  ResetPasswordDto,
  TokenDto,
  VerifyEmailResponse,
} from './dto/auth.dto';

// Every route here but login, refresh and logout is behind the per-IP throttler.
const { body: BODY, throttled: THROTTLED } = COMMON_PROBLEMS;

@ApiTags('auth')
// Its own guard first: deny by default even in a host without the app-wide JwtAuthGuard.
@Controller('auth')
@UseGuards(JwtAuthGuard, ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly account: AccountService,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    operationId: 'register',
    summary: 'Sign up; a verification link is mailed. Same answer whether or not the email exists.',
  })
  @ApiHeader({ name: 'accept-language', required: false, description: 'Language of the mails when `locale` is not given: en, pl, uk' })
  @ApiAcceptedResponse({ description: 'Accepted; check the mailbox' })
  @ApiProblems(BODY, NEW_PASSWORD_PROBLEMS, THROTTLED)
  async register(@Body() dto: RegisterDto, @Headers('accept-language') language?: string): Promise<void> {
    await this.auth.register(dto, negotiateLocale(language));
  }

  @Public()
  @Post('verify-email')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'verifyEmail', summary: 'Use the verification link; the account becomes active' })
  @ApiOkResponse({ type: VerifyEmailResponse })
  @ApiProblems(BODY, LINK_TOKEN_PROBLEMS, THROTTLED)
  verifyEmail(@Body() dto: TokenDto): Promise<VerifyEmailResponse> {
    return this.auth.verifyEmail(dto.token);
  }

  // Login has its own limiter (per IP and per account, see LoginLimiter); refresh needs a
  // high-entropy token, and limiting it per IP would log out whole offices behind one NAT.
  @Public()
  @SkipThrottle()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'login',
    summary: 'Exchange email and password for an access JWT and a refresh token',
    description:
      '`INVALID_CREDENTIALS` for an unknown email and a wrong password alike; `EMAIL_NOT_VERIFIED` and `ACCOUNT_DISABLED` only after a correct password; `TOO_MANY_LOGIN_ATTEMPTS` with `Retry-After`. When one session at a time applies to the account, the login ends its other sessions (they answer `SESSION_REPLACED`).',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems(BODY, {
    401: [E.InvalidCredentials],
    403: [E.EmailNotVerified, E.AccountDisabled],
    429: [E.TooManyAttempts],
    503: [CommonErrorCode.ServiceUnavailable],
  })
  login(@Body() dto: LoginDto, @Client() client: ClientInfo): Promise<TokenPairResponse> {
    return this.auth.login(dto.email, dto.password, client);
  }

  @Public()
  @SkipThrottle()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'refreshSession',
    summary: 'Rotate the refresh token; a reused one revokes the whole session',
    description:
      '`SESSION_REPLACED` when a newer login ended the session (one session at a time); `SESSION_EXPIRED` at the absolute lifetime or the most refreshes a session may make.',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems(BODY, { 401: [E.RefreshTokenInvalid, E.RefreshTokenReused, E.SessionReplaced, E.SessionExpired] })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairResponse> {
    return this.sessions.refresh(dto.refreshToken);
  }

  @SkipThrottle()
  @Post('logout')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'logout', summary: 'Revoke the current session' })
  @ApiNoContentResponse({ description: 'The session is revoked' })
  @ApiProblems(SESSION_PROBLEMS)
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.sessions.logout(user);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    operationId: 'forgotPassword',
    summary: 'Mail a password reset link (valid PASSWORD_RESET_TTL, single use). Always 202.',
  })
  @ApiAcceptedResponse({ description: 'Accepted, whether or not the email has an account' })
  @ApiProblems(BODY, THROTTLED)
  forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    return this.auth.forgotPassword(dto.email);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'resetPassword', summary: 'Set a new password from a reset or set-password link; revokes every session' })
  @ApiOkResponse({ type: PasswordChangedResponse })
  @ApiProblems(BODY, LINK_TOKEN_PROBLEMS, NEW_PASSWORD_PROBLEMS, THROTTLED)
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<{ passwordChanged: true }> {
    await this.auth.resetPassword(dto.token, dto.password);
    return { passwordChanged: true };
  }

  @OptionalAuth()
  @Post('email/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'confirmEmailChange',
    summary: 'Confirm an email change from the link sent to the new address',
    description: 'Works without a session; a bearer token, when sent, must be valid.',
  })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(BODY, LINK_TOKEN_PROBLEMS, SESSION_PROBLEMS, { 409: [E.EmailTaken] }, THROTTLED)
  confirmEmail(@Body() dto: TokenDto, @CurrentUser() user?: AuthUser): Promise<ProfileResponse> {
    return this.account.confirmEmailChange(dto.token, user);
  }

  @Public()
  @Post('email/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'cancelEmailChange',
    summary: '"It wasn\'t me": cancel an email change from the link sent to the old address',
  })
  @ApiOkResponse({ type: EmailChangeCancelledResponse })
  @ApiProblems(BODY, LINK_TOKEN_PROBLEMS, { 409: [E.EmailTaken] }, THROTTLED)
  cancelEmail(@Body() dto: TokenDto): Promise<EmailChangeCancelledResponse> {
    return this.account.cancelEmailChange(dto.token);
  }
}
