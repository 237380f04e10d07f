import { CursorPage, CursorQuery, encodeCursor, parseCursor } from '@tenant-iam/common';
import type { AuthUser } from '@tenant-iam/identity';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/uuid';
import { MembershipsRepository, UserTenantKey } from '../memberships/memberships.repository';
import { MyTenantResponse } from './dto/my-tenant.response';

const DEFAULT_LIMIT = 20;

// The id goes into a uuid parameter: a forged cursor must fail here, not as a database error.
const isTenantKey = (value: Record<string, string | number>): value is UserTenantKey & Record<string, string> =>
  typeof value.name === 'string' && isUuid(value.id);

/** The caller's own organisations, across tenants: the one tenancy read that is not tenant-scoped. */
@Injectable()
export class MyTenantsService {
  constructor(private readonly memberships: MembershipsRepository) {}

  /** @throws `VALIDATION_FAILED` on `cursor` for a cursor this list did not make. */
  async list(user: AuthUser, query: CursorQuery): Promise<CursorPage<MyTenantResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isTenantKey);
    // One row more than asked tells whether a next page exists without a count.
    const rows = await this.memberships.listForUser(user.userId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.tenantId }) : null };
  }
}
