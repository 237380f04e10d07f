import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { AllowApiKey } from '../api-keys/allow-api-key.decorator';
import { API_KEY_PROBLEMS } from '../api-keys/api-key-problems';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { UsageListResponse } from './dto/usage.response';
import { UsageService } from './usage.service';

@ApiTags('usage')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId/usage')
export class UsageController {
  constructor(private readonly usage: UsageService) {}

  // Part of reading the organisation: every member draws on the pool, so every member may see it.
  @Get()
  @Can('read', TenancySubject.Tenant)
  @AllowApiKey()
  @ApiOperation({
    operationId: 'getTenantUsage',
    summary: "The organisation's monthly pool: per metric, the limit, what was used and the month",
    description:
      "Every member and the API key consume the same counters. `limit` is the plan's (a plan change applies to the running month); null when the plan sets none. The owner (and the billing email) is mailed at 80 % and 100 % of a limit. Callable with the API key too.",
  })
  @ApiOkResponse({ type: UsageListResponse })
  @ApiProblems(TENANT_PROBLEMS, API_KEY_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext): Promise<UsageListResponse> {
    return this.usage.list(tenant);
  }
}
