import { JwtAuthGuard } from '@tenant-iam/identity';
import { ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { CodedException } from '@tenant-iam/common';
import { AbilityFactory, AbilityResolver, AppAbility, PermissionRule } from '@tenant-iam/permissions';
import { isUuid } from '../common/uuid';
import { MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PermissionSetsRepository } from '../permission-sets/permission-sets.repository';
import { TenancyErrorCode } from '../tenancy-error-code';
import { userActor } from './actor';
import { TenancySubject } from './tenancy.catalog';
import type { TenantRequest } from './tenant-context';

/** What every member with panel access may do, whatever their set says. */
const BASELINE: PermissionRule[] = [
  { action: 'read', subject: TenancySubject.Tenant },
  { action: 'read', subject: TenancySubject.PermissionCatalog },
];
const INVITE: PermissionRule[] = [{ action: 'create', subject: TenancySubject.Invitation }];

/** Set grants by (set id, version): a changed set has a new version, so stale entries are never read. */
const MAX_CACHED_SETS = 10_000;

/**
 * The tenancy side of the permissions port: authentication (unless a global guard did it), then
 * the caller's membership in `:tenantId`, then the ability, left on the request as the
 * {@link TenantContext}. 404 for a tenant the caller cannot see, whether it exists or not.
 */
@Injectable()
export class TenantAbilityResolver extends AbilityResolver {
  private readonly sets = new Map<string, { full: boolean; rules: PermissionRule[] }>();

  constructor(
    private readonly auth: JwtAuthGuard,
    private readonly memberships: MembershipsRepository,
    private readonly permissionSets: PermissionSetsRepository,
    private readonly abilities: AbilityFactory,
  ) {
    super();
  }

  async resolve(context: ExecutionContext): Promise<AppAbility> {
    const request = context.switchToHttp().getRequest<TenantRequest>();
    // A lib route stays guarded in a host without the global guard: authenticate here.
    await this.auth.canActivate(context);
    const user = request.user;
    if (!user) throw new CodedException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED');
    const tenantId = request.params?.tenantId;
    if (!isUuid(tenantId)) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    const row = await this.memberships.findContext(tenantId, user.userId);
    if (!row) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    if (row.status === MembershipStatus.Blocked) throw new CodedException(HttpStatus.FORBIDDEN, TenancyErrorCode.MembershipBlocked);
    if (row.role === MembershipRole.Contact) throw new CodedException(HttpStatus.FORBIDDEN, TenancyErrorCode.NoPanelAccess);

    const inviting = row.membersCanInvite && (row.role === MembershipRole.Member || row.role === MembershipRole.Client);
    const set = row.permissionSetId ? await this.setGrant(tenantId, row.permissionSetId, row.setVersion ?? 0) : null;
    const ability = this.abilities.build({
      role: row.role,
      permissionSet: set,
      extraRules: inviting ? [...BASELINE, ...INVITE] : BASELINE,
      companyIds: row.companyIds,
      cacheKey: [row.role, row.permissionSetId, row.setVersion, inviting, row.companyIds.join(',')].join('|'),
    });
    request.tenantContext = {
      tenantId,
      actor: userActor(user.userId, row.id),
      membership: {
        id: row.id,
        userId: user.userId,
        role: row.role,
        status: row.status,
        permissionSetId: row.permissionSetId,
        companyIds: row.companyIds,
      },
      ability,
    };
    return ability;
  }

  private async setGrant(tenantId: string, setId: string, version: number): Promise<{ full: boolean; rules: PermissionRule[] } | null> {
    const key = `${setId}@${version}`;
    const cached = this.sets.get(key);
    if (cached) return cached;
    const grant = await this.permissionSets.grantOf(tenantId, setId);
    if (!grant) return null;
    if (this.sets.size >= MAX_CACHED_SETS) this.sets.delete(this.sets.keys().next().value as string);
    const value = { full: grant.full, rules: grant.rules };
    // Cache under the version actually read: a concurrent edit may have moved past `version`.
    this.sets.set(`${setId}@${grant.version}`, value);
    return value;
  }
}
