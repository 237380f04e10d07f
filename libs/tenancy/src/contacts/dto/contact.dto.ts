import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta, CursorQuery } from '@tenant-iam/common';
import { EmailInput } from '@tenant-iam/identity';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { NOTIFICATION_CATEGORIES, NotificationCategory } from '../contact-categories';

/** Longest first or last name of a contact. */
export const CONTACT_NAME_MAX = 100;
/** Longest position ("Accountant", "CEO") of a contact. */
export const CONTACT_POSITION_MAX = 200;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Ids as the database spells them: a rule's `companyId` condition compares text, and `ABC…` is not `abc…`. */
const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);
/** Present in the body (a PATCH field that is given, even as `null`, is checked). */
const given = (_: object, value: unknown) => value !== undefined;
/** Present and not null: `null` clears the field. */
const notNull = (_: object, value: unknown) => value !== undefined && value !== null;

const CATEGORIES_DESCRIPTION =
  'Mail categories the contact receives (each once). Only contacts with an email receive mail; an authorised contact (`panelAccess: false`) is reached by mail only.';

/** `POST /tenants/:tenantId/contacts`. */
export class CreateContactDto {
  @ApiProperty({ maxLength: CONTACT_NAME_MAX, example: 'Anna' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_NAME_MAX)
  firstName: string;

  @ApiProperty({ maxLength: CONTACT_NAME_MAX, example: 'Kowalska' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_NAME_MAX)
  lastName: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: 'Stored trimmed and lower-cased' })
  @IsOptional()
  @Transform(trim)
  @EmailInput()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({
    maxLength: 32,
    description: "Stored in E.164; national numbers are read in the tenant profile policy's phoneCountry",
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ maxLength: CONTACT_POSITION_MAX, example: 'Accountant' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_POSITION_MAX)
  position?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A client company of this tenant; absent: the tenant's own contact" })
  @Transform(lowerCase)
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiProperty({
    description:
      '`true`: a contact person who may become a panel user (`POST /members` with `fromContactId`). `false`: an authorised contact, who never logs in and only receives mail.',
  })
  @IsBoolean()
  panelAccess: boolean;

  @ApiProperty({
    uniqueItems: true,
    enum: NOTIFICATION_CATEGORIES,
    isArray: true,
    maxItems: NOTIFICATION_CATEGORIES.length,
    description: CATEGORIES_DESCRIPTION,
  })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ArrayUnique()
  @IsIn(NOTIFICATION_CATEGORIES, { each: true })
  notificationCategories: NotificationCategory[];
}

/** `PATCH /tenants/:tenantId/contacts/:contactId`: each field present changes; `null` clears an optional one. */
export class UpdateContactDto {
  @ApiPropertyOptional({ maxLength: CONTACT_NAME_MAX })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_NAME_MAX)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: CONTACT_NAME_MAX })
  @ValidateIf(given)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_NAME_MAX)
  lastName?: string;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, maxLength: 254 })
  @ValidateIf(notNull)
  @Transform(trim)
  @EmailInput()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 32 })
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTACT_POSITION_MAX })
  @ValidateIf(notNull)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_POSITION_MAX)
  position?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "`null`: the tenant's own contact" })
  @Transform(lowerCase)
  @ValidateIf(notNull)
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsBoolean()
  panelAccess?: boolean;

  @ApiPropertyOptional({
    uniqueItems: true,
    enum: NOTIFICATION_CATEGORIES,
    isArray: true,
    maxItems: NOTIFICATION_CATEGORIES.length,
    description: 'Replaces the list',
  })
  @ValidateIf(given)
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ArrayUnique()
  @IsIn(NOTIFICATION_CATEGORIES, { each: true })
  notificationCategories?: NotificationCategory[];
}

/** `GET /tenants/:tenantId/contacts` filters. */
export class ListContactsQuery extends CursorQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "The company's contacts" })
  @Transform(lowerCase)
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_CATEGORIES, description: 'Contacts subscribed to this category' })
  @IsOptional()
  @IsIn(NOTIFICATION_CATEGORIES)
  category?: NotificationCategory;

  @ApiPropertyOptional({ maxLength: 100, description: 'Case-insensitive substring of the name, email, phone or position' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** A contact of the organisation. */
export class ContactResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The client company; null: the tenant's own contact" })
  companyId: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, format: 'email', nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) position: string | null;
  @ApiProperty({ description: '`false`: an authorised contact (mail only, never a user)' }) panelAccess: boolean;
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES, isArray: true, enumName: 'NotificationCategory' })
  notificationCategories: NotificationCategory[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The account a member was made for from this contact' })
  userId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

/** A page of contacts. */
export class ContactListResponse extends CursorPageMeta {
  @ApiProperty({ type: [ContactResponse] }) items: ContactResponse[];
}
