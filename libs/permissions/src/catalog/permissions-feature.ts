import type { CatalogSubject } from './catalog.types';

/**
 * What one `PermissionsModule.forFeature(...)` call contributes. Instances are found at boot with
 * Nest's DiscoveryService, so any number of libs and product modules register without knowing
 * each other.
 */
export class PermissionsFeature {
  constructor(readonly subjects: readonly CatalogSubject[]) {}
}
