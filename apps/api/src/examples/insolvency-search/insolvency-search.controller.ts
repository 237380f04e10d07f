import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { AllowApiKey, API_KEY_PROBLEMS, CurrentTenant, Metered, TENANT_PROBLEMS, TenantContext, USAGE_PROBLEMS } from '@tenant-iam/tenancy';
import { InsolvencySearchQuery, InsolvencySearchResponse } from './dto/insolvency-search.dto';
import { InsolvencySubject } from './insolvency-search.catalog';
import { InsolvencySearchService } from './insolvency-search.service';

/**
 * The metered machine route of the example: members call it with their session, the
 * organisation's CRM with the API key, and both draw on one monthly pool (`search`).
 */
@ApiTags('examples: insolvency search')
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId')
export class InsolvencySearchController {
  constructor(private readonly insolvency: InsolvencySearchService) {}

  @Get('search')
  @Can('run', InsolvencySubject.Search)
  @AllowApiKey()
  @Metered('search')
  @ApiOperation({
    operationId: 'searchDemoInsolvencies',
    summary: 'Search the insolvency list (demo data; metered on `search`)',
    description:
      "Callable by members with a session and by external systems with the organisation's API key (`X-Api-Key`). Every call that passes the access check and the validation of `q` consumes one `search` from the organisation's monthly pool; past the plan's limit it answers 429 `QUOTA_EXCEEDED` with `Retry-After`.",
  })
  @ApiOkResponse({ type: InsolvencySearchResponse })
  @ApiProblems(TENANT_PROBLEMS, API_KEY_PROBLEMS, USAGE_PROBLEMS, COMMON_PROBLEMS.query)
  search(@CurrentTenant() _tenant: TenantContext, @Query() query: InsolvencySearchQuery): InsolvencySearchResponse {
    return this.insolvency.search(query.q);
  }
}
