import { Clock, CodedException } from '@tenant-iam/common';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Outbox } from '@tenant-iam/notifications';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DataSource, QueryFailedError } from 'typeorm';
import { mail, userInputs } from '../auth/auth.service';
import { AuthUser } from '../common/auth-user';
import { normalizeEmail } from '../common/email';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IdentityEventSink } from '../events/identity-event-sink';
import { IdentityEvent, IdentityEvents } from '../identity.events';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { IdentityMail } from '../mail/identity.mail-templates';
import { PasswordHasher, PasswordPolicyService } from '../passwords';
import { PasswordPolicyResolver } from '../policy/password-policy.resolver';
import { SessionsService } from '../sessions/sessions.service';
import { LoginLimiter, verifiedWithin } from '../throttling/login-limiter';
import { TokenPurpose } from '../tokens/action-token.entity';
import { ActionTokensService } from '../tokens/action-tokens.service';
import { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { ProfileResponse, toProfileResponse, UpdateProfileDto } from './dto/account.dto';

/** The signed-in user's own account: profile, password, login email. */
@Injectable()
export class AccountService {
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
    private readonly sink: IdentityEventSink,
  ) {}

  async profile(actor: AuthUser): Promise<ProfileResponse> {
    return toProfileResponse(await this.load(actor.userId));
  }

  /**
   * Updates name, phone and locale. An empty string clears an optional field.
   * @throws `PHONE_INVALID` (422) for a number that is not a valid international number.
   */
  async updateProfile(actor: AuthUser, dto: UpdateProfileDto): Promise<ProfileResponse> {
    const patch: Partial<UserEntity> = {};
    if (dto.firstName !== undefined) patch.firstName = dto.firstName.trim() || null;
    if (dto.lastName !== undefined) patch.lastName = dto.lastName.trim() || null;
    if (dto.locale !== undefined) patch.locale = dto.locale;
    if (dto.phone !== undefined) patch.phone = dto.phone.trim() ? toE164(dto.phone) : null;
    await this.users.update(actor.userId, patch, this.clock.now());
    this.emit(IdentityEvents.ProfileUpdated, {
      userId: actor.userId,
      email: actor.email,
      at: this.clock.now(),
      data: { fields: Object.keys(patch) },
    });
    return this.profile(actor);
  }

  /**
   * Changes the password after checking the current one; every other session is revoked.
   * @throws `CURRENT_PASSWORD_INVALID` (403), `PASSWORD_POLICY` (422), `TOO_MANY_LOGIN_ATTEMPTS` (429)
   */
  async changePassword(actor: AuthUser, currentPassword: string, password: string): Promise<void> {
    const user = await this.load(actor.userId);
    await this.checkPassword(user, currentPassword);
    await this.policy.assert(password, await this.policies.forUser(user.id), { userInputs: userInputs(user) });
    const passwordHash = await this.hasher.hash(password);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await this.users.update(user.id, { passwordHash, mustChangePassword: false }, now, m);
      await this.sessions.revokeAll(user.id, 'password_changed', actor.sessionId, m);
      await this.tokens.revokeOutstanding(m, user.id, [TokenPurpose.PasswordReset, TokenPurpose.PasswordSetup]);
      await this.outbox.add(m, mail(user, IdentityMail.PasswordChanged, {}));
      await this.sink.record(m, IdentityEvents.PasswordChanged, {
        userId: user.id,
        email: user.email,
        at: now,
        sessionId: actor.sessionId,
        data: { via: 'change' },
      });
    });
    this.outbox.flush();
    this.emit(IdentityEvents.PasswordChanged, { userId: user.id, email: user.email, at: now, sessionId: actor.sessionId });
  }

  /**
   * Starts a change of the login email: a confirmation link goes to the new address and a notice
   * with an "it wasn't me" cancel link to the old one. Nothing changes until the link is used.
   * An address that already has an account answers the same (no oracle): it gets a notice
   * instead of the link, and the requester's side runs exactly as for a free address.
   * @throws `CURRENT_PASSWORD_INVALID` (403), `EMAIL_UNCHANGED` (422), `TOO_MANY_LOGIN_ATTEMPTS` (429)
   */
  async requestEmailChange(actor: AuthUser, newEmailInput: string, currentPassword: string): Promise<void> {
    const user = await this.load(actor.userId);
    await this.checkPassword(user, currentPassword);
    const newEmail = normalizeEmail(newEmailInput);
    if (newEmail === user.email) throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, IdentityErrorCode.EmailUnchanged);
    const holder = await this.users.findByEmail(newEmail);
    await this.dataSource.transaction(async (m) => {
      // issue() locks the user row first and revokes the older link of its own purpose, for both
      // links: the lock order of every token flow (user row, then tokens).
      const confirm = await this.tokens.issue(m, {
        purpose: TokenPurpose.EmailChange,
        userId: user.id,
        subject: newEmail,
        ttl: this.options.emailChangeTtl,
        payload: { oldEmail: user.email, newEmail },
      });
      const cancel = await this.tokens.issue(m, {
        purpose: TokenPurpose.EmailChangeCancel,
        userId: user.id,
        subject: user.email,
        ttl: this.options.emailChangeTtl,
        payload: { oldEmail: user.email, newEmail, changeTokenId: confirm.entity.id },
      });
      // A taken address never sees the link (its confirmation would fail anyway): its owner learns
      // that someone tried, in the owner's language.
      await this.outbox.add(
        m,
        holder
          ? mail(holder, IdentityMail.EmailAddressTaken, {})
          : mail(
              user,
              IdentityMail.EmailChangeConfirm,
              { token: confirm.token, newEmail, validForMs: this.options.emailChangeTtl },
              newEmail,
            ),
      );
      await this.outbox.add(
        m,
        mail(user, IdentityMail.EmailChangeNotice, { token: cancel.token, newEmail, validForMs: this.options.emailChangeTtl }),
      );
    });
    this.outbox.flush();
    this.emit(IdentityEvents.EmailChangeRequested, { userId: user.id, email: user.email, at: this.clock.now(), data: { newEmail } });
  }

  /**
   * Confirms the change from the link sent to the new address: the login email switches, and
   * every other session is revoked (all of them when the link is opened without a session).
   * @throws `TOKEN_*`, `EMAIL_TAKEN` (409) when the address was taken meanwhile
   */
  async confirmEmailChange(token: string, actor?: AuthUser): Promise<ProfileResponse> {
    const now = this.clock.now();
    const { user, oldEmail } = await this.dataSource.transaction(async (m) => {
      const consumed = await this.tokens.consume(m, token, [TokenPurpose.EmailChange]);
      const owner = await this.users.findById(consumed.userId!, m);
      const oldEmail = String(consumed.payload.oldEmail);
      if (!owner || owner.email !== oldEmail) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      await this.setEmail(owner.id, consumed.subject!, now, m);
      await this.users.markEmailVerified(owner.id, now, m);
      const keep = actor?.userId === owner.id ? actor.sessionId : undefined;
      await this.sessions.revokeAll(owner.id, 'email_changed', keep, m);
      // The old address keeps its cancel link: "it wasn't me" still works after the switch.
      await this.tokens.revokeOutstanding(m, owner.id, [TokenPurpose.PasswordReset, TokenPurpose.VerifyEmail]);
      await this.sink.record(m, IdentityEvents.EmailChanged, {
        userId: owner.id,
        email: consumed.subject!,
        at: now,
        ...(keep ? { sessionId: keep } : {}),
        data: { oldEmail },
      });
      return { user: { ...owner, email: consumed.subject! } as UserEntity, oldEmail };
    });
    this.emit(IdentityEvents.EmailChanged, { userId: user.id, email: user.email, at: now, data: { oldEmail } });
    return toProfileResponse(await this.load(user.id));
  }

  /**
   * "It wasn't me", from the old address: a pending change is cancelled. If the change was already
   * confirmed, the old address is restored and every session revoked, since someone else may hold
   * the account; the owner then resets the password from the old address.
   * @throws `TOKEN_*`, `EMAIL_TAKEN` when the old address was meanwhile taken by another account
   */
  async cancelEmailChange(token: string): Promise<{ email: string; restored: boolean }> {
    const now = this.clock.now();
    const result = await this.dataSource.transaction(async (m) => {
      const consumed = await this.tokens.consume(m, token, [TokenPurpose.EmailChangeCancel]);
      const owner = await this.users.findById(consumed.userId!, m);
      if (!owner) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      const oldEmail = String(consumed.payload.oldEmail);
      const newEmail = String(consumed.payload.newEmail);
      await this.tokens.revokeOutstanding(m, owner.id, [TokenPurpose.EmailChange]);
      if (owner.email === newEmail) {
        await this.setEmail(owner.id, oldEmail, now, m);
        // The cancel link came from the old address: its owner just proved they read it.
        await this.users.markEmailVerified(owner.id, now, m);
        await this.sessions.revokeAll(owner.id, 'email_change_cancelled', undefined, m);
        // The login email switched back: as much an email change as the one it undoes.
        await this.sink.record(m, IdentityEvents.EmailChanged, {
          userId: owner.id,
          email: oldEmail,
          at: now,
          data: { oldEmail: newEmail, restored: true },
        });
        return { user: owner, email: oldEmail, restored: true };
      }
      return { user: owner, email: owner.email, restored: false };
    });
    this.emit(IdentityEvents.EmailChangeCancelled, {
      userId: result.user.id,
      email: result.email,
      at: now,
      data: { restored: result.restored },
    });
    return { email: result.email, restored: result.restored };
  }

  private async setEmail(userId: string, email: string, now: Date, m: import('typeorm').EntityManager): Promise<void> {
    try {
      // A savepoint keeps the outer transaction usable if the unique index refuses the address.
      await m.transaction((inner) => this.users.update(userId, { email }, now, inner));
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505') {
        throw new CodedException(HttpStatus.CONFLICT, IdentityErrorCode.EmailTaken);
      }
      throw error;
    }
  }

  // Throttled like a login: a stolen session must not become an unlimited password oracle.
  private async checkPassword(user: UserEntity, password: string): Promise<void> {
    const attempt = await this.limiter.reservePasswordCheck(user.id);
    const valid = await verifiedWithin(attempt, async () => (user.passwordHash ? this.hasher.verify(user.passwordHash, password) : false));
    if (!valid) throw new CodedException(HttpStatus.FORBIDDEN, IdentityErrorCode.CurrentPasswordInvalid);
    await attempt.succeeded();
  }

  private async load(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.SessionRevoked);
    return user;
  }

  private emit(name: string, event: IdentityEvent): void {
    this.events.emit(name, event);
  }
}

function toE164(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone.trim());
  if (!parsed?.isValid()) {
    throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, 'VALIDATION_FAILED', undefined, [
      { field: 'phone', code: IdentityErrorCode.PhoneInvalid },
    ]);
  }
  return parsed.number;
}
