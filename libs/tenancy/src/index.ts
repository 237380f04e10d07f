/**
 * `@tenant-iam/tenancy`: organisations with an owner, members with roles, client companies. It builds on
 * identity (accounts, the auth guard) and never the other way round.
 */
export * from './tenancy.module';
export * from './tenancy.options';
export { TENANCY_ENTITIES } from './tenancy.entities';
export { TENANCY_MIGRATIONS } from './tenancy.migrations';
export { MembershipRole, MembershipStatus } from './memberships/membership.entity';
