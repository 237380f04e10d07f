import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a link token is for; a token only works for its own purpose. */
export enum TokenPurpose {
  VerifyEmail = 'verify-email',
  PasswordReset = 'password-reset',
  PasswordSetup = 'password-setup',
  EmailChange = 'email-change',
  EmailChangeCancel = 'email-change-cancel',
}

/** A single-use link token. The token itself is never stored, only its sha256. */
@Entity({ name: 'action_tokens' })
export class ActionTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  purpose: TokenPurpose;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** The address the link was sent to. */
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  payload: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
