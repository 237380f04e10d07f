import { Body, Controller, Get, Param, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode, CursorQuery } from '@tenant-iam/common';
import { AuthUser, CurrentUser, JwtAuthGuard, SESSION_PROBLEMS } from '@tenant-iam/identity';
import { TenancyErrorCode } from '../tenancy-error-code';
import { AdminErrorCode } from './admin-error-code';
import { AdminTenantsService } from './admin-tenants.service';
import { AdminTenantListResponse, AdminTenantResponse, ChangePlanDto } from './dto/admin-tenant.dto';
import { OperatorGuard } from './operator.guard';

/** The platform operators' routes (`platformAdmins`); 404 `NOT_FOUND` for everyone else. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, OperatorGuard)
@Controller('admin/tenants')
export class AdminTenantsController {
  constructor(private readonly admin: AdminTenantsService) {}

  @Get()
  @ApiOperation({
    operationId: 'adminListTenants',
    summary: 'Every organisation with its plan and seats, newest first (platform operators)',
    description: 'A caller who is not a platform operator gets 404 `NOT_FOUND`.',
  })
  @ApiOkResponse({ type: AdminTenantListResponse })
  @ApiProblems(SESSION_PROBLEMS, COMMON_PROBLEMS.query, { 404: [CommonErrorCode.NotFound] })
  list(@Query() query: CursorQuery): Promise<AdminTenantListResponse> {
    return this.admin.list(query);
  }

  @Put(':tenantId/plan')
  @ApiParam({ name: 'tenantId', format: 'uuid' })
  @ApiOperation({
    operationId: 'adminChangeTenantPlan',
    summary: 'Move an organisation to another plan (platform operators)',
    description:
      'The new seat limit applies from the next add: a downgrade below the current count removes nobody but refuses new members. A caller who is not a platform operator gets 404 `NOT_FOUND`.',
  })
  @ApiOkResponse({ type: AdminTenantResponse })
  @ApiProblems(SESSION_PROBLEMS, COMMON_PROBLEMS.body, {
    404: [CommonErrorCode.NotFound, TenancyErrorCode.TenantNotFound],
    422: [AdminErrorCode.UnknownPlan],
  })
  changePlan(@CurrentUser() user: AuthUser, @Param('tenantId') tenantId: string, @Body() dto: ChangePlanDto): Promise<AdminTenantResponse> {
    return this.admin.changePlan(user, tenantId, dto.plan);
  }
}
