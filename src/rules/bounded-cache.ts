/**
 * A memo for answers that depend only on their key (a text, a date, a count, a list of them):
 * screening and import ask the same few keys for every row of a file. Emptied when it holds
 * `max` keys, so a session that reads file after file never grows it without bound; after that
 * the answers are simply worked out again. One class, so every memo of the rules and the import
 * forgets the same way.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** For a memo whose answer may itself be undefined. */
  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Keeps `value` for `key` (emptying the memo first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}
