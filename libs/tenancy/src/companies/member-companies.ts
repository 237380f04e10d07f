import { HttpStatus, Injectable } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import type { SqlCondition } from '@tenant-iam/permissions';
import type { EntityManager } from 'typeorm';
import type { TenantContext } from '../context/tenant-context';
import { MemberFieldCode } from '../members/member-error-code';
import { MembershipRole } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';

/** What a replacement of a member's companies changed; null when nothing did. */
export interface CompaniesChange {
  added: string[];
  removed: string[];
}

/**
 * The client companies of a member: replacing the set a member is linked to, and what a client
 * sees of other members (only those who share one of its companies, and only those companies).
 */
@Injectable()
export class MemberCompanies {
  constructor(private readonly memberships: MembershipsRepository) {}

  /**
   * Links the membership to exactly `companyIds` (replace-the-set). Every id must be a company of
   * the tenant, held until the transaction ends, so none is deleted under the new link.
   * @returns what changed, or null when the set is the same
   * @throws `VALIDATION_FAILED` (422) `companyIds: UNKNOWN_COMPANY` with `{ ids }`
   */
  async replace(tenantId: string, membershipId: string, companyIds: string[], m: EntityManager): Promise<CompaniesChange | null> {
    // Ids come from the database in lower case; the body may use either.
    const wanted = [...new Set(companyIds.map((id) => id.toLowerCase()))];
    const known = new Set(await this.memberships.companiesOfTenant(tenantId, wanted, m));
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, [
        { field: 'companyIds', code: MemberFieldCode.UnknownCompany, params: { ids: unknown } },
      ]);
    }
    const current = await this.memberships.companyIdsOf(tenantId, membershipId, m);
    const next = [...known].sort();
    const added = next.filter((id) => !current.includes(id));
    const removed = current.filter((id) => !known.has(id));
    if (!added.length && !removed.length) return null;
    await this.memberships.unlinkCompanies(tenantId, membershipId, removed, m);
    await this.memberships.linkCompanies(tenantId, membershipId, added, m);
    return { added, removed };
  }
}

/**
 * The members a caller may read, as the SQL condition of the members query (alias `m`): the
 * ability's `access` condition, and for a client also "itself, or a member linked to one of its
 * companies". Staff of the tenant (not linked to a client's company) stay out of a client's view
 * whatever its set says. Parameters continue after `access`'s, which started at `firstParam`.
 */
export function clientMembersScope(ctx: Pick<TenantContext, 'membership'>, access: SqlCondition, firstParam: number): SqlCondition {
  const caller = ctx.membership;
  if (caller?.role !== MembershipRole.Client) return access;
  const self = firstParam + access.params.length;
  return {
    sql:
      `(${access.sql}) AND (m.id = $${self} OR EXISTS (SELECT 1 FROM membership_companies sc WHERE sc.tenant_id = m.tenant_id ` +
      `AND sc.membership_id = m.id AND sc.company_id = ANY($${self + 1}::uuid[])))`,
    params: [...access.params, caller.id, caller.companyIds],
  };
}

/** A member's companies as the caller may see them: a client sees only its own among them. */
export function visibleCompanyIds(ctx: Pick<TenantContext, 'membership'>, companyIds: string[]): string[] {
  const caller = ctx.membership;
  if (caller?.role !== MembershipRole.Client) return companyIds;
  return companyIds.filter((id) => caller.companyIds.includes(id));
}

/**
 * Whether the caller may filter members by this company: a client only by one of its own (the
 * others' links are not its to see, so such a filter finds nobody).
 */
export function mayFilterByCompany(ctx: Pick<TenantContext, 'membership'>, companyId: string): boolean {
  const caller = ctx.membership;
  return caller?.role !== MembershipRole.Client || caller.companyIds.includes(companyId.toLowerCase());
}
