import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS } from '@tenant-iam/common';
import { AuthUser, CurrentUser, SESSION_PROBLEMS } from '@tenant-iam/identity';
import { AuthenticatedGuard } from '../context/authenticated.guard';
import { CreateTenantDto, TenantResponse } from './dto/tenant.dto';
import { toTenantResponse } from './tenant.response';
import { TenantsService } from './tenants.service';

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post()
  @UseGuards(AuthenticatedGuard)
  @ApiOperation({ operationId: 'createTenant', summary: 'Create an organisation; the caller becomes its owner' })
  @ApiCreatedResponse({ type: TenantResponse })
  @ApiProblems(COMMON_PROBLEMS.body, SESSION_PROBLEMS)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateTenantDto): Promise<TenantResponse> {
    return toTenantResponse(await this.tenants.create(user.userId, dto), { billing: true });
  }
}
