import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A client company of a tenant. Members with the `client` role are linked to one or more
 * (`membership_companies`) and switch between them.
 */
@Entity({ name: 'companies' })
export class CompanyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** Unique in the tenant, case aside (`companies_tenant_name_idx`). */
  @Column({ type: 'text' })
  name: string;

  /** The company's tax or registration number as the tenant writes it (NIP, ЄДРПОУ, VAT id...). */
  @Column({ name: 'tax_id', type: 'text', nullable: true })
  taxId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
