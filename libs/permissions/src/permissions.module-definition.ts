import { ConfigurableModuleBuilder } from '@nestjs/common';
import { PermissionsModuleOptions } from './permissions.options';

export const {
  ConfigurableModuleClass: PermissionsConfigurableModule,
  MODULE_OPTIONS_TOKEN: PERMISSIONS_MODULE_OPTIONS,
  OPTIONS_TYPE: PERMISSIONS_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: PERMISSIONS_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<PermissionsModuleOptions>()
  .setClassMethodName('forRoot')
  // Global by default: one catalogue and one ability factory for every module that guards routes.
  .setExtras({ isGlobal: true }, (definition, extras) => ({ ...definition, global: extras.isGlobal }))
  .build();

/** Injection token of the resolved (defaulted, validated) permissions options. */
export const PERMISSIONS_OPTIONS = Symbol('PERMISSIONS_OPTIONS');
