import type { MemberRow } from '../memberships/memberships.repository';
import type { MemberResponse } from './dto/member.dto';

/**
 * The representation of a member. `viewerUserId`'s own row leaves out `permissionSetId`: nobody
 * reads their own permissions.
 */
export function toMemberResponse(row: MemberRow, viewerUserId: string | null): MemberResponse {
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    role: row.role,
    status: row.status,
    ...(row.userId === viewerUserId ? {} : { permissionSetId: row.permissionSetId }),
    companyIds: row.companyIds,
    groupIds: row.groupIds,
    attributes: row.attributes,
    createdAt: row.createdAt.toISOString(),
  };
}
