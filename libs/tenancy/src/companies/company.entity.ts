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

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
