import { Injectable } from '@nestjs/common';
import type { MongoAbility } from '@casl/ability';
import type { PermissionRule } from '../catalog/catalog.types';
import { RolePreset } from './role-preset';

/** The ability of one caller in one scope: CASL, subjects named by strings. */
export type AppAbility = MongoAbility<[string, string | Record<string, unknown>]>;

/** What an ability is built from: a role preset, a permission set, and what the scope adds. */
export interface Grants {
  role: RolePreset;
  /** The caller's permission set; null when the preset alone decides. */
  permissionSet: { full: boolean; rules: PermissionRule[] } | null;
  /** Rules the scope adds (e.g. inviting when a tenant lets members invite). Flags still apply. */
  extraRules?: PermissionRule[];
  /** The client companies of a `client`: their rules on company-scoped subjects are limited to these. */
  companyIds?: string[];
  /** When given, the compiled ability is cached under this key; it must change whenever an input does. */
  cacheKey?: string;
}

/** Builds abilities from grants over the catalogue. STUB: implemented in the permissions work. */
@Injectable()
export class AbilityFactory {
  build(_grants: Grants): AppAbility {
    throw new Error('not implemented');
  }
}
