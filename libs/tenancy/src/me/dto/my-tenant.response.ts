import { CursorPageMeta } from '@tenant-iam/common';
import { ApiProperty } from '@nestjs/swagger';
import { MembershipRole, MembershipStatus } from '../../memberships/membership.entity';

/** A client company the caller is linked to in one organisation. */
export class MyTenantCompanyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** One organisation the caller belongs to: what a "switch account / switch company" menu shows. */
export class MyTenantResponse {
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MembershipRole, enumName: 'MembershipRole' }) role: MembershipRole;
  @ApiProperty({ enum: MembershipStatus, enumName: 'MembershipStatus', description: '`blocked`: access to this organisation is blocked' })
  status: MembershipStatus;
  @ApiProperty({ type: [MyTenantCompanyResponse], description: 'Client companies linked to the membership, by name' })
  companies: MyTenantCompanyResponse[];
}

/** `GET /me/tenants`: one page, by organisation name. */
export class MyTenantListResponse extends CursorPageMeta {
  @ApiProperty({ type: [MyTenantResponse] }) items: MyTenantResponse[];
}
