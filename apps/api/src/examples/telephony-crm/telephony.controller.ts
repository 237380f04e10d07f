import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { AttributeErrorCode, CurrentTenant, MemberErrorCode, TENANT_PROBLEMS, TenantContext } from '@tenant-iam/tenancy';
import {
  AssignSipExtensionDto,
  ChooseNumberDto,
  ChosenNumberResponse,
  CreatePoolDto,
  MyTelephonyResponse,
  PoolListResponse,
  PoolMembersDto,
  PoolResponse,
  SipExtensionResponse,
  SipRangeDto,
  SipRangeResponse,
  TelephonyUserResponse,
} from './dto/telephony.dto';
import { TelephonySubject as S } from './telephony.catalog';
import { TelephonyErrorCode as E } from './telephony-error-code';
import { TelephonyService } from './telephony.service';

const MEMBER_NOT_FOUND = { 404: [...TENANT_PROBLEMS[404], MemberErrorCode.MemberNotFound] };
const INVALID = { 422: [CommonErrorCode.ValidationFailed] };

/** Example routes of the telephony CRM: extensions, caller-ID and SMS sender pools, and the member's picks. */
@ApiTags('examples: telephony-crm')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@Controller('tenants/:tenantId/telephony')
export class TelephonyController {
  constructor(private readonly telephony: TelephonyService) {}

  @Get('sip-range')
  @Can('read', S.SipExtension)
  @ApiOperation({ operationId: 'getDemoSipRange', summary: 'The extensions `mode: "pool"` assigns from' })
  @ApiOkResponse({ type: SipRangeResponse })
  @ApiProblems(TENANT_PROBLEMS)
  sipRange(@CurrentTenant() tenant: TenantContext): Promise<SipRangeResponse> {
    return this.telephony.sipRange(tenant);
  }

