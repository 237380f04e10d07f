import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation: the tenant every membership, company and setting belongs to. */
@Entity({ name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The one owner; only the owner transfers ownership. */
  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  /** Where invoices go; separate from the owner's login email. */
  @Column({ name: 'billing_email', type: 'text', nullable: true })
  billingEmail: string | null;

  /** A plan name from the plans file (seats, quotas). */
  @Column({ type: 'text' })
  plan: string;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  settings: Record<string, unknown>;

  /** Bumped whenever `settings` change: cached abilities are keyed by it. */
  @Column({ name: 'settings_version', type: 'integer', default: 1 })
  settingsVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
