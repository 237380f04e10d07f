import { ConfigurableModuleBuilder } from '@nestjs/common';
import { PermissionsModuleOptions } from './permissions.options';

export const { ConfigurableModuleClass: PermissionsConfigurableModule, MODULE_OPTIONS_TOKEN: PERMISSIONS_MODULE_OPTIONS } =
  new ConfigurableModuleBuilder<PermissionsModuleOptions>().setClassMethodName('forRoot').build();
