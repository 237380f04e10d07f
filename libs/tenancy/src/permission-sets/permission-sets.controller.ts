import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CursorQuery } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { CreatePermissionSetDto, PermissionSetListResponse, PermissionSetResponse, UpdatePermissionSetDto } from './dto/permission-set.dto';
import { PermissionSetErrorCode as E } from './permission-set-error-code';
import { PermissionSetsService } from './permission-sets.service';

const SET = TenancySubject.PermissionSet;
const NOT_FOUND = { 404: [...TENANT_PROBLEMS[404], E.NotFound] } as const;

/**
 * `/tenants/:tenantId/permission-sets`: the organisation's permission groups. Reading needs
 * `read PermissionSet`; changes need `manage PermissionSet` (owner and superadmins: no set grants it).
 */
@ApiTags('permission-sets')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId/permission-sets')
export class PermissionSetsController {
  constructor(private readonly sets: PermissionSetsService) {}

  @Get()
  @Can('read', SET)
  @ApiOperation({ operationId: 'listPermissionSets', summary: "The organisation's permission groups, by name" })
  @ApiOkResponse({ type: PermissionSetListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: CursorQuery): Promise<PermissionSetListResponse> {
    return this.sets.list(tenant.tenantId, query);
  }

  @Post()
  @Can('manage', SET)
  @ApiOperation({
    operationId: 'createPermissionSet',
    summary: 'Create a permission group',
    description:
      'Full access, or rules over the permission catalogue. A broken rule answers 422 `PERMISSION_RULES_INVALID` with one field error per rule (`rules.2.action: UNKNOWN_ACTION`, `NOT_GRANTABLE` for owner- and superadmin-only actions).',
  })
  @ApiCreatedResponse({ type: PermissionSetResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, { 409: [E.NameTaken, E.LimitReached], 422: [E.RulesInvalid] })
  create(@CurrentTenant() tenant: TenantContext, @Body() dto: CreatePermissionSetDto): Promise<PermissionSetResponse> {
    return this.sets.create(tenant, dto);
  }

  @Get(':permissionSetId')
  @Can('read', SET)
  @ApiOperation({ operationId: 'getPermissionSet', summary: 'One permission group' })
  @ApiOkResponse({ type: PermissionSetResponse })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND)
  get(@CurrentTenant() tenant: TenantContext, @Param('permissionSetId') id: string): Promise<PermissionSetResponse> {
    return this.sets.get(tenant.tenantId, id);
  }

  @Patch(':permissionSetId')
  @Can('manage', SET)
  @ApiOperation({
    operationId: 'updatePermissionSet',
    summary: 'Change a permission group',
    description: 'Members holding it get the new rights on their next request. The built-in group answers 409 `PERMISSION_SET_BUILTIN`.',
  })
  @ApiOkResponse({ type: PermissionSetResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, NOT_FOUND, { 409: [E.NameTaken, E.Builtin], 422: [E.RulesInvalid] })
  update(
    @CurrentTenant() tenant: TenantContext,
    @Param('permissionSetId') id: string,
    @Body() dto: UpdatePermissionSetDto,
  ): Promise<PermissionSetResponse> {
    return this.sets.update(tenant, id, dto);
  }

  @Delete(':permissionSetId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('manage', SET)
  @ApiOperation({
    operationId: 'deletePermissionSet',
    summary: 'Delete a permission group nobody holds',
    description: 'A group members hold answers 409 `PERMISSION_SET_IN_USE` with `{ members }`.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND, { 409: [E.InUse, E.Builtin] })
  delete(@CurrentTenant() tenant: TenantContext, @Param('permissionSetId') id: string): Promise<void> {
    return this.sets.delete(tenant, id);
  }
}
