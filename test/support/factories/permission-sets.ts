import { PermissionSetInput, PermissionSetsService, userActor } from '@tenant-iam/tenancy';
import type { TestApp } from '../create-test-app';

/**
 * Creates a permission set in `tenantId` through the service, as `actorUserId` (who must be
 * allowed to: the factory does not check), with the same validation as the route; returns its id.
 */
export async function createPermissionSet(t: TestApp, tenantId: string, actorUserId: string, body: PermissionSetInput): Promise<string> {
  const set = await t.app.get(PermissionSetsService).create({ tenantId, actor: userActor(actorUserId) }, body);
  return set.id;
}
