import { Clock, CodedException, isLocale, Locale } from '@tenant-iam/common';
import { JobHandler, Outbox } from '@tenant-iam/notifications';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ClientInfo } from '../common/auth-user';
import { normalizeEmail } from '../common/email';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IdentityEventSink, recordsEvents } from '../events/identity-event-sink';
import { IdentityEvent, IdentityEvents } from '../identity.events';
import { IdentityJob } from '../identity.jobs';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { IdentityMail } from '../mail/identity.mail-templates';
import { PasswordHasher, PasswordPolicyService } from '../passwords';
import { PasswordPolicyResolver } from '../policy/password-policy.resolver';
import { limitsSessions, SessionPolicyResolver } from '../policy/session-policy.resolver';
import { TokenPairResponse } from '../sessions/dto/session.response';
import { SessionsService } from '../sessions/sessions.service';
import { LoginLimiter, verifiedWithin } from '../throttling/login-limiter';
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
    private readonly sink: IdentityEventSink,
    private readonly sessionPolicy: SessionPolicyResolver,
  ) {}

  /**
   * Registers an account and mails a verification link. Answers the same whether or not the email
   * is taken (no enumeration): a verified owner gets an "account exists" notice instead. A new
   * account's password, names and language travel with its verification link and come into force
   * when that link verifies the address (see {@link verifyEmail}).
   *
   * A repeat sign-up of an address that is still unconfirmed carries no password: two sign-ups of
   * one address mean one of them may be someone else's, and whichever link the mailbox owner
   * clicks must not put a stranger's password in force. So the address gets a set-password link
   * instead (the password is chosen at the link, by whoever reads the mailbox, see
   * {@link resetPassword}), and every earlier verification link of the account dies.
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
    const registration: Registration = {
      passwordHash,
      firstName: dto.firstName?.trim() || null,
      lastName: dto.lastName?.trim() || null,
      locale: dto.locale ?? requestLocale,
    };
    const candidate = Object.assign(new UserEntity(), {
      id: uuidv7(),
      email,
      emailVerifiedAt: null,
      emailProvenAt: null,
      status: UserStatus.Pending,
      phone: null,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
      ...registration,
    });
    const created = await this.dataSource.transaction(async (m) => {
      const inserted = await this.users.insertIfAbsent(candidate, m);
      const user = inserted ?? (await this.users.findByEmail(email, m));
      if (!user) return false;
      if (inserted) {
        const { token } = await this.tokens.issue(m, {
          purpose: TokenPurpose.VerifyEmail,
          userId: user.id,
          subject: email,
          ttl: this.options.emailVerifyTtl,
          payload: { registration },
        });
        await this.outbox.add(
          m,
          mail({ ...registration, email }, IdentityMail.VerifyEmail, { token, validForMs: this.options.emailVerifyTtl }),
        );
      } else if (!user.emailVerifiedAt) {
        const { passwordHash: _discarded, ...profile } = registration;
        // issue() locks the user row first: the lock order of every token flow.
        const { token } = await this.tokens.issue(m, {
          purpose: TokenPurpose.PasswordSetup,
          userId: user.id,
          subject: email,
          ttl: this.options.passwordSetupTtl,
          payload: { profile },
        });
        await this.tokens.revokeOutstanding(m, user.id, [TokenPurpose.VerifyEmail]);
        // Written in this sign-up's language and name, not those of an earlier one by someone else.
        await this.outbox.add(
          m,
          mail({ ...registration, email }, IdentityMail.SignUpAgain, { token, validForMs: this.options.passwordSetupTtl }),
        );
      } else {
        await this.outbox.add(m, mail(user, IdentityMail.AccountExists, {}));
      }
      return Boolean(inserted);
    });
    this.outbox.flush();
    if (created) this.emit(IdentityEvents.UserRegistered, { userId: candidate.id, email, at: now });
  }

  /**
   * Consumes a verification link and activates the account. If the account was still unverified,
   * the password, names and language chosen with the sign-up that sent this link come into force
   * (an earlier sign-up of the same address by someone else is discarded); a verified account's
   * password is never touched. Every other verification link of the account dies.
   * @throws `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_USED`
   */
  async verifyEmail(token: string): Promise<{ email: string; emailVerified: true }> {
    const purposes = [TokenPurpose.VerifyEmail];
    const peeked = await this.tokens.peek(token, purposes);
    const now = this.clock.now();
    const user = await this.dataSource.transaction(async (m) => {
      // User row first, then tokens: the order every token flow locks in (see UsersRepository.lockForUpdate).
      if (!peeked.userId || !(await this.users.lockForUpdate(peeked.userId, m))) {
        throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      }
      const consumed = await this.tokens.consume(m, token, purposes);
      const owner = await this.users.findById(consumed.userId!, m);
      // The link proves control of the address it was sent to; if the account changed its email since, it is void.
      if (!owner || owner.email !== consumed.subject) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      const registration = registrationOf(consumed.payload);
      if (registration && !owner.emailVerifiedAt) await this.users.applyUnverifiedRegistration(owner.id, registration, now, m);
      await this.users.markEmailVerified(owner.id, now, m);
      await this.tokens.revokeOutstanding(m, owner.id, purposes);
      return owner;
    });
    this.emit(IdentityEvents.EmailVerified, { userId: user.id, email: user.email, at: now });
    return { email: user.email, emailVerified: true };
  }

  /**
   * Checks credentials and opens a session. Unknown email and wrong password answer alike, after
   * the same argon2 work; `EMAIL_NOT_VERIFIED` and `ACCOUNT_DISABLED` only after a correct password.
   * When the {@link SessionPolicyResolver} says one session at a time for the user, the login ends
   * their other sessions (`SESSION_REPLACED` on their next request or refresh).
   * @throws `INVALID_CREDENTIALS` (401), `EMAIL_NOT_VERIFIED` / `ACCOUNT_DISABLED` (403), `TOO_MANY_LOGIN_ATTEMPTS` (429)
   */
  async login(emailInput: string, password: string, client: ClientInfo): Promise<TokenPairResponse> {
    const email = normalizeEmail(emailInput);
    // Reserved before the verify, so concurrent guesses cannot all pass the check.
    const attempt = await this.limiter.reserveLogin(email, client.ip);
    const user = await this.users.findByEmail(email);
    const valid = await verifiedWithin(attempt, () =>
      user?.passwordHash ? this.hasher.verify(user.passwordHash, password) : this.hasher.verifyDummy(password),
    );
    if (!user || !valid) {
      if (user) this.emit(IdentityEvents.LoginFailed, { userId: user.id, email, at: this.clock.now(), ip: client.ip });
      throw new CodedException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.InvalidCredentials);
    }
    await attempt.succeeded();
    if (user.status === UserStatus.Disabled) throw new CodedException(HttpStatus.FORBIDDEN, IdentityErrorCode.AccountDisabled);
    if (!user.emailVerifiedAt) throw new CodedException(HttpStatus.FORBIDDEN, IdentityErrorCode.EmailNotVerified);
    const at = this.clock.now();
    let replacedSessions = 0;
    const loggedIn = (sessionId: string): IdentityEvent => ({
      userId: user.id,
      email,
      at,
      sessionId,
      ip: client.ip,
      ...(replacedSessions > 0 ? { data: { replacedSessions } } : {}),
    });
    // The default sink records nothing and the default session policy limits nothing: keep the
    // benchmarked path (one statement, no transaction). Otherwise the session opens in a
    // transaction that also ends the user's other sessions (one at a time) and records the login.
    const pair =
      recordsEvents(this.sink) || limitsSessions(this.sessionPolicy)
        ? await this.dataSource.transaction(async (m) => {
            replacedSessions = await this.replaceOtherSessions(user.id, m);
            const opened = await this.sessions.open(user.id, client, m);
            await this.sink.record(m, IdentityEvents.Login, loggedIn(opened.sessionId));
            return opened;
          })
        : await this.sessions.open(user.id, client);
    if (this.hasher.needsRehash(user.passwordHash!)) {
      // Parameters were raised since this hash was made; upgrade it while we hold the password.
      const upgraded = await this.hasher.hash(password);
      await this.users.update(user.id, { passwordHash: upgraded }, this.clock.now());
    }
    this.emit(IdentityEvents.Login, loggedIn(pair.sessionId));
    return pair;
  }

  /**
   * One session at a time, when the session policy says so for this user: locks the user's row
   * (`FOR NO KEY UPDATE`, the lock every token flow takes first) and ends their live sessions, in
   * the login's transaction. Concurrent logins of one user queue on the lock, and each ends the
   * session the one before it committed: N parallel logins leave exactly one live session.
   * @returns how many sessions ended (0 when the policy allows several).
   */
  private async replaceOtherSessions(userId: string, m: EntityManager): Promise<number> {
    if (!(await this.sessionPolicy.singleSession(userId, m))) return 0;
    await this.users.lockForUpdate(userId, m);
    return this.sessions.replaceLive(userId, m);
  }

  /**
   * Mails a reset link when the account exists and is not disabled; the answer never tells. The
   * request only writes the durable job {@link IdentityJob.PasswordResetRequested} to the outbox,
   * the same for every address, so its time does not tell either; a worker does the lookup.
   */
  async forgotPassword(emailInput: string): Promise<void> {
    await this.outbox.addJob(IdentityJob.PasswordResetRequested, { email: normalizeEmail(emailInput) });
    this.outbox.flush();
  }

  /** The job behind {@link forgotPassword}: issues the link and its mail for an account that may have one. */
  @JobHandler(IdentityJob.PasswordResetRequested)
  async sendPasswordReset({ email }: { email: string }): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.status === UserStatus.Disabled) return;
    await this.dataSource.transaction(async (m) => {
      const { token } = await this.tokens.issue(m, {
        purpose: TokenPurpose.PasswordReset,
        userId: user.id,
        subject: email,
        ttl: this.options.passwordResetTtl,
      });
      await this.outbox.add(m, mail(user, IdentityMail.PasswordReset, { token, validForMs: this.options.passwordResetTtl }));
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
      // User row first, then tokens: two live links used at once used to lock their own token,
      // then wait for each other's in revokeOutstanding (a deadlock, answered 500). Now the second
      // waits here and then finds its link revoked by the first (TOKEN_INVALID).
      await this.users.lockForUpdate(owner.id, m);
      const consumed = await this.tokens.consume(m, token, purposes);
      const user = await this.users.findById(consumed.userId!, m);
      if (!user || user.email !== consumed.subject) throw new CodedException(HttpStatus.BAD_REQUEST, IdentityErrorCode.TokenInvalid);
      // A repeat sign-up's set-password link also brings its names and language, while unconfirmed.
      const profile = profileOf(consumed.payload);
      if (profile && !user.emailVerifiedAt) await this.users.applyUnverifiedRegistration(user.id, { passwordHash, ...profile }, now, m);
      await this.users.update(user.id, { passwordHash, mustChangePassword: false }, now, m);
      await this.users.markEmailVerified(user.id, now, m);
      // The reset verified the address with the password chosen now: a pending sign-up's link
      // (maybe someone else's password) must not apply later.
      await this.tokens.revokeOutstanding(m, user.id, [...purposes, TokenPurpose.VerifyEmail]);
      await this.sessions.revokeAll(user.id, 'password_reset', undefined, m);
      await this.outbox.add(m, mail(user, IdentityMail.PasswordChanged, {}));
      await this.sink.record(m, IdentityEvents.PasswordChanged, {
        userId: user.id,
        email: user.email,
        at: now,
        data: { via: viaOf(consumed.purpose) },
      });
    });
    this.outbox.flush();
    this.emit(IdentityEvents.PasswordReset, { userId: owner.id, email: owner.email, at: now });
    this.emit(IdentityEvents.PasswordChanged, { userId: owner.id, email: owner.email, at: now });
  }

  private emit(name: string, event: IdentityEvent): void {
    this.events.emit(name, event);
  }
}

