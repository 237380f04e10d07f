import { ConfigurableModuleBuilder } from '@nestjs/common';
import { IdentityModuleOptions } from './identity.options';

export const {
  ConfigurableModuleClass: IdentityConfigurableModule,
  MODULE_OPTIONS_TOKEN: IDENTITY_MODULE_OPTIONS,
  OPTIONS_TYPE: IDENTITY_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: IDENTITY_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<IdentityModuleOptions>()
  .setClassMethodName('forRoot')
  .setExtras({ routes: true }, (definition) => definition)
  .build();

/** Injection token of the resolved (defaulted, validated) identity options. */
export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
