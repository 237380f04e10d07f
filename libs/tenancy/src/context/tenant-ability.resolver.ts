import { JwtAuthGuard } from '@tenant-iam/identity';
import { ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CodedException } from '@tenant-iam/common';
import {
  AbilityFactory,
  AbilityResolver,
  AppAbility,
  CAN_KEY,
  createAppAbility,
  PermissionRule,
  RequiredPermission,
} from '@tenant-iam/permissions';
import { ALLOW_API_KEY_KEY, API_KEY_HEADER } from '../api-keys/allow-api-key.decorator';
import { ApiKeyErrorCode } from '../api-keys/api-key-error-code';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { isUuid } from '../common/uuid';
import { MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PermissionSetsRepository } from '../permission-sets/permission-sets.repository';
import { TenancyErrorCode } from '../tenancy-error-code';
import { apiKeyActor, userActor } from './actor';
import { TenancySubject } from './tenancy.catalog';
import type { TenantRequest } from './tenant-context';

/** The request as the resolver reads it: the tenant request, with the headers a key comes in. */
type ResolverRequest = TenantRequest & { headers?: Record<string, string | string[] | undefined> };

/** What every member with panel access may do, whatever their set says. */
const BASELINE: PermissionRule[] = [
  { action: 'read', subject: TenancySubject.Tenant },
  { action: 'read', subject: TenancySubject.PermissionCatalog },
];
const INVITE: PermissionRule[] = [{ action: 'create', subject: TenancySubject.Invitation }];
/**
 * Members and clients invite only when the tenant's `membersCanInvite` is on, whatever their set
 * grants (the built-in "Full access" set holds `create Invitation`, as a `setOnly` action, for admins).
 */
const NO_INVITE: PermissionRule[] = [{ action: 'create', subject: TenancySubject.Invitation, inverted: true }];

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
  /** The ability of an API key on a route, by the route's `@Can` pair (a handful of pairs). */
  private readonly keyAbilities = new Map<string, AppAbility>();

  constructor(
    private readonly auth: JwtAuthGuard,
    private readonly memberships: MembershipsRepository,
    private readonly permissionSets: PermissionSetsRepository,
    private readonly abilities: AbilityFactory,
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {
    super();
  }

  async resolve(context: ExecutionContext): Promise<AppAbility> {
    const request = context.switchToHttp().getRequest<ResolverRequest>();
    // A bearer token wins; a key counts only without one, and only on routes opened to keys.
    if (!request.user && !request.headers?.authorization && request.headers?.[API_KEY_HEADER] !== undefined) {
      const targets = [context.getHandler(), context.getClass()];
      if (this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY_KEY, targets)) return this.resolveApiKey(context, request);
    }
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

    const tenantDecidesInviting = row.role === MembershipRole.Member || row.role === MembershipRole.Client;
    const inviting = row.membersCanInvite && tenantDecidesInviting;
    const set = row.permissionSetId ? await this.setGrant(tenantId, row.permissionSetId, row.setVersion ?? 0) : null;
    const ability = this.abilities.build({
      role: row.role,
      permissionSet: set,
      extraRules: inviting ? [...BASELINE, ...INVITE] : tenantDecidesInviting ? [...BASELINE, ...NO_INVITE] : BASELINE,
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

  /**
   * The API-key branch: the key must be live (or within its rotation grace) and belong to
   * `:tenantId`. An unknown or expired key is 401 `API_KEY_INVALID`; another organisation's key is
   * 404 `TENANT_NOT_FOUND`, like any tenant the caller cannot see. The key's ability is the
   * route's own `@Can` pair and nothing else.
   */
  private async resolveApiKey(context: ExecutionContext, request: ResolverRequest): Promise<AppAbility> {
    const presented = request.headers?.[API_KEY_HEADER];
    const key = typeof presented === 'string' ? await this.apiKeys.authenticate(presented) : null;
    if (!key) throw new CodedException(HttpStatus.UNAUTHORIZED, ApiKeyErrorCode.ApiKeyInvalid);
    const tenantId = request.params?.tenantId;
    if (!isUuid(tenantId) || key.tenantId !== tenantId.toLowerCase()) {
      throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    }
    const required = this.reflector.getAllAndOverride<RequiredPermission | undefined>(CAN_KEY, [context.getHandler(), context.getClass()]);
    const ability = required ? this.keyAbility(required) : createAppAbility([]);
    request.tenantContext = { tenantId: key.tenantId, actor: apiKeyActor(key.id), membership: null, ability };
    return ability;
  }

  private keyAbility(required: RequiredPermission): AppAbility {
    const cacheKey = `${required.action}\u0000${required.subject}`;
    let ability = this.keyAbilities.get(cacheKey);
    if (!ability) {
      ability = createAppAbility([{ action: required.action, subject: required.subject }]);
      this.keyAbilities.set(cacheKey, ability);
    }
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
