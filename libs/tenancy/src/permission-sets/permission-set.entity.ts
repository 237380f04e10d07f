import type { PermissionRule } from '@tenant-iam/permissions';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's named set of rights ("permission group"): full, or CASL raw rules over the catalogue. */
@Entity({ name: 'permission_sets' })
export class PermissionSetEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ type: 'text' })
  name: string;

  /** The tenant's "Full access" set, made with the tenant; it cannot be changed or deleted. */
  @Column({ type: 'boolean', default: false })
  builtin: boolean;

  /** Every action a set may grant; `rules` are then ignored. */
  @Column({ name: 'full_access', type: 'boolean', default: false })
  fullAccess: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  rules: PermissionRule[];

  /** Bumped on every change: cached abilities are keyed by it. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
