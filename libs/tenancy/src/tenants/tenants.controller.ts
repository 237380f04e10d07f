import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS } from '@tenant-iam/common';
import { AuthUser, CurrentUser, JwtAuthGuard, SESSION_PROBLEMS } from '@tenant-iam/identity';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { CreateTenantDto, TenantDetailResponse, TenantResponse, TransferOwnershipDto, UpdateTenantDto } from './dto/tenant.dto';
import { MemberErrorCode } from '../members/member-error-code';
import { TenantErrorCode as E } from './tenant-error-code';
import { toTenantResponse } from './tenant.response';
import { TenantsService } from './tenants.service';

// The tenant guard reads `:tenantId`, not a handler parameter: declared for the document.
const TENANT_ID = ApiParam({ name: 'tenantId', format: 'uuid' });

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post()
  @UseGuards(JwtAuthGuard)
  @ApiOperation({ operationId: 'createTenant', summary: 'Create an organisation; the caller becomes its owner' })
  @ApiCreatedResponse({ type: TenantResponse })
  @ApiProblems(COMMON_PROBLEMS.body, SESSION_PROBLEMS)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateTenantDto): Promise<TenantResponse> {
    return toTenantResponse(await this.tenants.create(user.userId, dto), { billing: true });
  }

  @Get(':tenantId')
  @TENANT_ID
  @Can('read', TenancySubject.Tenant)
  @ApiOperation({
    operationId: 'getTenant',
    summary: "The organisation: settings, plan, seats and the caller's role",
    description: 'The billing email is shown to the owner only.',
  })
  @ApiOkResponse({ type: TenantDetailResponse })
  @ApiProblems(TENANT_PROBLEMS)
  get(@CurrentTenant() tenant: TenantContext): Promise<TenantDetailResponse> {
    return this.tenants.get(tenant);
  }

  @Patch(':tenantId')
  @TENANT_ID
  @Can('update', TenancySubject.Tenant)
  @ApiOperation({
    operationId: 'updateTenant',
    summary: 'Change the name, the billing email (owner only) or settings (key by key)',
    description:
      "Owner and superadmins. `billingEmail` needs the owner (else 403 `FORBIDDEN`); `null` clears it, and it never changes anyone's login email. Each settings key sent replaces that setting, `null` resets it, keys not sent stay; a password policy may only be stricter than the account-wide one. Refused settings: 422 `INVALID_SETTINGS` with `settings.<key>...` field errors.",
  })
  @ApiOkResponse({ type: TenantDetailResponse })
  @ApiProblems(TENANT_PROBLEMS, COMMON_PROBLEMS.body, { 422: [E.InvalidSettings] })
  update(@CurrentTenant() tenant: TenantContext, @Body() dto: UpdateTenantDto): Promise<TenantDetailResponse> {
    return this.tenants.update(tenant, dto);
  }

  @Post(':tenantId/transfer-ownership')
  @TENANT_ID
  @HttpCode(HttpStatus.OK)
  @Can('transferOwnership', TenancySubject.Tenant)
  @ApiOperation({
    operationId: 'transferTenantOwnership',
    summary: 'Hand the organisation to another member; the owner becomes a superadmin',
    description: 'Owner only. The target must be an active member with panel access (not a contact).',
  })
  @ApiOkResponse({ type: TenantDetailResponse, description: 'The organisation as the former owner now sees it' })
  @ApiProblems(TENANT_PROBLEMS, COMMON_PROBLEMS.body, { 404: [MemberErrorCode.MemberNotFound], 422: [E.TransferTargetInvalid] })
  transferOwnership(@CurrentTenant() tenant: TenantContext, @Body() dto: TransferOwnershipDto): Promise<TenantDetailResponse> {
    return this.tenants.transferOwnership(tenant, dto.userId);
  }
}
