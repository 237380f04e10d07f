import { Module } from '@nestjs/common';
import { PermissionsModule } from '@tenant-iam/permissions';
import { INSOLVENCY_SEARCH_CATALOG } from './insolvency-search.catalog';
import { InsolvencySearchController } from './insolvency-search.controller';
import { InsolvencySearchService } from './insolvency-search.service';

/**
 * Example product module: an insolvency-list search sold by subscription. One metered route,
 * open to members and to the organisation's API key, consuming the shared monthly pool. Fixed
 * demo data, no tables, no external calls: see the README beside this file.
 */
@Module({
  imports: [PermissionsModule.forFeature(INSOLVENCY_SEARCH_CATALOG)],
  controllers: [InsolvencySearchController],
  providers: [InsolvencySearchService],
})
export class InsolvencySearchModule {}
