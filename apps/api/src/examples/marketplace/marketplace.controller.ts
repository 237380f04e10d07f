import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { CurrentTenant, TENANT_PROBLEMS, TenantContext } from '@tenant-iam/tenancy';
import { CashRegisterDto, CashRegisterResponse, OrderListResponse, OrderResponse } from './dto/marketplace.dto';
import { MarketplaceSubject } from './marketplace.catalog';
import { MarketplaceService } from './marketplace.service';

/**
 * Example routes of a product module. Each carries `@Can(action, subject)` with a pair from the
 * module's catalogue; the guard (tenancy's resolver) authenticates, resolves `:tenantId` and the
 * membership, and leaves the {@link TenantContext} for `@CurrentTenant()`.
 */
@ApiTags('examples: marketplace')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId')
export class MarketplaceController {
  constructor(private readonly marketplace: MarketplaceService) {}

  @Get('orders')
  @Can('read', MarketplaceSubject.Order)
  @ApiOperation({
    operationId: 'listDemoOrders',
    summary: 'Orders the caller may read (demo data)',
    description: "A client sees only its companies' orders; a permission group's conditions apply per order.",
  })
  @ApiOkResponse({ type: OrderListResponse })
  @ApiProblems(TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext): OrderListResponse {
    return { items: this.marketplace.listOrders(tenant) };
  }

  @Post('orders/:orderId/cancel')
  @HttpCode(HttpStatus.OK)
  @Can('cancel', MarketplaceSubject.Order)
  @ApiOperation({ operationId: 'cancelDemoOrder', summary: 'Cancel an order (superadmins and the owner only; demo, nothing is kept)' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(TENANT_PROBLEMS, { 404: [...TENANT_PROBLEMS[404], CommonErrorCode.NotFound] })
  cancel(@CurrentTenant() tenant: TenantContext, @Param('orderId') orderId: string): OrderResponse {
    return this.marketplace.cancelOrder(tenant, orderId);
  }

  @Put('cash-register')
  @Can('configure', MarketplaceSubject.CashRegister)
  @ApiOperation({
    operationId: 'configureDemoCashRegister',
    summary: 'Configure the cash register (superadmins and the owner only; demo, nothing is kept)',
  })
  @ApiOkResponse({ type: CashRegisterResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS)
  configure(@CurrentTenant() tenant: TenantContext, @Body() dto: CashRegisterDto): CashRegisterResponse {
    return this.marketplace.configureCashRegister(tenant, dto);
  }
}
