import { ConfigurableModuleBuilder } from '@nestjs/common';
import { TenancyModuleOptions } from './tenancy.options';

export const { ConfigurableModuleClass: TenancyConfigurableModule, MODULE_OPTIONS_TOKEN: TENANCY_MODULE_OPTIONS } =
  new ConfigurableModuleBuilder<TenancyModuleOptions>().setClassMethodName('forRoot').build();
