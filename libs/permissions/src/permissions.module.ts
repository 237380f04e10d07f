import { DynamicModule, Module } from '@nestjs/common';
import { AbilityFactory } from './ability/ability.factory';
import type { CatalogSubject } from './catalog/catalog.types';
import { PermissionCatalog } from './catalog/permission-catalog';
import { PermissionsConfigurableModule } from './permissions.module-definition';

/** The permissions lib, mountable with `forRoot`/`forRootAsync` (global). STUB of the public face. */
@Module({ providers: [PermissionCatalog, AbilityFactory], exports: [PermissionCatalog, AbilityFactory] })
export class PermissionsModule extends PermissionsConfigurableModule {
  /** Adds subjects to the catalogue. STUB. */
  static forFeature(_subjects: CatalogSubject[]): DynamicModule {
    return { module: PermissionsModule };
  }
}
