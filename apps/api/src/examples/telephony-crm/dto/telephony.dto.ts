import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';

/** The kinds of number pool: caller-ID numbers for calls, sender IDs for SMS. */
export const POOL_KINDS = ['callerId', 'smsSender'] as const;
/** A kind of number pool. */
export type PoolKind = (typeof POOL_KINDS)[number];

const POOL_VALUES_MAX = 100;
const POOL_MEMBERS_MAX = 1000;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `PUT /telephony/sip-range`: the extensions `mode: "pool"` takes from (at most 10 000). */
export class SipRangeDto {
  @ApiProperty({ type: 'integer', minimum: 10, maximum: 999999, example: 100 })
  @IsInt()
  @Min(10)
  @Max(999999)
  first: number;

  @ApiProperty({ type: 'integer', minimum: 10, maximum: 999999, example: 199 })
  @IsInt()
  @Min(10)
  @Max(999999)
  last: number;
}

/** The organisation's extension range; `null`s when none is set. */
export class SipRangeResponse {
  @ApiProperty({ type: 'integer', nullable: true }) first: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) last: number | null;
}

/** `value` is a text (at most 32 characters, checked then as the attribute) with `static`, and absent with `pool` (`SIP_EXTENSION_VALUE`). */
function IsSipExtensionValue(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'sipExtensionValue',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'value is required with mode "static" (at most 32 characters) and not allowed with mode "pool"' },
      validator: {
        validate: (value: unknown, args) =>
          (args?.object as { mode?: unknown }).mode === 'static' ? typeof value === 'string' && value.length <= 32 : value === undefined,
      },
    });
}

/** `POST /telephony/members/:memberId/sip-extension`. */
export class AssignSipExtensionDto {
  @ApiProperty({ enum: ['static', 'pool'], description: '`static`: the `value` given; `pool`: the first free extension of the range' })
  @IsIn(['static', 'pool'])
  mode: 'static' | 'pool';

  @ApiPropertyOptional({ pattern: '^[0-9]{2,6}$', description: 'With `static` only; checked as the `sipExtension` attribute' })
  @IsSipExtensionValue()
  value?: string;
}

/** A member's extension after an assignment. */
export class SipExtensionResponse {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ type: String, nullable: true, example: '101' }) sipExtension: string | null;
}

/** `POST /telephony/pools`. Caller IDs are E.164 numbers; SMS sender IDs are E.164 numbers or up to 11 letters and digits. */
export class CreatePoolDto {
  @ApiProperty({ enum: POOL_KINDS })
  @IsIn(POOL_KINDS)
  kind: PoolKind;

  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Matches(/\S/)
  @MaxLength(100)
  name: string;

  @ApiProperty({ uniqueItems: true, type: [String], maxItems: POOL_VALUES_MAX, example: ['+48221234567'] })
  @IsArray()
  @ArrayMaxSize(POOL_VALUES_MAX)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^(\+[1-9][0-9]{6,14}|[A-Za-z0-9]{1,11})$/, { each: true })
  values: string[];
}

/** `PUT /telephony/pools/:poolId/members`: who may use the pool (replaces the list). */
export class PoolMembersDto {
  @ApiProperty({ uniqueItems: true, type: [String], format: 'uuid', maxItems: POOL_MEMBERS_MAX })
  @IsArray()
  @ArrayMaxSize(POOL_MEMBERS_MAX)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  memberIds: string[];
}

/** A number pool. */
export class PoolResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: POOL_KINDS }) kind: PoolKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) values: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'The members the pool is assigned to' }) memberIds: string[];
}

/** `GET /telephony/pools`. */
export class PoolListResponse {
  @ApiProperty({ type: [PoolResponse] }) items: PoolResponse[];
}

/** `PUT /telephony/me/caller-id` and `/telephony/me/sms-sender`: a number of a pool assigned to the caller. */
export class ChooseNumberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  poolId: string;

  @ApiProperty({ maxLength: 32 })
  @IsString()
  @MaxLength(32)
  value: string;
}

/** A number a member picked. */
export class ChosenNumberResponse {
  @ApiProperty({ format: 'uuid' }) poolId: string;
  @ApiProperty() value: string;
}

/** A pool as its member sees it. */
export class AssignedPoolResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: POOL_KINDS }) kind: PoolKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) values: string[];
}

/** `GET /telephony/me`: the caller's telephony profile. */
export class MyTelephonyResponse {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ type: String, nullable: true }) sipExtension: string | null;
  @ApiProperty({ type: [AssignedPoolResponse] }) pools: AssignedPoolResponse[];
  @ApiProperty({ type: ChosenNumberResponse, nullable: true }) callerId: ChosenNumberResponse | null;
  @ApiProperty({ type: ChosenNumberResponse, nullable: true }) smsSender: ChosenNumberResponse | null;
}

/** The member's one permission group. */
export class PermissionGroupResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** `GET /telephony/members/:memberId`: the CRM's user card. */
export class TelephonyUserResponse extends MyTelephonyResponse {
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ type: String, nullable: true }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty() role: string;
  @ApiPropertyOptional({
    type: PermissionGroupResponse,
    nullable: true,
    description: "Exactly one for members and clients; none for the owner and superadmins. Left out of the caller's own card",
  })
  permissionGroup?: PermissionGroupResponse | null;
}
