import { Clock, CodedException, isLocale } from '@tenant-iam/common';
import { Outbox } from '@tenant-iam/notifications';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7, validate as isUuid } from 'uuid';
import { mail } from '../auth/auth.service';
import { normalizeEmail } from '../common/email';
import { IdentityErrorCode } from '../common/identity-error-code';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { IdentityMail } from '../mail/identity.mail-templates';
import { PasswordHasher, PasswordPolicyService } from '../passwords';
import type { PasswordCheckContext, PasswordPolicy } from '../passwords';
import { PasswordPolicyResolver } from '../policy/password-policy.resolver';
import { TokenPurpose } from '../tokens/action-token.entity';
import { ActionTokensService } from '../tokens/action-tokens.service';
import { UserEntity, UserStatus } from './user.entity';
import { UsersRepository } from './users.repository';

/** What other libs may know of an account. */
export interface UserProfile {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  /** E.164. */
  phone: string | null;
  locale: string;
  status: UserStatus;
  emailVerified: boolean;
  /**
   * The owner of the address showed they read it (used a link sent to it). False for an account an
   * organisation's admin created with a password until then: it may log in, but nothing outside
   * that organisation should trust the address (a platform operator list, another organisation
   * linking the account by email).
   */
  emailProven: boolean;
}

/** An account an administrator creates for someone and vouches for. */
export interface VouchedAccountInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  /** E.164, already validated by the caller. */
  phone?: string | null;
  locale?: string;
  /** From {@link IdentityUsers.hashPassword}; null leaves the account without a password (a set-password link follows). */
  passwordHash?: string | null;
  /** True when the administrator chose the password: the address counts as verified and the account is active at once. */
  verified: boolean;
  /**
   * With `verified`: the caller has shown the owner of the address read it (they used a token that
   * was only mailed there, e.g. an invitation's link), so the address also counts as proven.
   */
  emailProven?: boolean;
}

/** Where a mail sent on another lib's behalf comes from, for its text. */
export interface AccountMailContext {
  /** The organisation the account was created or added in. */
  organisationName?: string;
  locale?: string;
}

/**
 * The accounts service other libs use (tenancy never touches identity's tables). Methods that
 * take an `EntityManager` run inside the caller's transaction: what they write (the account, a
 * link, the outbox row of its mail) commits or rolls back with the caller's change. They emit no
 * event on the bus (there is no commit to wait for here); the caller records its own. Call
 * `Outbox.flush()` after the commit for immediate delivery, or let the relay's poll deliver.
 */
