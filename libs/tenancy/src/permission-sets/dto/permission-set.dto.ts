import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta } from '@tenant-iam/common';
import { PermissionRuleDto } from '@tenant-iam/permissions';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** Longest name of a permission set. */
export const PERMISSION_SET_NAME_MAX = 100;
/** Most rules one set may hold: a set is a list a person edits, and every check walks it. */
export const PERMISSION_SET_RULES_MAX = 200;

const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /tenants/:tenantId/permission-sets`. */
export class CreatePermissionSetDto {
  @ApiProperty({ maxLength: PERMISSION_SET_NAME_MAX, example: 'Sales', description: 'Unique in the organisation, case aside; trimmed' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PERMISSION_SET_NAME_MAX)
  name: string;

  @ApiPropertyOptional({ default: false, description: 'Every action a set may grant; `rules` must then be absent or empty' })
  @IsOptional()
  @IsBoolean()
  full?: boolean;

  @ApiPropertyOptional({ type: [PermissionRuleDto], maxItems: PERMISSION_SET_RULES_MAX, description: 'CASL raw rules over the catalogue' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PERMISSION_SET_RULES_MAX)
  @ValidateNested({ each: true })
  @Type(() => PermissionRuleDto)
  rules?: PermissionRuleDto[];
}

/** `PATCH /tenants/:tenantId/permission-sets/:permissionSetId`: what is given changes. */
export class UpdatePermissionSetDto {
  @ApiPropertyOptional({ maxLength: PERMISSION_SET_NAME_MAX, example: 'Sales' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PERMISSION_SET_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ description: '`true` clears the rules; `false` keeps the stored rules unless `rules` is given' })
  @IsOptional()
  @IsBoolean()
  full?: boolean;

  @ApiPropertyOptional({
    type: [PermissionRuleDto],
    maxItems: PERMISSION_SET_RULES_MAX,
    description: 'Replaces the rules; for a set that is (or stays) full, 422 `rules: RULES_WITH_FULL_ACCESS`',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PERMISSION_SET_RULES_MAX)
  @ValidateNested({ each: true })
  @Type(() => PermissionRuleDto)
  rules?: PermissionRuleDto[];
}

/** One rule of a stored set. */
export class PermissionRuleResponse {
  @ApiProperty({ example: 'read' }) action: string;
  @ApiProperty({ example: 'Order' }) subject: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { status: 'open' } }) conditions?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'A "cannot" rule' }) inverted?: boolean;
}

/** A permission set ("permission group") of the organisation. */
export class PermissionSetResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The "Full access" set every organisation has; it cannot be changed or deleted' }) builtin: boolean;
  @ApiProperty({ description: 'Grants every action a set may grant; `rules` is then empty' }) full: boolean;
  @ApiProperty({ type: [PermissionRuleResponse] }) rules: PermissionRuleResponse[];
  @ApiProperty({ type: 'integer', description: 'Members holding the set' }) membersCount: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

/** `GET /tenants/:tenantId/permission-sets`: one page, by name (case aside), then id. */
export class PermissionSetListResponse extends CursorPageMeta {
  @ApiProperty({ type: [PermissionSetResponse] }) items: PermissionSetResponse[];
}
