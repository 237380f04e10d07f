import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_ATTRIBUTE_TYPES, MemberAttributeDefinition, MemberAttributeType } from '../member-attribute.types';

/** Labels of an attribute. */
export class MemberAttributeLabelResponse {
  @ApiProperty() en: string;
  @ApiProperty() pl: string;
  @ApiProperty() uk: string;
}

/** A declared member attribute: what `attributes` of `POST`/`PATCH /members` accepts under its name. */
export class MemberAttributeResponse {
  @ApiProperty({ example: 'sipExtension' }) name: string;
  @ApiProperty({ enum: MEMBER_ATTRIBUTE_TYPES }) type: MemberAttributeType;
  @ApiProperty({ type: MemberAttributeLabelResponse }) label: MemberAttributeLabelResponse;
  @ApiProperty({ description: 'At most one member of the organisation holds a given value' }) unique: boolean;
  @ApiPropertyOptional({ description: 'Texts: a regular expression the whole value matches' }) pattern?: string;
  @ApiPropertyOptional({ type: 'integer' }) maxLength?: number;
  @ApiPropertyOptional() min?: number;
  @ApiPropertyOptional() max?: number;
  @ApiPropertyOptional() integer?: boolean;
  @ApiPropertyOptional({ type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }] } }) enum?: (string | number)[];
}

/** `GET /tenants/:tenantId/member-attributes`. */
export class MemberAttributeListResponse {
  @ApiProperty({ type: [MemberAttributeResponse] }) items: MemberAttributeResponse[];
}

/** The response of one definition: every optional constraint only when declared. */
export function toMemberAttributeResponse(def: MemberAttributeDefinition): MemberAttributeResponse {
  const out: MemberAttributeResponse = {
    name: def.name,
    type: def.type,
    label: { en: def.label.en, pl: def.label.pl, uk: def.label.uk },
    unique: def.unique === true,
  };
  if (def.type === 'string') {
    if (def.pattern !== undefined) out.pattern = def.pattern;
    if (def.maxLength !== undefined) out.maxLength = def.maxLength;
    if (def.enum) out.enum = [...def.enum];
  }
  if (def.type === 'number') {
    if (def.min !== undefined) out.min = def.min;
    if (def.max !== undefined) out.max = def.max;
    if (def.integer) out.integer = true;
    if (def.enum) out.enum = [...def.enum];
  }
  return out;
}
