import { ConfigurableModuleBuilder } from '@nestjs/common';
import { IdentityModuleOptions } from './identity.options';

export const {
  ConfigurableModuleClass: IdentityConfigurableModule,
  MODULE_OPTIONS_TOKEN: IDENTITY_MODULE_OPTIONS,
  OPTIONS_TYPE: IDENTITY_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: IDENTITY_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<IdentityModuleOptions>()
  .setClassMethodName('forRoot')
  // Global by default: tenancy and product modules inject `IdentityUsers`, `JwtAuthGuard` and the
  // password services without importing the dynamic module (there is one identity per app).
  // `routes` is applied by `IdentityModule` itself (it picks the controllers).
  .setExtras({ routes: true, isGlobal: true }, (definition, extras) => ({ ...definition, global: extras.isGlobal }))
  .build();

/** Injection token of the resolved (defaulted, validated) identity options. */
export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
