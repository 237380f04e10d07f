import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Lifecycle of an account: `pending` until the email is verified, `disabled` by an operator. */
export enum UserStatus {
  Pending = 'pending',
  Active = 'active',
  Disabled = 'disabled',
}

/** A personal account: one person, one login email. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Trimmed and lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /**
   * When the owner last proved they read this address (a link from it was used). Null for an
   * address only an organisation's admin vouched for: see {@link UserProfile.emailProven}.
   */
  @Column({ name: 'email_proven_at', type: 'timestamptz', nullable: true })
  emailProvenAt: Date | null;

  /** argon2id PHC string; null until a password is set. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', default: UserStatus.Pending })
  status: UserStatus;

  @Column({ name: 'first_name', type: 'text', nullable: true })
  firstName: string | null;

  @Column({ name: 'last_name', type: 'text', nullable: true })
  lastName: string | null;

  /** E.164. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', default: 'en' })
  locale: string;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
