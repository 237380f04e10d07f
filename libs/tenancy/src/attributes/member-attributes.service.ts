import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException } from '@tenant-iam/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActivityLog } from '../activity/activity-log.service';
import { isUuid } from '../common/uuid';
import type { TenantContext } from '../context/tenant-context';
import { MembershipEntity } from '../memberships/membership.entity';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { MemberErrorCode } from '../members/member-error-code';
import { TenancyErrorCode } from '../tenancy-error-code';
import { TenantsRepository } from '../tenants/tenants.repository';
import { AttributeErrorCode as E } from './attribute-error-code';
import type { MemberAttributeInput, MemberAttributeValue } from './member-attribute.types';
import { MemberAttributeWrites } from './member-attribute-writes';
import { MemberAttributes } from './member-attributes';
import { MemberAttributesRepository } from './member-attributes.repository';

/** Who acts in which tenant. */
export type AttributesActor = Pick<TenantContext, 'tenantId' | 'actor'>;

/** Most candidates one {@link MemberAttributesService.takeFirstFree} call may offer. */
export const ATTRIBUTE_CANDIDATES_MAX = 10_000;

/**
 * Member attributes for product modules: a product route (guarded by its own `@Can`) sets a
 * member's values, or gives them the first free value of a pool, with the same validation,
 * uniqueness and activity entry as `PATCH /members`. Unlike that route it leaves roles and rights
 * alone, so the member invariants (not oneself, not the owner) are not its rules: who may change
 * which attribute is the product's decision, made by its route.
 */
@Injectable()
export class MemberAttributesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly writes: MemberAttributeWrites,
    private readonly registry: MemberAttributes,
    private readonly repository: MemberAttributesRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
  ) {}

  /**
   * The attributes of a member of the tenant, or null when there is no such member. No ability
   * check: for the product's own routes about the caller, or after the route checked its rules.
   */
  async read(tenantId: string, memberId: string): Promise<Record<string, unknown> | null> {
    if (!isUuid(tenantId) || !isUuid(memberId)) return null;
    return (await this.memberships.findInTenant(tenantId, memberId))?.attributes ?? null;
  }

  /**
   * Changes some attributes of a member, key by key (`null` removes one); returns them all.
   * @throws `MEMBER_NOT_FOUND` (404); `VALIDATION_FAILED` (422, `attributes.<name>`); `ATTRIBUTE_TAKEN` (409)
   */
  set(ctx: AttributesActor, memberId: string, patch: Record<string, MemberAttributeInput>): Promise<Record<string, unknown>> {
    return this.write(ctx, memberId, async () => patch);
  }

  /**
   * Gives the member the first of `candidates` (in their order) that no other member of the tenant
   * holds for the unique attribute `name`, chosen under the tenant's lock so concurrent calls never
   * pick the same one (and the database's key would refuse it if they did). A member who already
   * holds one of the candidates keeps it (a repeated call changes nothing). Returns the value held.
   * @throws `MEMBER_NOT_FOUND` (404); `ATTRIBUTE_POOL_EXHAUSTED` (409); Error for a name that is not a unique attribute
   */
  async takeFirstFree(ctx: AttributesActor, memberId: string, name: string, candidates: readonly string[]): Promise<string> {
    const definition = this.registry.get(name);
    if (!definition?.unique) throw new Error(`MemberAttributesService.takeFirstFree: "${name}" is not a unique member attribute`);
    if (candidates.length > ATTRIBUTE_CANDIDATES_MAX) {
      throw new Error(`MemberAttributesService.takeFirstFree: at most ${ATTRIBUTE_CANDIDATES_MAX} candidates`);
    }
    let taken = '';
    await this.write(ctx, memberId, async (m, tenantId, current) => {
      const held = current[name];
      if (held !== undefined && candidates.includes(String(held))) {
        taken = String(held);
        return {};
      }
      const free = await this.repository.firstFree(m, tenantId, name, candidates);
      if (free === null) throw new CodedException(HttpStatus.CONFLICT, E.AttributePoolExhausted, { name });
      taken = free;
      return { [name]: (definition.type === 'number' ? Number(free) : free) as MemberAttributeValue };
    });
    return taken;
  }

  /** One transaction: the tenant's lock (which orders every member write), the member's row, the change, its entry. */
  private async write(
    ctx: AttributesActor,
    memberId: string,
    patchOf: (m: EntityManager, tenantId: string, current: Record<string, unknown>) => Promise<Record<string, MemberAttributeInput>>,
  ): Promise<Record<string, unknown>> {
    if (!isUuid(memberId)) throw new CodedException(HttpStatus.NOT_FOUND, MemberErrorCode.MemberNotFound);
    return this.dataSource.transaction(async (m) => {
      const tenant = isUuid(ctx.tenantId) ? await this.tenants.lockForUpdate(ctx.tenantId, m) : null;
      if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
      const target = await this.memberships.lockInTenant(tenant.id, memberId, m);
      if (!target) throw new CodedException(HttpStatus.NOT_FOUND, MemberErrorCode.MemberNotFound);
      const patch = await patchOf(m, tenant.id, target.attributes);
      const { attributes, changed } = this.writes.resolve(patch, target.attributes);
      await this.apply(m, target, attributes, changed, ctx);
      return attributes;
    });
  }

  private async apply(
    m: EntityManager,
    target: MembershipEntity,
    attributes: Record<string, unknown>,
    changed: string[],
    ctx: AttributesActor,
  ): Promise<void> {
    if (!changed.length) return;
    await this.writes.persist(m, target.tenantId, target.id, target.attributes, attributes);
    await this.memberships.update(target.tenantId, target.id, { attributes, updatedAt: this.clock.now() }, m);
    await this.activity.record(m, {
      tenantId: target.tenantId,
      actor: ctx.actor,
      action: 'member.attributes_changed',
      target: { type: 'member', id: target.id, userId: target.userId },
      data: { names: changed },
    });
  }
}
