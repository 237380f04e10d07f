import { Module } from '@nestjs/common';
import { TenancyConfigurableModule } from './tenancy.module-definition';

/** The tenancy lib, mountable with `forRoot`/`forRootAsync`; its features land in later issues. */
@Module({})
export class TenancyModule extends TenancyConfigurableModule {}
