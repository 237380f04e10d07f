import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EmailInput } from '@tenant-iam/identity';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** `POST /tenants`. */
export class CreateTenantDto {
  @ApiProperty({ maxLength: 200, example: 'Acme Sp. z o.o.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: 'Where invoices go; separate from the owner\'s login email' })
  @IsOptional()
  @EmailInput()
  @IsEmail()
  @MaxLength(254)
  billingEmail?: string;
}

/** An organisation as its members see it. */
export class TenantResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) ownerUserId: string;
  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, description: 'Shown to the owner and superadmins only' })
  billingEmail?: string | null;
  @ApiProperty({ description: 'Plan name from the plans file' }) plan: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'membersCanInvite, singleSession, passwordPolicy, profilePolicy' })
  settings: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
