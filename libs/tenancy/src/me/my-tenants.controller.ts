import { CursorQuery } from '@tenant-iam/common';
import { AuthUser, CurrentUser } from '@tenant-iam/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MyTenantListResponse } from './dto/my-tenant.response';
import { MyTenantsService } from './my-tenants.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MyTenantsController {
  constructor(private readonly myTenants: MyTenantsService) {}

  @Get('tenants')
  @ApiOperation({
    summary: 'Organisations the caller belongs to',
    description:
      'With the role, the membership status (blocked ones included) and the linked client companies: the "switch account / switch company" list.',
  })
  @ApiOkResponse({ type: MyTenantListResponse })
  @ApiBadRequestResponse({ description: '`VALIDATION_FAILED`: bad `limit` or `cursor`' })
  list(@CurrentUser() user: AuthUser, @Query() query: CursorQuery): Promise<MyTenantListResponse> {
    return this.myTenants.list(user, query);
  }
}
