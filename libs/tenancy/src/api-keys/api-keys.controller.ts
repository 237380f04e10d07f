import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { ApiKeyErrorCode } from './api-key-error-code';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponse } from './dto/api-key.response';

@ApiTags('api key')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId/api-key')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @Can('read', TenancySubject.ApiKey)
  @ApiOperation({
    operationId: 'getTenantApiKey',
    summary: "The organisation's API key",
    description:
      'The one key external systems (a CRM) call the machine routes with, as `X-Api-Key`; their calls draw on the same monthly pool as the members. The owner and superadmins read it; admins and members when their permission group grants `read ApiKey`; clients never.',
  })
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiProblems(TENANT_PROBLEMS, { 409: [ApiKeyErrorCode.ApiKeyUnreadable], 503: [ApiKeyErrorCode.ApiKeyNotConfigured] })
  get(@CurrentTenant() tenant: TenantContext): Promise<ApiKeyResponse> {
    return this.apiKeys.get(tenant);
  }

  @Post('rotate')
  @HttpCode(HttpStatus.OK)
  @Can('rotate', TenancySubject.ApiKey)
  @ApiOperation({
    operationId: 'rotateTenantApiKey',
    summary: 'Replace the API key (superadmins and the owner)',
    description:
      'Answers the new key. The old one keeps working for the rotation grace (`API_KEY_ROTATION_GRACE`, default 24 h), then answers 401 `API_KEY_INVALID`. Logged as `api_key.rotated`.',
  })
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiProblems(TENANT_PROBLEMS, { 503: [ApiKeyErrorCode.ApiKeyNotConfigured] })
  rotate(@CurrentTenant() tenant: TenantContext): Promise<ApiKeyResponse> {
    return this.apiKeys.rotate(tenant);
  }
}
