/**
 * `@tenant-iam/permissions`: the permission catalogue (subjects, actions, labels, flags) that
 * libs and product modules extend, the role presets, the CASL ability factory, `@Can` with its
 * guard over the {@link AbilityResolver} port, and abilities translated to SQL for lists. It knows
 * nothing of tenants or accounts.
 */
export * from './permissions.module';
export * from './permissions.options';
export { PERMISSIONS_OPTIONS } from './permissions.module-definition';
export * from './permissions-error-code';
export * from './permissions.messages';
export * from './catalog/catalog.types';
export { PermissionCatalog } from './catalog/permission-catalog';
export { PermissionsFeature } from './catalog/permissions-feature';
export { CONDITION_OPERATORS } from './catalog/rule-conditions';
export * from './catalog/dto/permission-catalog.response';
export * from './catalog/dto/permission-rule.dto';
export { RolePreset } from './ability/role-preset';
export { AbilityFactory, COMPANY_FIELD, createAppAbility } from './ability/ability.factory';
export type { AppAbility, Grants } from './ability/ability.factory';
export { subjectOf } from './ability/subject-of';
export { AbilityResolver } from './guard/ability-resolver';
export { Can, CAN_KEY } from './guard/can.decorator';
export type { RequiredPermission } from './guard/can.decorator';
export { PermissionsGuard } from './guard/permissions.guard';
export { accessibleSql } from './sql/accessible-sql';
export type { SqlCondition } from './sql/accessible-sql';
