import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where an invitation stands. `pending` ones hold a seat until they are accepted, revoked, declined or expire. */
export enum InvitationStatus {
  Pending = 'pending',
  Accepted = 'accepted',
  Revoked = 'revoked',
  Expired = 'expired',
  Declined = 'declined',
}

/**
 * An invitation of an email address into a tenant, with the role, set and companies the
 * membership will get. The link's token is never stored, only its sha256.
 */
@Entity({ name: 'invitations' })
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** With `id`, the primary key. */
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** Normalised (identity's `normalizeEmail`). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'permission_set_id', type: 'uuid', nullable: true })
  permissionSetId: string | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  status: InvitationStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The outbox id of the last mail sent for it (its delivery status shows in the list). */
  @Column({ name: 'last_mail_id', type: 'uuid', nullable: true })
  lastMailId: string | null;

  /** How many mails were sent: 1 plus the resends. */
  @Column({ name: 'sent_count', type: 'integer' })
  sentCount: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
