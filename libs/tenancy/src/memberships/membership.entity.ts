import { RolePreset } from '@tenant-iam/permissions';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The role a membership holds: one of the permissions lib's presets (one list, so a role can never
 * be stored that the ability factory does not know).
 */
export const MembershipRole = RolePreset;
export type MembershipRole = RolePreset;

/** Blocking is per organisation: a blocked member keeps the account but loses this tenant. */
export enum MembershipStatus {
  Active = 'active',
  Blocked = 'blocked',
}

/** A user's place in one tenant: one row per (tenant, user). */
@Entity({ name: 'memberships' })
export class MembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: MembershipRole;

  /** The member's permission set (members and clients hold exactly one); null: the preset alone. */
  @Column({ name: 'permission_set_id', type: 'uuid', nullable: true })
  permissionSetId: string | null;

  @Column({ type: 'text', default: MembershipStatus.Active })
  status: MembershipStatus;

  /** Product-defined values (an extension, a position code...); an object, never a scalar. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  attributes: Record<string, unknown>;

  /** The tenant created this account (and vouched for it), so it may change the profile. */
  @Column({ name: 'account_created', type: 'boolean', default: false })
  accountCreated: boolean;

  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  @Column({ name: 'blocked_by', type: 'uuid', nullable: true })
  blockedBy: string | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
