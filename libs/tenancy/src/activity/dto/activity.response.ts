import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta } from '@tenant-iam/common';

/** Who did it: a user, an API key or the system (a scheduled job). */
export class ActivityActorResponse {
  @ApiProperty({ enum: ['user', 'apiKey', 'system'] }) type: 'user' | 'apiKey' | 'system';
  @ApiPropertyOptional({ type: String, nullable: true, description: 'User id, API key id or job name' }) id: string | null;
}

/** What it was done to. */
export class ActivityTargetResponse {
  @ApiProperty() type: string;
  @ApiProperty() id: string;
}

/** One entry of an activity log. */
export class ActivityEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty({ type: ActivityActorResponse }) actor: ActivityActorResponse;
  @ApiProperty({ example: 'member.blocked' }) action: string;
  @ApiPropertyOptional({ type: ActivityTargetResponse, nullable: true }) target: ActivityTargetResponse | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

/** A page of an activity log, newest first. */
export class ActivityListResponse extends CursorPageMeta {
  @ApiProperty({ type: [ActivityEntryResponse] }) items: ActivityEntryResponse[];
}