  @Put('sip-range')
  @Can('manage', S.SipExtension)
  @ApiOperation({ operationId: 'setDemoSipRange', summary: 'Set the extension range (at most 10 000 extensions)' })
  @ApiOkResponse({ type: SipRangeResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, INVALID)
  setSipRange(@CurrentTenant() tenant: TenantContext, @Body() dto: SipRangeDto): Promise<SipRangeResponse> {
    return this.telephony.setSipRange(tenant, dto);
  }

  @Post('members/:memberId/sip-extension')
  @HttpCode(HttpStatus.OK)
  @Can('assign', S.SipExtension)
  @ApiOperation({
    operationId: 'assignDemoSipExtension',
    summary: "Give a member a SIP extension, fixed or the range's next free one",
    description:
      'The extension is the member attribute `sipExtension` (unique in the organisation): 409 `ATTRIBUTE_TAKEN` when another member holds it, 422 `attributes.sipExtension: ATTRIBUTE_PATTERN` for anything but 2 to 6 digits.',
  })
  @ApiOkResponse({ type: SipExtensionResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, MEMBER_NOT_FOUND, INVALID, {
    409: [AttributeErrorCode.AttributeTaken, AttributeErrorCode.AttributePoolExhausted, E.SipRangeNotSet],
  })
  assignSipExtension(
    @CurrentTenant() tenant: TenantContext,
    @Param('memberId') memberId: string,
    @Body() dto: AssignSipExtensionDto,
  ): Promise<SipExtensionResponse> {
    return this.telephony.assignSipExtension(tenant, memberId, dto);
  }

  @Delete('members/:memberId/sip-extension')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('assign', S.SipExtension)
  @ApiOperation({ operationId: 'releaseDemoSipExtension', summary: "Take a member's extension away (it becomes free)" })
  @ApiNoContentResponse()
  @ApiProblems(TENANT_PROBLEMS, MEMBER_NOT_FOUND)
  releaseSipExtension(@CurrentTenant() tenant: TenantContext, @Param('memberId') memberId: string): Promise<void> {
    return this.telephony.releaseSipExtension(tenant, memberId);
  }

  @Get('members/:memberId')
  @Can('read', S.SipExtension)
  @ApiOperation({
    operationId: 'getDemoTelephonyUser',
    summary: "A member's telephony card: extension, pools, picks and their one permission group",
  })
  @ApiOkResponse({ type: TelephonyUserResponse })
  @ApiProblems(TENANT_PROBLEMS, MEMBER_NOT_FOUND)
  user(@CurrentTenant() tenant: TenantContext, @Param('memberId') memberId: string): Promise<TelephonyUserResponse> {
    return this.telephony.user(tenant, memberId);
  }

  @Post('pools')
  @Can('manage', S.NumberPool)
  @ApiOperation({ operationId: 'createDemoNumberPool', summary: 'Create a caller-ID or SMS sender pool' })
  @ApiCreatedResponse({ type: PoolResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, { 409: [E.PoolNameTaken] })
  createPool(@CurrentTenant() tenant: TenantContext, @Body() dto: CreatePoolDto): Promise<PoolResponse> {
    return this.telephony.createPool(tenant, dto);
  }

  @Get('pools')
  @Can('read', S.NumberPool)
  @ApiOperation({ operationId: 'listDemoNumberPools', summary: 'The pools, with their numbers and members' })
  @ApiOkResponse({ type: PoolListResponse })
  @ApiProblems(TENANT_PROBLEMS)
  async pools(@CurrentTenant() tenant: TenantContext): Promise<PoolListResponse> {
    return { items: await this.telephony.pools(tenant) };
  }

  @Put('pools/:poolId/members')
  @Can('manage', S.NumberPool)
  @ApiOperation({ operationId: 'setDemoNumberPoolMembers', summary: 'Assign the pool to exactly these members' })
  @ApiOkResponse({ type: PoolResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, INVALID, { 404: [...TENANT_PROBLEMS[404], E.PoolNotFound] })
  setPoolMembers(
    @CurrentTenant() tenant: TenantContext,
    @Param('poolId') poolId: string,
    @Body() dto: PoolMembersDto,
  ): Promise<PoolResponse> {
    return this.telephony.setPoolMembers(tenant, poolId, dto.memberIds);
  }

  @Get('me')
  @Can('make', S.Call)
  @ApiOperation({ operationId: 'getMyDemoTelephony', summary: "The caller's extension, the pools assigned to them and their picks" })
  @ApiOkResponse({ type: MyTelephonyResponse })
  @ApiProblems(TENANT_PROBLEMS, { 403: [...TENANT_PROBLEMS[403], E.MembersOnly] })
  mine(@CurrentTenant() tenant: TenantContext): Promise<MyTelephonyResponse> {
    return this.telephony.mine(tenant);
  }

  @Put('me/caller-id')
  @Can('make', S.Call)
  @ApiOperation({ operationId: 'chooseMyDemoCallerId', summary: 'Pick the caller ID for calls, from a pool assigned to the caller' })
  @ApiOkResponse({ type: ChosenNumberResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, INVALID, { 403: [...TENANT_PROBLEMS[403], E.MembersOnly] })
  chooseCallerId(@CurrentTenant() tenant: TenantContext, @Body() dto: ChooseNumberDto): Promise<ChosenNumberResponse> {
    return this.telephony.choose(tenant, 'callerId', dto);
  }

  @Put('me/sms-sender')
  @Can('send', S.Sms)
  @ApiOperation({ operationId: 'chooseMyDemoSmsSender', summary: 'Pick the SMS sender ID, from a pool assigned to the caller' })
  @ApiOkResponse({ type: ChosenNumberResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, INVALID, { 403: [...TENANT_PROBLEMS[403], E.MembersOnly] })
  chooseSmsSender(@CurrentTenant() tenant: TenantContext, @Body() dto: ChooseNumberDto): Promise<ChosenNumberResponse> {
    return this.telephony.choose(tenant, 'smsSender', dto);
  }
}
