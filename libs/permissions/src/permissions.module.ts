import { Module } from '@nestjs/common';
import { PermissionsConfigurableModule } from './permissions.module-definition';

/** The permissions lib, mountable with `forRoot`/`forRootAsync`; its features land in later issues. */
@Module({})
export class PermissionsModule extends PermissionsConfigurableModule {}
