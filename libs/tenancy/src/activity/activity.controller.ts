import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CursorQuery } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { ActivityLog } from './activity-log.service';
import { ActivityListResponse } from './dto/activity.response';

@ApiTags('activity')
@ApiBearerAuth()
// The guard reads `:tenantId`, not a handler parameter: declared here for the document.
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId/activity')
export class ActivityController {
  constructor(private readonly activity: ActivityLog) {}

  @Get()
  @Can('read', TenancySubject.Activity)
  @ApiOperation({
    operationId: 'listTenantActivity',
    summary: "The organisation's activity log, newest first",
    description:
      'What members did in the organisation and their account events (`user.login`, `user.password_changed`, `user.email_changed`), each written in the transaction of the action: an action that rolled back left no entry. A bad `limit` or `cursor` answers 400 `VALIDATION_FAILED` naming the field.',
  })
  @ApiOkResponse({ type: ActivityListResponse })
  @ApiProblems(TENANT_PROBLEMS, COMMON_PROBLEMS.query)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: CursorQuery): Promise<ActivityListResponse> {
    return this.activity.page(tenant.tenantId, query);
  }
}
