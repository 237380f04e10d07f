import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EmailInput } from '@tenant-iam/identity';
import { IsEmail, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

// A name is stored trimmed and must keep a character: blanks are no name (the table checks it too).
const NOT_BLANK = /\S/;
import { MembershipRole } from '../../memberships/membership.entity';

/** `POST /tenants`. */
export class CreateTenantDto {
  @ApiProperty({ maxLength: 200, example: 'Acme Sp. z o.o.' })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: "Where invoices go; separate from the owner's login email" })
  @IsOptional()
  @EmailInput()
  @IsEmail()
  @MaxLength(254)
  billingEmail?: string;
}

/**
 * `PATCH /tenants/:tenantId`: every field optional, absent fields stay as they are. `settings` is
 * checked by the service (unknown keys, only-stricter password rules), not here: its shape is the
 * tenancy policies' to decide.
 */
export class UpdateTenantDto {
  @ApiPropertyOptional({ maxLength: 200, example: 'Acme Sp. z o.o.' })
  // `null` is not a name: only an absent field is skipped.
  @ValidateIf((o: UpdateTenantDto) => o.name !== undefined)
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'email',
    maxLength: 254,
    nullable: true,
    description: "Owner only. `null` clears it. Never the owner's login email, and changing either leaves the other alone",
  })
  @IsOptional()
  @EmailInput()
  @IsEmail()
  @MaxLength(254)
  billingEmail?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Key by key: each key sent replaces that setting whole, `null` resets it to its default, keys not sent stay. Keys: `membersCanInvite`, `singleSession`, `passwordPolicy` (only stricter than the account-wide policy), `profilePolicy`. Refused settings: 422 `INVALID_SETTINGS` with `settings.<key>...` field errors',
    example: { singleSession: true, passwordPolicy: { minLength: 16 } },
  })
  @ValidateIf((o: UpdateTenantDto) => o.settings !== undefined)
  @IsObject()
  settings?: Record<string, unknown>;
}

/** `POST /tenants/:tenantId/transfer-ownership`. */
export class TransferOwnershipDto {
  @ApiProperty({ format: 'uuid', description: 'The account id of an active member with panel access' })
  @IsUUID()
  userId: string;
}

/** A tenant's settings, every key present (defaults filled in). */
export class TenantSettingsResponse {
  @ApiProperty({ description: 'Members (not only admins) may invite people' }) membersCanInvite: boolean;
  @ApiProperty({ description: 'A member has one session at a time: a login ends the others (SESSION_REPLACED)' }) singleSession: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "Override of the account-wide password policy, only stricter; `{}`: the account's as it is",
    example: { minLength: 16 },
  })
  passwordPolicy: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'nameScript, nameMinLength, requirePhone, phoneCountry, phonePrefixes, uniquePhone',
  })
  profilePolicy: Record<string, unknown>;
}

/** An organisation as its members see it. */
export class TenantResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) ownerUserId: string;
  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, description: 'Shown to the owner only' })
  billingEmail?: string | null;
  @ApiProperty({ description: 'Plan name from the plans file' }) plan: string;
  @ApiProperty({ type: TenantSettingsResponse }) settings: TenantSettingsResponse;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

/** Seats of a plan: every membership (owner, active and blocked members) counts. */
export class SeatsResponse {
  @ApiProperty({ type: 'integer', description: "The plan's seat limit" }) limit: number;
  @ApiProperty({
    type: 'integer',
    description: 'Memberships today; may exceed `limit` after a downgrade (nobody is removed, new adds are refused)',
  })
  used: number;
}

/** `GET /tenants/:tenantId`: the organisation, its seats and the caller's role in it. */
export class TenantDetailResponse extends TenantResponse {
  @ApiProperty({ type: SeatsResponse }) seats: SeatsResponse;
  @ApiProperty({
    // Inline (no enumName): OpenAPI 3.0 needs a `type` beside `nullable`, which a $ref cannot carry.
    type: String,
    enum: Object.values(MembershipRole),
    nullable: true,
    description: "The caller's role; null for an actor that is not a member (an API key)",
  })
  role: MembershipRole | null;
}
