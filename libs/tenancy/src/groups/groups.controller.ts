import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode, CursorQuery } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { CreateGroupDto, GroupListResponse, GroupResponse, UpdateGroupDto } from './dto/group.dto';
import { GroupErrorCode as E } from './group-error-code';
import { GroupsService } from './groups.service';

const GROUP = TenancySubject.Group;
const NOT_FOUND = { 404: [...TENANT_PROBLEMS[404], E.NotFound] } as const;

/**
 * `/tenants/:tenantId/groups`: the organisation's positions and user groups, nested. Each route
 * needs its action on `Group` (owner, superadmins and admins have them; members and clients per
 * their permission set).
 */
@ApiTags('groups')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid', description: 'The organisation' })
@Controller('tenants/:tenantId/groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Get()
  @Can('read', GROUP)
  @ApiOperation({
    operationId: 'listGroups',
    summary: "The organisation's positions and user groups, by name",
    description: 'A flat page; `parentGroupId` of each group builds the tree.',
  })
  @ApiOkResponse({ type: GroupListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: CursorQuery): Promise<GroupListResponse> {
    return this.groups.list(tenant.tenantId, query);
  }

  @Post()
  @Can('create', GROUP)
  @ApiOperation({
    operationId: 'createGroup',
    summary: 'Create a position or user group',
    description:
      'At the top level or under `parentGroupId`, at most 10 levels deep. Field errors: 422 `VALIDATION_FAILED` with `parentGroupId: UNKNOWN_GROUP | GROUP_TOO_DEEP`.',
  })
  @ApiCreatedResponse({ type: GroupResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, { 409: [E.NameTaken, E.LimitReached], 422: [CommonErrorCode.ValidationFailed] })
  create(@CurrentTenant() tenant: TenantContext, @Body() dto: CreateGroupDto): Promise<GroupResponse> {
    return this.groups.create(tenant, dto);
  }

  @Get(':groupId')
  @Can('read', GROUP)
  @ApiOperation({ operationId: 'getGroup', summary: 'One group' })
  @ApiOkResponse({ type: GroupResponse })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND)
  get(@CurrentTenant() tenant: TenantContext, @Param('groupId') id: string): Promise<GroupResponse> {
    return this.groups.get(tenant.tenantId, id);
  }

  @Patch(':groupId')
  @Can('update', GROUP)
  @ApiOperation({
    operationId: 'updateGroup',
    summary: 'Rename a group, change its kind, or move it with its subgroups',
    description:
      '`parentGroupId: null` moves it to the top level. A group never goes under itself or one of its subgroups (422 `parentGroupId: GROUP_CYCLE`), also when two moves race: the second is judged on the tree the first left.',
  })
  @ApiOkResponse({ type: GroupResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, NOT_FOUND, { 409: [E.NameTaken], 422: [CommonErrorCode.ValidationFailed] })
  update(@CurrentTenant() tenant: TenantContext, @Param('groupId') id: string, @Body() dto: UpdateGroupDto): Promise<GroupResponse> {
    return this.groups.update(tenant, id, dto);
  }

  @Delete(':groupId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('delete', GROUP)
  @ApiOperation({
    operationId: 'deleteGroup',
    summary: 'Delete a group without subgroups or members',
    description: 'A group with subgroups or members answers 409 `GROUP_NOT_EMPTY` with `{ groups, members }`.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND, { 409: [E.NotEmpty] })
  delete(@CurrentTenant() tenant: TenantContext, @Param('groupId') id: string): Promise<void> {
    return this.groups.delete(tenant, id);
  }
}
