import { ApiProperty } from '@nestjs/swagger';

/** One metric of the tenant's monthly pool. */
export class UsageItemResponse {
  @ApiProperty({ example: 'search' }) metric: string;
  @ApiProperty({ type: Number, nullable: true, example: 1000, description: "The plan's monthly limit; null when the plan sets none" })
  limit: number | null;
  @ApiProperty({ example: 412, description: 'Consumed this month by every member and the API key together' }) used: number;
  @ApiProperty({ example: '2026-12', description: 'The calendar month (UTC) the counter belongs to' }) period: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the pool starts again: the 1st of next month, 00:00 UTC' })
  resetsAt: string;
}

/** `GET /tenants/:tenantId/usage`. */
export class UsageListResponse {
  @ApiProperty({ type: [UsageItemResponse] }) items: UsageItemResponse[];
}
