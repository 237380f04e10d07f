import type { MemberAttributeDefinition } from './member-attribute.types';

/**
 * What one `TenancyModule.forFeature({ memberAttributes })` call contributes. Instances are found at
 * boot with Nest's DiscoveryService, so product modules declare attributes without knowing each other.
 */
export class MemberAttributesFeature {
  constructor(readonly definitions: readonly MemberAttributeDefinition[]) {}
}
