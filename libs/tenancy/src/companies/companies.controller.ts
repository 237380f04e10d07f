import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { CompaniesService } from './companies.service';
import { CompanyErrorCode as E } from './company-error-code';
import { CompanyListResponse, CompanyResponse, CreateCompanyDto, ListCompaniesQuery, UpdateCompanyDto } from './dto/company.dto';

const COMPANY = TenancySubject.Company;
const NOT_FOUND = { 404: [...TENANT_PROBLEMS[404], E.NotFound] } as const;

/**
 * `/tenants/:tenantId/companies`: the organisation's client companies. A client sees and changes
 * only the companies it is linked to (per its set) and creates none.
 */
@ApiTags('companies')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid', description: 'The organisation' })
@Controller('tenants/:tenantId/companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @Can('read', COMPANY)
  @ApiOperation({
    operationId: 'listCompanies',
    summary: 'Client companies the caller may see, by name',
    description: "Filtered by the caller's `read Company` rules: a client sees its own companies only.",
  })
  @ApiOkResponse({ type: CompanyListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: ListCompaniesQuery): Promise<CompanyListResponse> {
    return this.companies.list(tenant, query);
  }

  @Post()
  @Can('create', COMPANY)
  @ApiOperation({
    operationId: 'createCompany',
    summary: 'Create a client company',
    description: 'Names are unique in the organisation, case aside (409 `COMPANY_NAME_TAKEN`). Clients create none (403).',
  })
  @ApiCreatedResponse({ type: CompanyResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, { 409: [E.NameTaken] })
  create(@CurrentTenant() tenant: TenantContext, @Body() dto: CreateCompanyDto): Promise<CompanyResponse> {
    return this.companies.create(tenant, dto);
  }

  @Get(':companyId')
  @Can('read', COMPANY)
  @ApiOperation({ operationId: 'getCompany', summary: 'One client company, if the caller may see it' })
  @ApiParam({ name: 'companyId', format: 'uuid' })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND)
  get(@CurrentTenant() tenant: TenantContext, @Param('companyId') companyId: string): Promise<CompanyResponse> {
    return this.companies.get(tenant, companyId);
  }

  @Patch(':companyId')
  @Can('update', COMPANY)
  @ApiOperation({
    operationId: 'updateCompany',
    summary: "Change a client company's name or tax id",
    description: '`taxId: null` clears it.',
  })
  @ApiParam({ name: 'companyId', format: 'uuid' })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, NOT_FOUND, { 409: [E.NameTaken] })
  update(
    @CurrentTenant() tenant: TenantContext,
    @Param('companyId') companyId: string,
    @Body() dto: UpdateCompanyDto,
  ): Promise<CompanyResponse> {
    return this.companies.update(tenant, companyId, dto);
  }

  @Delete(':companyId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('delete', COMPANY)
  @ApiOperation({
    operationId: 'deleteCompany',
    summary: 'Delete a client company no member is linked to',
    description:
      'A company members are linked to answers 409 `COMPANY_IN_USE` with `{ members }`: unlink them first (`PATCH /members/:memberId {companyIds}`).',
  })
  @ApiParam({ name: 'companyId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND, { 409: [E.InUse] })
  delete(@CurrentTenant() tenant: TenantContext, @Param('companyId') companyId: string): Promise<void> {
    return this.companies.delete(tenant, companyId);
  }
}
