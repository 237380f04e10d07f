import { ApiProperty } from '@nestjs/swagger';
import { CursorPageMeta } from '@tenant-iam/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SeatsResponse } from '../../tenants/dto/tenant.dto';

/** `PUT /admin/tenants/:tenantId/plan`. */
export class ChangePlanDto {
  @ApiProperty({ maxLength: 64, example: 'pro', description: 'A plan name from the plans file' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  plan: string;
}

/** An organisation as the platform operators see it. */
export class AdminTenantResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Plan name from the plans file' }) plan: string;
  @ApiProperty({ format: 'uuid' }) ownerUserId: string;
  @ApiProperty({ type: SeatsResponse }) seats: SeatsResponse;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

/** `GET /admin/tenants`: one page, newest first. */
export class AdminTenantListResponse extends CursorPageMeta {
  @ApiProperty({ type: [AdminTenantResponse] }) items: AdminTenantResponse[];
}
