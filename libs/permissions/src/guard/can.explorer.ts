import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PermissionCatalog } from '../catalog/permission-catalog';
import { CAN_KEY, type RequiredPermission } from './can.constants';

/** One `@Can(...)` found on a controller or one of its handlers. */
export interface DiscoveredCan extends RequiredPermission {
  /** `Controller` or `Controller.method`, for the error message. */
  owner: string;
}

/**
 * The pairs of `discovered` the catalogue does not know, as messages.
 * Deny-by-default at boot: an uncatalogued pair is a route nobody (or, after a careless fix, everybody) may call.
 */
export function uncataloguedPairs(catalog: PermissionCatalog, discovered: readonly DiscoveredCan[]): string[] {
  return discovered
    .filter((can) => !catalog.action(can.subject, can.action))
    .map((can) =>
      catalog.subject(can.subject)
        ? `${can.owner}: @Can('${can.action}', '${can.subject}'): subject "${can.subject}" has no action "${can.action}"`
        : `${can.owner}: @Can('${can.action}', '${can.subject}'): no subject "${can.subject}" in the permission catalogue`,
    );
}

/** Finds every `@Can` of every controller at boot and refuses pairs the catalogue does not hold. */
@Injectable()
export class CanExplorer implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly catalog: PermissionCatalog,
  ) {}

  onModuleInit(): void {
    const problems = uncataloguedPairs(this.catalog, this.discover());
    if (problems.length)
      throw new Error(
        `PermissionsModule: @Can names what the catalogue does not hold (register it with forFeature): ${problems.join('; ')}`,
      );
  }

  /** Every `@Can` on the app's controllers. */
  discover(): DiscoveredCan[] {
    const found: DiscoveredCan[] = [];
    const seen = new Set<unknown>();
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!type || seen.has(type)) continue;
      seen.add(type);
      const onClass = Reflect.getMetadata(CAN_KEY, type) as RequiredPermission | undefined;
      if (onClass) found.push({ ...onClass, owner: type.name });
      const prototype = type.prototype as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        if (typeof handler !== 'function') continue;
        const required = Reflect.getMetadata(CAN_KEY, handler) as RequiredPermission | undefined;
        if (required) found.push({ ...required, owner: `${type.name}.${method}` });
      }
    }
    return found;
  }
}
