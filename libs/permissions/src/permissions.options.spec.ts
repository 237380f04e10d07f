import { DEFAULT_ABILITY_CACHE_SIZE, resolvePermissionsOptions } from './permissions.options';

describe('resolvePermissionsOptions', () => {
  it('applies the defaults', () => {
    expect(resolvePermissionsOptions({})).toEqual({ abilityCacheSize: DEFAULT_ABILITY_CACHE_SIZE });
    expect(resolvePermissionsOptions()).toEqual({ abilityCacheSize: 1_000 });
  });

  it('keeps a valid cache size, 0 included', () => {
    expect(resolvePermissionsOptions({ abilityCacheSize: 0 }).abilityCacheSize).toBe(0);
    expect(resolvePermissionsOptions({ abilityCacheSize: 50_000 }).abilityCacheSize).toBe(50_000);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a cache size of %p', (abilityCacheSize) => {
    expect(() => resolvePermissionsOptions({ abilityCacheSize })).toThrow(/abilityCacheSize must be a whole number/);
  });
});
