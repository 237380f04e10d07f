import { LOCALES, Locale } from '@tenant-iam/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PASSWORD_INPUT_MAX, trimString } from '../../auth/dto/auth.dto';
import { EmailInput } from '../../common/email';
import { UserEntity, UserStatus } from '../../users/user.entity';

/**
 * Absent fields are left alone, but `null` is validated (and refused): `@IsOptional()` would let
 * `{ "firstName": null }` through to `.trim()`, a 500 the contract fuzz found. Empty text clears.
 */
const given = (_: object, value: unknown) => value !== undefined;

export class UpdateProfileDto {
  @ApiPropertyOptional({ example: 'Anna', maxLength: 100 }) @ValidateIf(given) @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional({ example: 'Nowak', maxLength: 100 }) @ValidateIf(given) @IsString() @MaxLength(100) lastName?: string;

  @ApiPropertyOptional({ example: '+48 601 234 567', description: 'International format; stored as E.164; empty clears it', maxLength: 32 })
  @ValidateIf(given)
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ enum: LOCALES }) @ValidateIf(given) @IsIn(LOCALES) locale?: Locale;
}

export class ChangePasswordDto {
  @ApiProperty({ minLength: 1, maxLength: PASSWORD_INPUT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  currentPassword: string;

  @ApiProperty({ description: 'The new password', minLength: 1, maxLength: PASSWORD_INPUT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'anna@new.example.com', format: 'email', maxLength: 254 })
  @Transform(trimString)
  @EmailInput()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: PASSWORD_INPUT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  currentPassword: string;
}

/** The caller's own account. */
export class ProfileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) emailVerifiedAt: string | null;
  @ApiProperty({ enum: UserStatus }) status: UserStatus;
  @ApiProperty({ nullable: true, type: String }) firstName: string | null;
  @ApiProperty({ nullable: true, type: String }) lastName: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'E.164' }) phone: string | null;
  @ApiProperty({ enum: LOCALES }) locale: string;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toProfileResponse(user: UserEntity): ProfileResponse {
  return {
    id: user.id,
    email: user.email,
    emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    status: user.status,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
  };
}

export class EmailChangeCancelledResponse {
  @ApiProperty({ description: 'The login email after the cancellation', format: 'email' }) email: string;
  @ApiProperty({ description: 'True when an already confirmed change was rolled back' }) restored: boolean;
}
