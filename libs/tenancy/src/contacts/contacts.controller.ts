import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, CommonErrorCode } from '@tenant-iam/common';
import { Can } from '@tenant-iam/permissions';
import { TenancySubject } from '../context/tenancy.catalog';
import { CurrentTenant, TenantContext } from '../context/tenant-context';
import { TENANT_PROBLEMS } from '../context/tenant-problems';
import { ContactErrorCode as E } from './contact-error-code';
import { ContactsService } from './contacts.service';
import { ContactListResponse, ContactResponse, CreateContactDto, ListContactsQuery, UpdateContactDto } from './dto/contact.dto';

const CONTACT = TenancySubject.Contact;
const NOT_FOUND = { 404: [...TENANT_PROBLEMS[404], E.ContactNotFound] } as const;
const INVALID = { 422: [CommonErrorCode.ValidationFailed] } as const;

/**
 * `/tenants/:tenantId/contacts`: contact persons of the organisation and of its client companies,
 * and authorised contacts. `Contact` is company-scoped: a client reads and changes only the
 * contacts of its own companies.
 */
@ApiTags('contacts')
@ApiBearerAuth()
@ApiParam({ name: 'tenantId', format: 'uuid', description: 'The organisation' })
@Controller('tenants/:tenantId/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Can('read', CONTACT)
  @ApiOperation({
    operationId: 'listContacts',
    summary: 'Contacts the caller may see',
    description: "By creation order; filtered by the caller's `read Contact` rules (a client: its own companies' contacts).",
  })
  @ApiOkResponse({ type: ContactListResponse })
  @ApiProblems(COMMON_PROBLEMS.query, TENANT_PROBLEMS)
  list(@CurrentTenant() tenant: TenantContext, @Query() query: ListContactsQuery): Promise<ContactListResponse> {
    return this.contacts.list(tenant, query);
  }

  @Post()
  @Can('create', CONTACT)
  @ApiOperation({
    operationId: 'createContact',
    summary: 'Add a contact person or an authorised contact',
    description:
      "A contact is not a member and takes no seat. Field errors: 422 `VALIDATION_FAILED` with `companyId: UNKNOWN_COMPANY` (not a company of this organisation, or not one of the caller's), `phone: PHONE_INVALID`.",
  })
  @ApiCreatedResponse({ type: ContactResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, INVALID, { 409: [E.ContactLimitReached] })
  create(@CurrentTenant() tenant: TenantContext, @Body() dto: CreateContactDto): Promise<ContactResponse> {
    return this.contacts.create(tenant, dto);
  }

  @Get(':contactId')
  @Can('read', CONTACT)
  @ApiOperation({ operationId: 'getContact', summary: 'One contact, if the caller may see it' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND)
  get(@CurrentTenant() tenant: TenantContext, @Param('contactId') id: string): Promise<ContactResponse> {
    return this.contacts.get(tenant, id);
  }

  @Patch(':contactId')
  @Can('update', CONTACT)
  @ApiOperation({
    operationId: 'updateContact',
    summary: 'Change a contact',
    description: 'Each field given changes; `null` clears `email`, `phone`, `position` or `companyId`.',
  })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(COMMON_PROBLEMS.body, TENANT_PROBLEMS, NOT_FOUND, INVALID)
  update(@CurrentTenant() tenant: TenantContext, @Param('contactId') id: string, @Body() dto: UpdateContactDto): Promise<ContactResponse> {
    return this.contacts.update(tenant, id, dto);
  }

  @Delete(':contactId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Can('delete', CONTACT)
  @ApiOperation({ operationId: 'deleteContact', summary: 'Delete a contact', description: 'A member made from it stays a member.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(TENANT_PROBLEMS, NOT_FOUND)
  delete(@CurrentTenant() tenant: TenantContext, @Param('contactId') id: string): Promise<void> {
    return this.contacts.delete(tenant, id);
  }
}
