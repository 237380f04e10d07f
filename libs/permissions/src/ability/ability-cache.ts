/**
 * A bounded map, least recently used entry out first. Plain `Map` insertion order does the
 * bookkeeping: a hit moves its key to the end, an insert past the bound drops the first key.
 */
export class AbilityCache<V> {
  private readonly entries = new Map<string, V>();

  /** @param capacity how many entries to keep; 0 keeps none. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
