import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A marketplace order (demo). */
export class OrderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MP-1001' }) number: string;
  @ApiProperty({ format: 'uuid', description: 'The client company the order belongs to' }) companyId: string;
  @ApiProperty({ enum: ['open', 'paid', 'cancelled'] }) status: 'open' | 'paid' | 'cancelled';
  @ApiProperty({ type: 'integer', description: 'In minor units' }) total: number;
  @ApiProperty({ example: 'PLN' }) currency: string;
}

/** `GET /tenants/:tenantId/orders`: the orders the caller may read. */
export class OrderListResponse {
  @ApiProperty({ type: [OrderResponse] }) items: OrderResponse[];
}

/** `PUT /tenants/:tenantId/cash-register`. */
export class CashRegisterDto {
  @ApiProperty({ example: 'PLN', description: 'ISO 4217 code' })
  @IsString()
  @Matches(/^[A-Z]{3}$/)
  currency: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Thank you!' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  receiptFooter?: string;
}

/** The cash register settings (demo: echoed, not stored). */
export class CashRegisterResponse {
  @ApiProperty({ example: 'PLN' }) currency: string;
  @ApiProperty({ type: String, nullable: true }) receiptFooter: string | null;
}
