import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta } from '@tenant-iam/common';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GROUP_KINDS, GroupKind } from '../group.entity';

/** Longest name of a group (the table's CHECK holds the same bound). */
export const GROUP_NAME_MAX = 100;

const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /tenants/:tenantId/groups`. */
export class CreateGroupDto {
  @ApiProperty({ maxLength: GROUP_NAME_MAX, example: 'Sales', description: 'Unique among its siblings, case aside; trimmed' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(GROUP_NAME_MAX)
  name: string;

  @ApiPropertyOptional({ enum: GROUP_KINDS, default: 'group', description: 'A position (job title) or a user group' })
  @IsOptional()
  @IsIn(GROUP_KINDS)
  kind?: GroupKind;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A group of this organisation; absent or `null`: a top-level group',
  })
  @IsOptional()
  @IsUUID()
  parentGroupId?: string | null;
}

/** `PATCH /tenants/:tenantId/groups/:groupId`: what is given changes; `parentGroupId: null` moves the group to the top level. */
export class UpdateGroupDto {
  @ApiPropertyOptional({ maxLength: GROUP_NAME_MAX, example: 'Sales' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(GROUP_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ enum: GROUP_KINDS })
  @IsOptional()
  @IsIn(GROUP_KINDS)
  kind?: GroupKind;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Moves the group (with its subgroups). Never under itself or one of its subgroups: 422 `parentGroupId: GROUP_CYCLE`',
  })
  @IsOptional()
  @IsUUID()
  parentGroupId?: string | null;
}

/** A position or user group of the organisation. */
export class GroupResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: GROUP_KINDS, enumName: 'GroupKind' }) kind: GroupKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '`null` for a top-level group' }) parentGroupId: string | null;
  @ApiProperty({ type: 'integer', description: 'Direct subgroups' }) childrenCount: number;
  @ApiProperty({ type: 'integer', description: 'Members in the group itself (not in its subgroups)' }) membersCount: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

/** `GET /tenants/:tenantId/groups`: one page, by name (case aside), then id. */
export class GroupListResponse extends CursorPageMeta {
  @ApiProperty({ type: [GroupResponse] }) items: GroupResponse[];
}
