import { AbilityFactory, RolePreset } from '@tenant-iam/permissions';
import { CompaniesService, CreateCompanyDto, MembersService, systemActor } from '@tenant-iam/tenancy';
import type { TestApp } from '../create-test-app';

let counter = 0;

/**
 * Creates a client company in `tenantId` through the service, with the owner's rights (a test
 * fixture is nobody's action: the actor is the system); returns its id. Names default to a unique one.
 */
export async function createCompany(t: TestApp, tenantId: string, body: Partial<CreateCompanyDto> = {}): Promise<string> {
  counter += 1;
  const ability = t.app.get(AbilityFactory).build({ role: RolePreset.Owner, permissionSet: null });
  const company = await t.app.get(CompaniesService).create({ tenantId, actor: systemActor('test-factory'), membership: null, ability }, {
    name: body.name ?? `Company ${counter} ${Date.now().toString(36)}`,
    taxId: body.taxId,
  } as CreateCompanyDto);
  return company.id;
}

/** Links the membership to exactly `companyIds` (replacing its companies), through `MembersService`, as the system. */
export async function setMemberCompanies(t: TestApp, tenantId: string, membershipId: string, companyIds: string[]): Promise<void> {
  await t.app.get(MembersService).update({ tenantId, actor: systemActor('test-factory') }, membershipId, { companyIds });
}
