import { AbilityCache } from './ability-cache';

describe('AbilityCache', () => {
  it('returns what was set, and nothing for unknown keys', () => {
    const cache = new AbilityCache<string>(10);
    cache.set('a', 'A');
    expect(cache.get('a')).toBe('A');
    expect(cache.get('b')).toBeUndefined();
  });

  it('never holds more than its capacity', () => {
    for (const capacity of [1, 2, 3, 4, 10, 101]) {
      const cache = new AbilityCache<number>(capacity);
      for (let i = 0; i < capacity * 5; i++) {
        cache.set(`k${i}`, i);
        if (i % 3 === 0) cache.get(`k${i - 1}`);
        expect(cache.size).toBeLessThanOrEqual(capacity);
      }
      expect(cache.size).toBeGreaterThan(0);
    }
  });

  it('keeps what is in use and drops the oldest unused entries', () => {
    const cache = new AbilityCache<string>(4);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C'); // a and b age
    expect(cache.get('a')).toBe('A'); // a is young again
    cache.set('d', 'D');
    cache.set('e', 'E'); // c, a, d... : b is dropped, a survives
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('e')).toBe('E');
  });

  it('with capacity 0 keeps nothing, with capacity 1 the last entry', () => {
    const none = new AbilityCache<string>(0);
    none.set('a', 'A');
    expect(none.get('a')).toBeUndefined();
    const one = new AbilityCache<string>(1);
    one.set('a', 'A');
    one.set('b', 'B');
    expect(one.get('a')).toBeUndefined();
    expect(one.get('b')).toBe('B');
  });
});
