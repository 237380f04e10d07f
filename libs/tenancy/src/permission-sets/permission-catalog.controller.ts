import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tenant-iam/common';
import { Can, PermissionCatalog, PermissionCatalogResponse } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { TENANT_PROBLEMS } from '../context/tenant-problems';

/** `GET /tenants/:tenantId/permissions/catalog`: what a permission group may name, for the editor of groups. */
@ApiTags('permission-sets')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId/permissions')
export class PermissionCatalogController {
  constructor(private readonly catalog: PermissionCatalog) {}

  @Get('catalog')
  @Can('read', TenancySubject.PermissionCatalog)
  @ApiOperation({
    operationId: 'getPermissionCatalog',
    summary: 'Every subject and action a permission group may name',
    description:
      "Tenancy's subjects and those of the product modules, with labels in en, pl and uk and the flags (`ownerOnly`, `superadminOnly`: no group grants them; `setOnly`: only a group grants them). Every member with panel access may read it.",
  })
  @ApiOkResponse({ type: PermissionCatalogResponse })
  @ApiProblems(TENANT_PROBLEMS)
  read(): PermissionCatalogResponse {
    return this.catalog.toResponse();
  }
}
