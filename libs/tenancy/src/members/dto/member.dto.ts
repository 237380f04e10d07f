import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta, CursorQuery } from '@tenant-iam/common';
import { EmailInput } from '@tenant-iam/identity';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MembershipRole, MembershipStatus } from '../../memberships/membership.entity';
import { IsMemberAttributes, IsPasswordValue, MEMBER_ATTRIBUTES_MAX_KEYS } from './member-attributes.validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The roles a member may be given here: every preset but `owner` (only a transfer makes owners). */
export const ASSIGNABLE_ROLES = [
  MembershipRole.Superadmin,
  MembershipRole.Admin,
  MembershipRole.Member,
  MembershipRole.Client,
  MembershipRole.Contact,
] as const;

/** A role a member may be given. */
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** How a new account gets its password. */
export const PASSWORD_MODES = ['set', 'generate', 'link'] as const;

/** A bound far above any policy's maxLength, so a megabyte "password" never reaches argon2. */
const PASSWORD_INPUT_MAX = 1024;
const COMPANIES_MAX = 100;
const GROUPS_MAX = 100;

/** `password` of `POST /members`: only for an account created here. */
export class MemberPasswordDto {
  @ApiProperty({
    enum: PASSWORD_MODES,
    description:
      '`set`: the administrator chooses it (`value`), the account can log in at once. `generate`: a random one, returned once as `generatedPassword` and never stored or mailed. `link`: no password; a set-password link is mailed.',
  })
  @IsIn(PASSWORD_MODES)
  mode: (typeof PASSWORD_MODES)[number];

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: PASSWORD_INPUT_MAX,
    description: 'With `mode: "set"` only; checked against the password policy',
  })
  @IsPasswordValue(PASSWORD_INPUT_MAX)
  value?: string;
}

/** `POST /tenants/:tenantId/members`. Contacts are not in it yet. */
export class CreateMemberDto {
  @ApiPropertyOptional({
    format: 'email',
    maxLength: 254,
    description:
      'An existing account is linked (its password and profile untouched); otherwise one is created. Required unless `fromContactId` names a contact with an email',
  })
  @ValidateIf((o: CreateMemberDto) => o.fromContactId === undefined || o.email !== undefined)
  @Transform(trim)
  @EmailInput()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A contact of this organisation with panel access: its email, names and phone (and, for a client, its company) fill what the body leaves out; the contact is linked to the account. 422 `fromContactId: UNKNOWN_CONTACT | CONTACT_WITHOUT_PANEL_ACCESS`, `email: REQUIRED` (neither the body nor the contact has one)',
  })
  @IsOptional()
  @IsUUID()
  fromContactId?: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES)
  role: AssignableRole;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A set of this tenant; default for members and clients: the built-in "Full access". Superadmins and contacts hold none',
  })
  @IsOptional()
  @IsUUID()
  permissionSetId?: string;

  @ApiPropertyOptional({
    uniqueItems: true,
    type: [String],
    format: 'uuid',
    maxItems: COMPANIES_MAX,
    description: 'Client companies of this tenant',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMPANIES_MAX)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  companyIds?: string[];

  @ApiPropertyOptional({
    uniqueItems: true,
    type: [String],
    format: 'uuid',
    maxItems: GROUPS_MAX,
    description: 'Positions and user groups of this tenant',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GROUPS_MAX)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  groupIds?: string[];

  @ApiPropertyOptional({ maxLength: 100, description: 'For a new account; checked against the tenant profile policy' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ maxLength: 32, description: "Stored in E.164; national numbers are read in the tenant policy's phoneCountry" })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    maxProperties: MEMBER_ATTRIBUTES_MAX_KEYS,
    description:
      'Values of the attributes product modules declare (`GET /member-attributes`): an unknown name or an invalid value is a 422 per field (`attributes.<name>`), a unique value another member holds a 409 `ATTRIBUTE_TAKEN`. At most 50 keys, scalar values, 8 KiB as JSON',
  })
  @IsOptional()
  @IsMemberAttributes()
  attributes?: Record<string, string | number | boolean | null>;

  @ApiPropertyOptional({ type: MemberPasswordDto, description: 'Default `{ "mode": "link" }`; ignored for an existing account' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MemberPasswordDto)
  password?: MemberPasswordDto;

  @ApiPropertyOptional({
    description:
      'Mail the new member their login details, never a password: with `set`, a notice naming the login email (the administrator hands the password over); with `generate`, a set-password link (the generated password works until it is used)',
  })
  @IsOptional()
  @IsBoolean()
  sendCredentials?: boolean;
}

/** `PATCH /tenants/:tenantId/members/:memberId`: each field present changes, `null` clears. */
export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: ASSIGNABLE_ROLES, description: 'Never `owner`: only a transfer makes owners' })
  @IsOptional()
  @IsIn(ASSIGNABLE_ROLES)
  role?: AssignableRole;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: '`null` only for admins; members and clients always hold one',
  })
  @IsOptional()
  @IsUUID()
  permissionSetId?: string | null;

  @ApiPropertyOptional({
    uniqueItems: true,
    type: [String],
    format: 'uuid',
    maxItems: GROUPS_MAX,
    description: "Replaces the member's positions and user groups (`[]`: none)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(GROUPS_MAX)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  groupIds?: string[];

  @ApiPropertyOptional({
    uniqueItems: true,
    type: [String],
    format: 'uuid',
    maxItems: COMPANIES_MAX,
    nullable: true,
    description: 'Client companies of this tenant: replaces the set (`[]` or `null` unlinks every one)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMPANIES_MAX)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  companyIds?: string[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'Only for an account this tenant created' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 32 })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    maxProperties: MEMBER_ATTRIBUTES_MAX_KEYS,
    description: 'Merged key by key into the stored attributes: a value sets the key, `null` removes it, keys not sent stay',
  })
  @IsOptional()
  @IsMemberAttributes()
  attributes?: Record<string, string | number | boolean | null>;
}

/** `GET /tenants/:tenantId/members`: filters, then the cursor page. */
export class ListMembersQuery extends CursorQuery {
  @ApiPropertyOptional({ enum: MembershipStatus })
  @IsOptional()
  @IsIn(Object.values(MembershipStatus))
  status?: MembershipStatus;

  @ApiPropertyOptional({ enum: MembershipRole })
  @IsOptional()
  @IsIn(Object.values(MembershipRole))
  role?: MembershipRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'Members linked to this client company' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Case-insensitive substring of the email, first or last name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Members of this group (not of its subgroups)' })
  @IsOptional()
  @IsUUID()
  groupId?: string;
}

/** A member of a tenant: the membership with the account's directory entry. */
export class MemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The membership id' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ type: String, nullable: true }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) phone: string | null;
  @ApiProperty({ enum: MembershipRole, enumName: 'MembershipRole' }) role: MembershipRole;
  @ApiProperty({ enum: MembershipStatus, enumName: 'MembershipStatus' }) status: MembershipStatus;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "Left out of the caller's own row: nobody reads their own permissions",
  })
  permissionSetId?: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) companyIds: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Positions and user groups' }) groupIds: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) attributes: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

/** `POST /members`: the member, and the generated password once when one was asked for. */
export class CreatedMemberResponse extends MemberResponse {
  @ApiPropertyOptional({ description: 'With `password.mode: "generate"` only, shown this once: never stored or mailed' })
  generatedPassword?: string;
}

/** A page of members, by membership id (creation order). */
export class MemberListResponse extends CursorPageMeta {
  @ApiProperty({ type: [MemberResponse] }) items: MemberResponse[];
}
