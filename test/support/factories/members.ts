import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { TestApp } from '../create-test-app';

/**
 * Makes `userId` a member of `tenantId` with `role` (members and clients get the built-in set unless
 * `permissionSetId` is given); returns the membership id.
 * INTERIM: plain SQL until the members service exists; then it goes through the service.
 */
export async function addMember(
  t: TestApp,
  tenantId: string,
  userId: string,
  role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact',
  options: { permissionSetId?: string; status?: 'active' | 'blocked' } = {},
): Promise<string> {
  const id = uuidv7();
  await t.app.get(DataSource).query(
    `INSERT INTO memberships (id, tenant_id, user_id, role, status, permission_set_id, created_at, updated_at)
     SELECT $1, $2, $3, $4, $5, COALESCE($6::uuid, CASE WHEN $4 IN ('member', 'client') THEN s.id END), now(), now()
     FROM permission_sets s WHERE s.tenant_id = $2 AND s.builtin`,
    [id, tenantId, userId, role, options.status ?? 'active', options.permissionSetId ?? null],
  );
  return id;
}
