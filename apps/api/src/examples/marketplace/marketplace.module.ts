import { Module } from '@nestjs/common';
import { PermissionsModule } from '@tenant-iam/permissions';
import { MARKETPLACE_CATALOG } from './marketplace.catalog';
import { MarketplaceController } from './marketplace.controller';
import { MarketplaceService } from './marketplace.service';

/**
 * Example product module: a marketplace where only a superadmin (or the owner) may cancel orders
 * or configure the cash register. It adds its subjects to the permission catalogue and guards its
 * routes with `@Can`; tenancy (global) supplies the resolver behind the guard. No tables: see
 * `marketplace.demo-data.ts` and the README beside this file.
 */
@Module({
  imports: [PermissionsModule.forFeature(MARKETPLACE_CATALOG)],
  controllers: [MarketplaceController],
  providers: [MarketplaceService],
})
export class MarketplaceModule {}
