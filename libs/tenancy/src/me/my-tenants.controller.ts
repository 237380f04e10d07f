import { ApiProblems, COMMON_PROBLEMS, CursorQuery } from '@tenant-iam/common';
import { AuthUser, CurrentUser, JwtAuthGuard, SESSION_PROBLEMS } from '@tenant-iam/identity';
import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MyTenantListResponse } from './dto/my-tenant.response';
import { MyTenantsService } from './my-tenants.service';

@ApiTags('me')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('me')
export class MyTenantsController {
  constructor(private readonly myTenants: MyTenantsService) {}

  @Get('tenants')
  @ApiOperation({
    operationId: 'listMyTenants',
    summary: 'Organisations the caller belongs to',
    description:
      'With the role, the membership status (blocked ones included) and the linked client companies: the "switch account / switch company" list. A bad `limit` or `cursor` answers 400 `VALIDATION_FAILED` naming the field.',
  })
  @ApiOkResponse({ type: MyTenantListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, SESSION_PROBLEMS)
  list(@CurrentUser() user: AuthUser, @Query() query: CursorQuery): Promise<MyTenantListResponse> {
    return this.myTenants.list(user, query);
  }
}
