/** Options of {@link PermissionsModule}. Every field is optional. */
export interface PermissionsModuleOptions {
  /**
   * How many compiled abilities `AbilityFactory.build` keeps (by `Grants.cacheKey`); those not
   * asked for longest go first. Default 1 000. A CASL ability holds about 35 KiB of heap for a
   * catalogue of 120 actions (`npm run bench:ability`), so 10 000 entries would be ~350 MiB.
   */
  abilityCacheSize?: number;
}

/** {@link PermissionsModuleOptions} with every default applied. */
export type ResolvedPermissionsOptions = Required<PermissionsModuleOptions>;

/** Default of {@link PermissionsModuleOptions.abilityCacheSize}. */
export const DEFAULT_ABILITY_CACHE_SIZE = 1_000;

/**
 * Applies the defaults and checks the values.
 * @throws Error on a cache size that is not a whole number ≥ 0 (0 turns the cache off).
 */
export function resolvePermissionsOptions(options: PermissionsModuleOptions = {}): ResolvedPermissionsOptions {
  const abilityCacheSize = options.abilityCacheSize ?? DEFAULT_ABILITY_CACHE_SIZE;
  if (!Number.isSafeInteger(abilityCacheSize) || abilityCacheSize < 0) {
    throw new Error(`PermissionsModule: abilityCacheSize must be a whole number ≥ 0, got ${String(options.abilityCacheSize)}`);
  }
  return { abilityCacheSize };
}
