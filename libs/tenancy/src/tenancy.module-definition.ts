import { ConfigurableModuleBuilder } from '@nestjs/common';
import { TenancyModuleOptions } from './tenancy.options';

export const {
  ConfigurableModuleClass: TenancyConfigurableModule,
  MODULE_OPTIONS_TOKEN: TENANCY_MODULE_OPTIONS,
  OPTIONS_TYPE: TENANCY_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: TENANCY_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<TenancyModuleOptions>()
  .setClassMethodName('forRoot')
  // Global by default: product modules guard their routes with `@Can`, whose guard needs the
  // tenant resolver, and record activity through the one log.
  .setExtras({ isGlobal: true }, (definition, extras) => ({ ...definition, global: extras.isGlobal }))
  .build();
