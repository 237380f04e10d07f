import { Module } from '@nestjs/common';
import { MyTenantsController } from './me/my-tenants.controller';
import { MyTenantsService } from './me/my-tenants.service';
import { MembershipsRepository } from './memberships/memberships.repository';
import { TenancyConfigurableModule } from './tenancy.module-definition';

/**
 * The tenancy lib, mountable with `forRoot`/`forRootAsync`. So far it holds the data model of
 * organisations, memberships and client companies, and `GET /me/tenants`; the tenant routes land
 * with the issues that build them. Needs the identity lib's guard (a global `JwtAuthGuard`).
 */
@Module({
  controllers: [MyTenantsController],
  providers: [MembershipsRepository, MyTenantsService],
})
export class TenancyModule extends TenancyConfigurableModule {}