@Injectable()
export class IdentityUsers {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: ActionTokensService,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicyService,
    private readonly policies: PasswordPolicyResolver,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions,
  ) {}

  /** The account of an address in any of its spellings (`Ann@X.com` is `ann@x.com`, see `normalizeEmail`). */
  async findByEmail(email: string, m?: EntityManager): Promise<UserProfile | null> {
    const user = await this.users.findByEmail(normalizeEmail(email), m);
    return user ? toUserProfile(user) : null;
  }

  /** The account with this id; null also for an id that is not a UUID. */
  async findById(id: string, m?: EntityManager): Promise<UserProfile | null> {
    if (!isUuid(id)) return null;
    const user = await this.users.findById(id, m);
    return user ? toUserProfile(user) : null;
  }

  /** The accounts among `ids`, in the order of `ids`; ids without an account (or not UUIDs) are left out, repeats once. */
  async findManyByIds(ids: string[], m?: EntityManager): Promise<UserProfile[]> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    const byId = new Map((await this.users.findManyByIds(wanted, m)).map((u) => [u.id, u]));
    return wanted.flatMap((id) => {
      const user = byId.get(id);
      return user ? [toUserProfile(user)] : [];
    });
  }

  /**
   * Checks `password` against `policy` (default: the account-wide one) and hashes it off the event loop. 422 `PASSWORD_POLICY` otherwise.
   * @param context words the strength estimate treats as guessable (the email, names, the organisation's name).
   * @throws `PASSWORD_POLICY` (422) with one `errors[]` entry per broken rule under `password`; `PASSWORD_CHECK_UNAVAILABLE` (503)
   */
  async hashPassword(password: string, policy?: PasswordPolicy, context?: PasswordCheckContext): Promise<string> {
    await this.checkPassword(password, policy, context);
    return this.hasher.hash(password);
  }

  /**
   * The check of {@link hashPassword} alone. Run it before a transaction that holds locks: the
   * breached-password check calls out over the network, and must not hold a row lock and a pooled
   * connection while it waits. Then hash with {@link hashCheckedPassword} inside.
   * @throws `PASSWORD_POLICY` (422), `PASSWORD_CHECK_UNAVAILABLE` (503)
   */
  async checkPassword(password: string, policy?: PasswordPolicy, context?: PasswordCheckContext): Promise<void> {
    // The same check, and so the same problem document, as sign-up, reset and change.
    await this.policy.assert(password, policy ?? (await this.policies.forUser(null)), context);
  }

  /**
   * Hashes (off the event loop) a password the caller has checked with {@link checkPassword}
   * against the policy in force, or generated to satisfy it.
   */
  hashCheckedPassword(password: string): Promise<string> {
    return this.hasher.hash(password);
  }

  /**
   * Creates the account inside `m`; 409 `EMAIL_TAKEN` when the address has one.
   *
   * `verified: true`: active at once, address verified, with `passwordHash` (the administrator
   * vouches for the address). `verified: false`: pending, with no password; the owner chooses it at
   * the link of {@link issuePasswordSetupLink}, which also verifies the address and activates the
   * account when used.
   * @throws `EMAIL_TAKEN` (409), decided by the unique index, so the transaction stays usable
   * @throws Error for a pending account given a password, or an unsupported locale (programming errors)
   */
  async createVouched(input: VouchedAccountInput, m: EntityManager): Promise<UserProfile> {
    if (!input.verified && input.passwordHash) {
      throw new Error('IdentityUsers.createVouched: an unverified account takes no password; its owner sets one at the set-password link');
    }
    if (input.locale !== undefined && !isLocale(input.locale)) {
      throw new Error(`IdentityUsers.createVouched: unsupported locale ${JSON.stringify(input.locale)}`);
    }
    const now = this.clock.now();
    const candidate = Object.assign(new UserEntity(), {
      id: uuidv7(),
      email: normalizeEmail(input.email),
      emailVerifiedAt: input.verified ? now : null,
      // Vouched, not proven, unless the caller saw the owner of the address use a token mailed to it.
      emailProvenAt: input.verified && input.emailProven === true ? now : null,
      passwordHash: input.verified ? (input.passwordHash ?? null) : null,
      status: input.verified ? UserStatus.Active : UserStatus.Pending,
      firstName: input.firstName?.trim() || null,
      lastName: input.lastName?.trim() || null,
      phone: input.phone?.trim() || null,
      locale: input.locale ?? 'en',
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    });
    const inserted = await this.users.insertIfAbsent(candidate, m);
    if (!inserted) throw new CodedException(HttpStatus.CONFLICT, IdentityErrorCode.EmailTaken);
    return toUserProfile(inserted);
  }

  /**
   * Issues a set-password link (`PASSWORD_SETUP_TTL`) and queues its mail in `m`; older live links of the account die.
   * The link is used at `POST /auth/password/reset`: it sets the password, verifies the address
   * and activates a pending account. The mail (`identity.account-created`) names the organisation
   * and says how long the link is valid.
   * @throws Error when there is no such account (a programming error)
   */
  async issuePasswordSetupLink(userId: string, m: EntityManager, context?: AccountMailContext): Promise<void> {
    // User row first, then tokens: the lock order of every token flow, so concurrent issues for
    // one account run one after another and each revokes the link the previous one inserted.
    if (!isUuid(userId) || !(await this.users.lockForUpdate(userId, m))) throw noAccount(userId);
    const user = (await this.users.findById(userId, m))!;
    const { token } = await this.tokens.issue(m, {
      purpose: TokenPurpose.PasswordSetup,
      userId,
      subject: user.email,
      ttl: this.options.passwordSetupTtl,
    });
    await this.outbox.add(
      m,
      mail(inLocale(user, context), IdentityMail.AccountCreated, {
        token,
        validForMs: this.options.passwordSetupTtl,
        organisationName: context?.organisationName,
      }),
    );
  }

  /**
   * Queues an "an account was made for you" notice in `m`: the login email and where to sign in, never a password.
   * For an account created with a password the administrator chose (`identity.account-created-notice`).
   * @throws Error when there is no such account (a programming error)
   */
  async sendAccountCreatedNotice(userId: string, m: EntityManager, context?: AccountMailContext): Promise<void> {
    const user = isUuid(userId) ? await this.users.findById(userId, m) : null;
    if (!user) throw noAccount(userId);
    await this.outbox.add(
      m,
      mail(inLocale(user, context), IdentityMail.AccountCreatedNotice, { email: user.email, organisationName: context?.organisationName }),
    );
  }

  /**
   * Changes names or phone (E.164) inside `m`. 409 `PHONE_TAKEN` is the caller's rule, not identity's.
   * A field left out (undefined) stays; null or a blank name clears it.
   * @throws Error when there is no such account (a programming error)
   */
  async updateProfile(
    userId: string,
    patch: Pick<VouchedAccountInput, 'firstName' | 'lastName' | 'phone'>,
    m: EntityManager,
  ): Promise<UserProfile> {
    const changes: Partial<UserEntity> = {};
    if (patch.firstName !== undefined) changes.firstName = patch.firstName?.trim() || null;
    if (patch.lastName !== undefined) changes.lastName = patch.lastName?.trim() || null;
    if (patch.phone !== undefined) changes.phone = patch.phone?.trim() || null;
    if (isUuid(userId) && Object.keys(changes).length > 0) await this.users.update(userId, changes, this.clock.now(), m);
    const user = isUuid(userId) ? await this.users.findById(userId, m) : null;
    if (!user) throw noAccount(userId);
    return toUserProfile(user);
  }
}

/** The public face of an account: never the password hash. */
function toUserProfile(user: UserEntity): UserProfile {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    locale: user.locale,
    status: user.status,
    emailVerified: user.emailVerifiedAt !== null,
    emailProven: user.emailProvenAt !== null,
  };
}

/** The user as a mail recipient, in the language the caller asks for (an organisation's) when it is one of ours. */
function inLocale(user: UserEntity, context?: AccountMailContext): UserEntity {
  return isLocale(context?.locale) ? { ...user, locale: context.locale } : user;
}

function noAccount(userId: string): Error {
  return new Error(`IdentityUsers: no account ${JSON.stringify(userId)}`);
}
