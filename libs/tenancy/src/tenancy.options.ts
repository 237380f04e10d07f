/**
 * Options of {@link TenancyModule}. None yet: plans, seat limits and the invitation lifetime arrive
 * with the tenant routes that use them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TenancyModuleOptions {}
