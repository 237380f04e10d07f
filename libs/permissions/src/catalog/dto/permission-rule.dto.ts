import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

/** Longest subject or action name a rule may carry (the catalogue refuses longer names at boot). */
export const PERMISSION_NAME_MAX = 100;

/**
 * One rule of a permission set body (CASL raw rule). The shape is checked here; whether the
 * subject, action and conditions exist in the catalogue is `PermissionCatalog.validateRules`' job.
 */
export class PermissionRuleDto {
  @ApiProperty({ example: 'read', maxLength: PERMISSION_NAME_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PERMISSION_NAME_MAX)
  action: string;

  @ApiProperty({ example: 'Member', maxLength: PERMISSION_NAME_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PERMISSION_NAME_MAX)
  subject: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Only the subject's `conditionFields`; plain equality, `$eq`, `$ne`, `$in`, `$nin` on strings, numbers, booleans or null",
    example: { status: 'active', role: { $in: ['member', 'client'] } },
  })
  @IsOptional()
  @IsObject()
  conditions?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'A "cannot" rule: takes precedence over the rules that allow' })
  @IsOptional()
  @IsBoolean()
  inverted?: boolean;
}
