import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PasswordPolicy } from '../passwords';
import type { UserStatus } from './user.entity';

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
}

/** Where a mail sent on another lib's behalf comes from, for its text. */
export interface AccountMailContext {
  /** The organisation the account was created or added in. */
  organisationName?: string;
  locale?: string;
}

/**
 * The accounts service other libs use (tenancy never touches identity's tables). STUB of the
 * public face; implemented in the identity work.
 */
@Injectable()
export class IdentityUsers {
  findByEmail(_email: string, _m?: EntityManager): Promise<UserProfile | null> {
    throw new Error('not implemented');
  }

  findById(_id: string, _m?: EntityManager): Promise<UserProfile | null> {
    throw new Error('not implemented');
  }

  /** Checks `password` against `policy` (default: the account-wide one) and hashes it off the event loop. 422 `PASSWORD_POLICY` otherwise. */
  hashPassword(_password: string, _policy?: PasswordPolicy): Promise<string> {
    throw new Error('not implemented');
  }

  /** Creates the account inside `m`; 409 `EMAIL_TAKEN` when the address has one. */
  createVouched(_input: VouchedAccountInput, _m: EntityManager): Promise<UserProfile> {
    throw new Error('not implemented');
  }

  /** Issues a set-password link (`PASSWORD_SETUP_TTL`) and queues its mail in `m`; older live links of the account die. */
  issuePasswordSetupLink(_userId: string, _m: EntityManager, _context?: AccountMailContext): Promise<void> {
    throw new Error('not implemented');
  }

  /** Queues an "an account was made for you" notice in `m`: the login email and where to sign in, never a password. */
  sendAccountCreatedNotice(_userId: string, _m: EntityManager, _context?: AccountMailContext): Promise<void> {
    throw new Error('not implemented');
  }

  /** Changes names or phone (E.164) inside `m`. 409 `PHONE_TAKEN` is the caller's rule, not identity's. */
  updateProfile(_userId: string, _patch: Pick<VouchedAccountInput, 'firstName' | 'lastName' | 'phone'>, _m: EntityManager): Promise<UserProfile> {
    throw new Error('not implemented');
  }
}
