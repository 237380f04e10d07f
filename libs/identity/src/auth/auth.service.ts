import { Clock, CodedException, isLocale, Locale } from '@tenant-iam/common';
import { Outbox } from '@tenant-iam/notifications';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ClientInfo } from '../common/auth-user';
import { normalizeEmail } from '../common/email';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IdentityEvent, IdentityEvents } from '../identity.events';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { IdentityMail } from '../mail/identity.mail-templates';
import { PasswordHasher, PasswordPolicyService } from '../passwords';
import { PasswordPolicyResolver } from '../policy/password-policy.resolver';
import { TokenPairResponse } from '../sessions/dto/session.response';
import { SessionsService } from '../sessions/sessions.service';
import { LoginLimiter } from '../throttling/login-limiter';
import { TokenPurpose } from '../tokens/action-token.entity';
import { ActionTokensService } from '../tokens/action-tokens.service';
import { UserEntity, UserStatus } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { RegisterDto } from './dto/auth.dto';

/** Sign-up, verification, login and password recovery. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: ActionTokensService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicyService,
    private readonly policies: PasswordPolicyResolver,
    private readonly limiter: LoginLimiter,
    private readonly outbox: Outbox,
    private readonly dataSource: DataSource,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {}

  /**
   * Registers an account and mails a verification link. Answers the same whether or not the email
   * is taken (no enumeration): a verified owner gets an "account exists" notice instead, and an
   * unverified one a fresh verification link; the stored password is never touched.
   * @throws `PASSWORD_POLICY` (422) — checked before the email is looked at, so it reveals nothing.
   */
  async register(dto: RegisterDto, requestLocale: Locale): Promise<void> {
    const email = normalizeEmail(dto.email);
    await this.policy.assert(dto.password, await this.policies.forUser(null), {
      userInputs: [email, email.split('@')[0], dto.firstName ?? '', dto.lastName ?? ''].filter(Boolean),
    });
    // Hash even when the email exists, so both answers take the same time.
    const passwordHash = await this.hasher.hash(dto.password);
    const now = this.clock.now();
    const locale = dto.locale ?? requestLocale;
    const candidate = Object.assign(new UserEntity(), {
      id: uuidv7(),
      email,
      emailVerifiedAt: null,
      passwordHash,
      status: UserStatus.Pending,
      firstName: dto.firstName?.trim() || null,
      lastName: dto.lastName?.trim() || null,
      phone: null,
      locale,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    });
    const created = await this.dataSource.transaction(async (m) => {
      const inserted = await this.users.insertIfAbsent(candidate, m);
      const user = inserted ?? (await this.users.findByEmail(email, m));
      if (!user) return false;
      if (inserted || !user.emailVerifiedAt) {
        const { token } = await this.tokens.issue(m, {
          purpose: TokenPurpose.VerifyEmail,
          userId: user.id,
          subject: email,
          ttl: this.options.emailVerifyTtl,
        });
        await this.outbox.add(m, mail(user, IdentityMail.VerifyEmail, { token }));
      } else {
        await this.outbox.add(m, mail(user, IdentityMail.AccountExists, {}));
      }
      return Boolean(inserted);
    });
    this.outbox.flush();
    if (created) this.emit(IdentityEvents.UserRegistered, { userId: candidate.id, email, at: now });
  }

  /**
   * Consumes a verification link and activates the account.
   * @throws `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_USED`
   */
  async verifyEmail(token: string): Promise<{ email: string; emailVerified: true }> {
    const user = await this.dataSource.transaction(async (m) => {
      const consumed = await this.tokens.consume(m, token, [TokenPurpose.VerifyEmail]);
      const owner = consumed.userId ? await this.users.findById(consumed.userId, m) : null;
      // The link proves control of the address it was sent to; if the account changed its email since, it is void.
      if (!owner || owner.email !== consumed.subject) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      await this.users.markEmailVerified(owner.id, this.clock.now(), m);
      return owner;
    });
    this.emit(IdentityEvents.EmailVerified, { userId: user.id, email: user.email, at: this.clock.now() });
    return { email: user.email, emailVerified: true };
  }

  /**
   * Checks credentials and opens a session. Unknown email and wrong password answer alike, after
   * the same argon2 work; `EMAIL_NOT_VERIFIED` and `ACCOUNT_DISABLED` only after a correct password.
   * @throws `INVALID_CREDENTIALS` (401), `EMAIL_NOT_VERIFIED` / `ACCOUNT_DISABLED` (403), `TOO_MANY_LOGIN_ATTEMPTS` (429)
   */
  async login(emailInput: string, password: string, client: ClientInfo): Promise<TokenPairResponse> {
    const email = normalizeEmail(emailInput);
    await this.limiter.before(email, client.ip);
    const user = await this.users.findByEmail(email);
    const valid = user?.passwordHash ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyDummy(password);
    if (!user || !valid) {
      await this.limiter.failed(email);
      if (user) this.emit(IdentityEvents.LoginFailed, { userId: user.id, email, at: this.clock.now(), ip: client.ip });
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.InvalidCredentials);
    }
    await this.limiter.succeeded(email);
    if (user.status === UserStatus.Disabled) throw new CodedException(HttpStatus.FORBIDDEN, IdentityErrorCode.AccountDisabled);
    if (!user.emailVerifiedAt) throw new CodedException(HttpStatus.FORBIDDEN, IdentityErrorCode.EmailNotVerified);
    const pair = await this.sessions.open(user.id, client);
    if (this.hasher.needsRehash(user.passwordHash!)) {
      // Parameters were raised since this hash was made; upgrade it while we hold the password.
      const upgraded = await this.hasher.hash(password);
      await this.users.update(user.id, { passwordHash: upgraded }, this.clock.now());
    }
    this.emit(IdentityEvents.Login, { userId: user.id, email, at: this.clock.now(), sessionId: pair.sessionId, ip: client.ip });
    return pair;
  }

  /** Mails a reset link when the account exists and is not disabled; the answer never tells. */
  async forgotPassword(emailInput: string): Promise<void> {
    const email = normalizeEmail(emailInput);
    const user = await this.users.findByEmail(email);
    if (!user || user.status === UserStatus.Disabled) return;
    await this.dataSource.transaction(async (m) => {
      const { token } = await this.tokens.issue(m, {
        purpose: TokenPurpose.PasswordReset,
        userId: user.id,
        subject: email,
        ttl: this.options.passwordResetTtl,
      });
      await this.outbox.add(m, mail(user, IdentityMail.PasswordReset, { token }));
    });
    this.outbox.flush();
  }

  /**
   * Sets a new password from a reset or set-password link, verifies the email the link went to,
   * and revokes every session of the user.
   * @throws `TOKEN_*`, `PASSWORD_POLICY`
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const purposes = [TokenPurpose.PasswordReset, TokenPurpose.PasswordSetup];
    const peeked = await this.tokens.peek(token, purposes);
    const owner = peeked.userId ? await this.users.findById(peeked.userId) : null;
    if (!owner) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
    await this.policy.assert(password, await this.policies.forUser(owner.id), { userInputs: userInputs(owner) });
    const passwordHash = await this.hasher.hash(password);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const consumed = await this.tokens.consume(m, token, purposes);
      const user = await this.users.findById(consumed.userId!, m);
      if (!user || user.email !== consumed.subject) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      await this.users.update(user.id, { passwordHash, mustChangePassword: false }, now, m);
      await this.users.markEmailVerified(user.id, now, m);
      await this.tokens.revokeOutstanding(m, user.id, purposes);
      await this.sessions.revokeAll(user.id, 'password_reset', undefined, m);
      await this.outbox.add(m, mail(user, IdentityMail.PasswordChanged, {}));
    });
    this.outbox.flush();
    this.emit(IdentityEvents.PasswordReset, { userId: owner.id, email: owner.email, at: now });
    this.emit(IdentityEvents.PasswordChanged, { userId: owner.id, email: owner.email, at: now });
  }

  private emit(name: string, event: IdentityEvent): void {
    this.events.emit(name, event);
  }
}

/** The strings a strength estimate should treat as guessable for this user. */
export function userInputs(user: Pick<UserEntity, 'email' | 'firstName' | 'lastName'>): string[] {
  return [user.email, user.email.split('@')[0], user.firstName ?? '', user.lastName ?? ''].filter(Boolean);
}

/** An outbox mail to a user in the user's language. */
export function mail(
  user: Pick<UserEntity, 'email' | 'locale' | 'firstName'>,
  template: IdentityMail,
  data: Record<string, unknown>,
  to = user.email,
) {
  return {
    to,
    template,
    locale: isLocale(user.locale) ? user.locale : ('en' as Locale),
    data: { firstName: user.firstName, ...data },
  };
}
