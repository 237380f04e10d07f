import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A contact person of a tenant, or of one of its client companies: a name and ways to reach them,
 * the mail categories they receive, and whether they may become a panel user. Not a membership:
 * a contact takes no seat and never logs in as a contact.
 */
@Entity({ name: 'contacts' })
export class ContactEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** The client company, or null for the tenant's own contact. */
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  /** Normalised (trimmed, lower-case); null for a contact reached otherwise. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** E.164. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  /** May become a member (`POST /members` with `fromContactId`); false: an authorised contact. */
  @Column({ name: 'panel_access', type: 'boolean' })
  panelAccess: boolean;

  @Column({ name: 'notification_categories', type: 'text', array: true })
  notificationCategories: string[];

  /** The account a member was made for from this contact. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
