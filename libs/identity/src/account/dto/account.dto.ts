import { LOCALES, Locale } from '@tenant-iam/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PASSWORD_INPUT_MAX, trimString } from '../../auth/dto/auth.dto';
import { UserEntity, UserStatus } from '../../users/user.entity';

export class UpdateProfileDto {
  @ApiPropertyOptional({ example: 'Anna' }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional({ example: 'Nowak' }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;

  @ApiPropertyOptional({ example: '+48 601 234 567', description: 'International format; stored as E.164; empty clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) locale?: Locale;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(PASSWORD_INPUT_MAX) currentPassword: string;
  @ApiProperty({ description: 'The new password' }) @IsString() @IsNotEmpty() @MaxLength(PASSWORD_INPUT_MAX) password: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'anna@new.example.com' }) @Transform(trimString) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(PASSWORD_INPUT_MAX) currentPassword: string;
}

/** The caller's own account. */
export class ProfileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
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
  @ApiProperty({ description: 'The login email after the cancellation' }) email: string;
  @ApiProperty({ description: 'True when an already confirmed change was rolled back' }) restored: boolean;
}
