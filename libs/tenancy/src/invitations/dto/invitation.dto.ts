import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta, CursorQuery } from '@tenant-iam/common';
import { EmailInput } from '@tenant-iam/identity';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ASSIGNABLE_ROLES, AssignableRole } from '../../members/dto/member.dto';
import { InvitationStatus } from '../invitation.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Optional but, when present, a value: `null` is not "not given" but a bad value (400). */
const given = (_: object, value: unknown) => value !== undefined;

/** Most companies one invitation names (as for a member). */
export const INVITATION_COMPANIES_MAX = 100;
/** A link token is 43 characters (32 bytes, base64url); anything far longer is refused before any lookup. */
const TOKEN_MAX = 128;
const PASSWORD_INPUT_MAX = 1024;

/** What a mail delivery shows: `queued`, `sent`, `failed`, or `unknown` once the outbox no longer holds the mail. */
export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'unknown'] as const;

/** `POST /tenants/:tenantId/invitations`. */
export class CreateInvitationDto {
  @ApiProperty({ format: 'email', maxLength: 254, description: 'Any spelling: stored normalised (trimmed, lower case)' })
  @Transform(trim)
  @EmailInput()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES, description: "At most the inviter's own role, unless the inviter is the owner or a superadmin" })
  @IsIn(ASSIGNABLE_ROLES)
  role: AssignableRole;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "A set of this tenant for members, clients and admins. Default: the built-in set for members and clients invited by the owner or a superadmin; the inviter's own set otherwise (and only that one may be given)",
  })
  @ValidateIf(given)
  @IsUUID()
  permissionSetId?: string;

  @ApiPropertyOptional({
    uniqueItems: true,
    type: [String],
    format: 'uuid',
    maxItems: INVITATION_COMPANIES_MAX,
    description: 'Client companies of this tenant; a member or client inviting: only among their own (default: all of their own)',
  })
  @ValidateIf(given)
  @IsArray()
  @ArrayMaxSize(INVITATION_COMPANIES_MAX)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  companyIds?: string[];
}

/** `GET /tenants/:tenantId/invitations`. */
export class ListInvitationsQuery extends CursorQuery {
  @ApiPropertyOptional({ enum: InvitationStatus, description: 'A pending invitation past its expiry counts as `expired`' })
  @IsOptional()
  @IsIn(Object.values(InvitationStatus))
  status?: InvitationStatus;
}

/** A body with an invitation's link token. */
export class InvitationTokenDto {
  @ApiProperty({ minLength: 1, maxLength: TOKEN_MAX, description: 'The token of the link in the invitation mail' })
  @IsString()
  @Length(1, TOKEN_MAX)
  token: string;
}

/** `POST /invitations/decline`: the link's token, or (signed in) the id from `GET /me/invitations`; exactly one. */
export class DeclineInvitationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: TOKEN_MAX })
  @IsOptional()
  @IsString()
  @Length(1, TOKEN_MAX)
  token?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An id from `GET /me/invitations`' })
  @IsOptional()
  @IsUUID()
  id?: string;
}

/** `POST /invitations/register`: a new account from the invitation. */
export class RegisterFromInvitationDto extends InvitationTokenDto {
  @ApiProperty({
    minLength: 1,
    maxLength: PASSWORD_INPUT_MAX,
    description: "Checked against the account-wide and the organisation's policy",
  })
  @IsString()
  @Length(1, PASSWORD_INPUT_MAX)
  password: string;

  @ApiProperty({ maxLength: 100, description: "Checked against the organisation's profile policy" })
  @IsString()
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @MaxLength(100)
  lastName: string;

  @ApiPropertyOptional({ maxLength: 32, description: "When the organisation's profile policy asks for one; stored in E.164" })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;
}

/** An invitation as the organisation sees it. */
export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) permissionSetId: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) companyIds: string[];
  @ApiProperty({ enum: InvitationStatus, description: 'A pending invitation past its expiry shows `expired`, swept or not' })
  status: InvitationStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The account that sent it' }) invitedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'Mails sent: 1 plus the resends' }) sentCount: number;
  @ApiProperty({ enum: MAIL_STATUSES, description: 'Delivery of the last mail sent for it' }) mailStatus: (typeof MAIL_STATUSES)[number];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

/** A page of invitations, by id (creation order). */
export class InvitationListResponse extends CursorPageMeta {
  @ApiProperty({ type: [InvitationResponse] }) items: InvitationResponse[];
}

/** `GET /invitations/:token`: what the invitee sees before accepting. */
export class InvitationPreviewResponse {
  @ApiProperty() tenantName: string;
  @ApiProperty({ type: String, nullable: true, description: "The inviter's name, when the account has one" }) inviterName: string | null;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'The address has an account: sign in and accept; otherwise register through the invitation' })
  accountExists: boolean;
}

/** An invitation in the invitee's own list (`GET /me/invitations`). */
export class MyInvitationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() tenantName: string;
  @ApiProperty({ type: String, nullable: true }) inviterName: string | null;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
}

/** A page of the caller's own pending invitations. */
export class MyInvitationListResponse extends CursorPageMeta {
  @ApiProperty({ type: [MyInvitationResponse] }) items: MyInvitationResponse[];
}

/** `POST /invitations/accept` and `/register`: the new membership. */
export class AcceptedInvitationResponse {
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty({ format: 'uuid', description: 'The new membership' }) memberId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: string;
}