/** What a sign-up chose; carried in its verification link's payload until the link is used. */
interface Registration {
  /** argon2id PHC string: as sensitive as `users.password_hash`, and never the password itself. */
  passwordHash: string;
  firstName: string | null;
  lastName: string | null;
  locale: string;
}

/** The registration in a verification token's payload; null for links issued without one. */
function registrationOf(payload: Record<string, unknown> | null | undefined): Registration | null {
  const r = payload?.registration as Partial<Registration> | undefined;
  if (!r || typeof r.passwordHash !== 'string' || typeof r.locale !== 'string') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { passwordHash: r.passwordHash, firstName: text(r.firstName), lastName: text(r.lastName), locale: r.locale };
}

/** The names and language in a repeat sign-up's set-password link; null for other links. */
function profileOf(payload: Record<string, unknown> | null | undefined): Omit<Registration, 'passwordHash'> | null {
  const p = payload?.profile as Partial<Registration> | undefined;
  if (!p || typeof p.locale !== 'string') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { firstName: text(p.firstName), lastName: text(p.lastName), locale: p.locale };
}

/** How a password came to change, in the sink's `user.password_changed` data. */
function viaOf(purpose: TokenPurpose): 'reset' | 'setup' {
  return purpose === TokenPurpose.PasswordSetup ? 'setup' : 'reset';
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
