import { LOCALES, Locale } from '@tenant-iam/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Trims surrounding white space from pasted addresses before they are validated. */
export const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// A bound far above any policy's maxLength, so a megabyte "password" never reaches argon2.
const PASSWORD_INPUT_MAX = 1024;

export class RegisterDto {
  @ApiProperty({ example: 'anna.nowak@example.com', description: 'Trimmed and lower-cased before use' })
  @Transform(trimString)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple', description: 'Checked against the password policy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;

  @ApiPropertyOptional({ example: 'Anna' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ example: 'Nowak' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of mails; default from Accept-Language' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

/** A link token from a mail. */
export class TokenDto {
  @ApiProperty({ description: 'The `token` query parameter of the link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class LoginDto {
  @ApiProperty({ example: 'anna.nowak@example.com' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'anna.nowak@example.com' })
  @Transform(trimString)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ description: 'The new password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class VerifyEmailResponse {
  @ApiProperty() email: string;
  @ApiProperty({ example: true }) emailVerified: true;
}

export { PASSWORD_INPUT_MAX };
