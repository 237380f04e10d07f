import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AbilityFactory } from './ability/ability.factory';
import type { CatalogSubject } from './catalog/catalog.types';
import { PermissionCatalog } from './catalog/permission-catalog';
import { PermissionsFeature } from './catalog/permissions-feature';
import { CanExplorer } from './guard/can.explorer';
import { PERMISSIONS_MODULE_OPTIONS, PERMISSIONS_OPTIONS, PermissionsConfigurableModule } from './permissions.module-definition';
import { PermissionsModuleOptions, resolvePermissionsOptions } from './permissions.options';

/** Holds the providers of one `forFeature` call; never imported directly. */
@Module({})
export class PermissionsFeatureModule {}

let featureCount = 0;

/**
 * The permission catalogue, the role presets and the ability factory. Mount once with
 * `forRoot`/`forRootAsync` (global unless `isGlobal: false`); each lib or product module adds
 * its subjects with `forFeature`. At boot the catalogue is checked, and so is every `@Can` of
 * every controller against it.
 *
 * `@Can` routes need an {@link AbilityResolver} provider visible from the module of their
 * controller (tenancy provides it): `PermissionsGuard` is built there, by Nest, for each such
 * module, which is why this module does not instantiate it itself.
 *
 * @example
 * imports: [PermissionsModule.forRoot({}), PermissionsModule.forFeature(ORDERS_CATALOG)]
 */
@Module({
  imports: [DiscoveryModule],
  providers: [
    {
      provide: PERMISSIONS_OPTIONS,
      useFactory: (options: PermissionsModuleOptions) => resolvePermissionsOptions(options),
      inject: [PERMISSIONS_MODULE_OPTIONS],
    },
    PermissionCatalog,
    AbilityFactory,
    CanExplorer,
  ],
  exports: [PermissionCatalog, AbilityFactory],
})
export class PermissionsModule extends PermissionsConfigurableModule {
  /**
   * Adds subjects to the catalogue. Subject names are global: a subject registered twice, an
   * action listed twice or an action both `ownerOnly` and `superadminOnly` stops the boot.
   *
   * @example
   * imports: [PermissionsModule.forFeature([{ subject: 'Order', label, companyScoped: true, actions: [...] }])]
   */
  static forFeature(subjects: CatalogSubject[]): DynamicModule {
    // A distinct token per call: Nest deduplicates dynamic modules whose metadata hash alike, and
    // two modules registering the same subject must collide loudly rather than be merged silently.
    featureCount += 1;
    return {
      module: PermissionsFeatureModule,
      providers: [{ provide: `PermissionsFeature#${featureCount}`, useValue: new PermissionsFeature(subjects) }],
    };
  }
}
