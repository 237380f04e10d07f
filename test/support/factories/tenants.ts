import { TenantsService } from '@tenant-iam/tenancy';
import type { TestApp } from '../create-test-app';

/** Creates an organisation through the service, owned by `ownerUserId`; returns its id. */
export async function createTenant(t: TestApp, ownerUserId: string, name = 'Acme'): Promise<string> {
  const tenant = await t.app.get(TenantsService).create(ownerUserId, { name });
  return tenant.id;
}
