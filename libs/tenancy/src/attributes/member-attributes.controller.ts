import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { MemberAttributeListResponse, toMemberAttributeResponse } from './dto/member-attribute.response';
import { MemberAttributes } from './member-attributes';

@ApiTags('members')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid', description: 'The organisation' })
@Controller('tenants/:tenantId/member-attributes')
export class MemberAttributesController {
  constructor(private readonly attributes: MemberAttributes) {}

  @Get()
  @Can('read', TenancySubject.Member)
  @ApiOperation({
    operationId: 'listMemberAttributes',
    summary: 'The attributes a member may hold, as product modules declared them',
    description: 'Names, types, labels and constraints of what `attributes` of `POST`/`PATCH /members` accepts; any other name is refused.',
  })
  @ApiOkResponse({ type: MemberAttributeListResponse })
  @ApiProblems(TENANT_PROBLEMS)
  list(): MemberAttributeListResponse {
    return { items: this.attributes.list().map(toMemberAttributeResponse) };
  }
}
