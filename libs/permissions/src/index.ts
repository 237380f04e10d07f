/** `@tenant-iam/permissions`: public face of the permissions lib. */
export * from './permissions.module';
export * from './permissions.options';
export * from './catalog/catalog.types';
export { PermissionCatalog } from './catalog/permission-catalog';
export { RolePreset } from './ability/role-preset';
export { AbilityFactory } from './ability/ability.factory';
export type { AppAbility, Grants } from './ability/ability.factory';
export { AbilityResolver } from './guard/ability-resolver';
export { Can, CAN_KEY } from './guard/can.decorator';
export type { RequiredPermission } from './guard/can.decorator';
export { PermissionsGuard } from './guard/permissions.guard';
export { accessibleSql } from './sql/accessible-sql';
export type { SqlCondition } from './sql/accessible-sql';
