import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageMeta, CursorQuery } from '@tenant-iam/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

/** Longest company name: long legal names ("... spółka z ograniczoną odpowiedzialnością") fit. */
export const COMPANY_NAME_MAX = 200;
/** Longest tax id: any national format, with a country prefix and separators. */
export const COMPANY_TAX_ID_MAX = 32;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /tenants/:tenantId/companies`. */
export class CreateCompanyDto {
  @ApiProperty({ maxLength: COMPANY_NAME_MAX, example: 'Alpha sp. z o.o.', description: 'Unique in the organisation, case aside; trimmed' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPANY_NAME_MAX)
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COMPANY_TAX_ID_MAX,
    example: 'PL5213870274',
    description: 'Tax or registration number as written; trimmed, not checked against a register',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPANY_TAX_ID_MAX)
  taxId?: string | null;
}

/** `PATCH /tenants/:tenantId/companies/:companyId`: each field present changes; `taxId: null` clears it. */
export class UpdateCompanyDto {
  @ApiPropertyOptional({ maxLength: COMPANY_NAME_MAX, example: 'Alpha sp. z o.o.' })
  // Absent keeps the name; null is not "no name" but a bad value.
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPANY_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COMPANY_TAX_ID_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPANY_TAX_ID_MAX)
  taxId?: string | null;
}

/** `GET /tenants/:tenantId/companies`: a filter, then the cursor page. */
export class ListCompaniesQuery extends CursorQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Case-insensitive substring of the name or the tax id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** A client company of the organisation. */
export class CompanyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) taxId: string | null;
  @ApiProperty({ type: 'integer', description: 'Members linked to the company' }) membersCount: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

/** `GET /tenants/:tenantId/companies`: one page, by name (case aside), then id. */
export class CompanyListResponse extends CursorPageMeta {
  @ApiProperty({ type: [CompanyResponse] }) items: CompanyResponse[];
}
