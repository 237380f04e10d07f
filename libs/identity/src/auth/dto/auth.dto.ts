import { LOCALES, Locale } from '@tenant-iam/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { EmailInput } from '../../common/email';

/** Trims surrounding white space from pasted addresses before they are validated. */
export const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// A bound far above any policy's maxLength, so a megabyte "password" never reaches argon2.
const PASSWORD_INPUT_MAX = 1024;

export class RegisterDto {
  @ApiProperty({ example: 'anna.nowak@example.com', description: 'Trimmed and lower-cased before use', format: 'email', maxLength: 254 })
  @Transform(trimString)
  @EmailInput()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    example: 'correct horse battery staple',
    description: 'Checked against the password policy',
    minLength: 1,
    maxLength: PASSWORD_INPUT_MAX,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;

  @ApiPropertyOptional({ example: 'Anna', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ example: 'Nowak', maxLength: 100 })
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
  @ApiProperty({ description: 'The `token` query parameter of the link', minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class LoginDto {
  // Not `format: email`: any string is accepted here and simply fails as INVALID_CREDENTIALS.
  @ApiProperty({ example: 'anna.nowak@example.com', minLength: 1, maxLength: 254 })
  @Transform(trimString)
  @EmailInput()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: PASSWORD_INPUT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh', minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'anna.nowak@example.com', format: 'email', maxLength: 254 })
  @Transform(trimString)
  @EmailInput()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ description: 'The new password', minLength: 1, maxLength: PASSWORD_INPUT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class VerifyEmailResponse {
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ example: true }) emailVerified: true;
}

/** `POST /auth/password/reset` and `POST /me/password`. */
export class PasswordChangedResponse {
  @ApiProperty({ example: true }) passwordChanged: true;
}

export { PASSWORD_INPUT_MAX };
