import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A tenant's consumption of one metric in one calendar month (UTC). Written only by the
 * conditional statements of `UsageRepository`; the limit lives in the plan, not here.
 */
@Entity({ name: 'usage_counters' })
export class UsageCounterEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  metric: string;

  /** The first day of the month, `YYYY-MM-01`. */
  @PrimaryColumn({ type: 'date' })
  period: string;

  @Column({ type: 'bigint' })
  used: string;

  /** The 80 % notice of this month was claimed (and queued). */
  @Column({ name: 'notified_80', type: 'boolean', default: false })
  notified80: boolean;

  /** The 100 % notice of this month was claimed (and queued). */
  @Column({ name: 'notified_100', type: 'boolean', default: false })
  notified100: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
