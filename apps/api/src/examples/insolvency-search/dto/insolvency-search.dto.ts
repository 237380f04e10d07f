import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** `GET /tenants/:tenantId/search?q=`: a debtor's name (any part) or tax number. */
export class InsolvencySearchQuery {
  @ApiProperty({ minLength: 2, maxLength: 100, example: 'kowalski' })
  @IsString()
  @Length(2, 100)
  q: string;
}

/** One entry of the insolvency list. */
export class InsolvencyEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() debtorName: string;
  @ApiProperty({ description: "The debtor's tax number" }) taxId: string;
  @ApiProperty() court: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty({ enum: ['bankruptcy', 'restructuring', 'closed'] }) status: 'bankruptcy' | 'restructuring' | 'closed';
  @ApiProperty({ type: String, format: 'date' }) announcedAt: string;
}

/** The entries matching the query, by debtor name. */
export class InsolvencySearchResponse {
  @ApiProperty({ type: [InsolvencyEntryResponse] }) items: InsolvencyEntryResponse[];
}
