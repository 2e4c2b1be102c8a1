import type { BiError } from './messages';
import { decileBoundaries, sortAscending, type PercentileMethod } from './percentile';

/**
 * Sorted BI populations memoised by range content. Excel hands every per-row formula
 * (=ZK.BI.DECILE(B2; B$2:B$10001)) a fresh copy of the whole range, so the key must come from the
 * numbers themselves: their count plus an FNV-1a hash over their 64-bit patterns. A hash hit is
 * confirmed by comparing all numbers, so a collision can never return another range's result.
 * Reading the range stays O(n) per call (Excel already marshalled it); the sort (O(n log n)) and
 * the percentiles run once per distinct content.
 */
export interface SortedPopulation {
  /** Ascending. */
  readonly sorted: Float64Array;
  /** P10…P90 per method, computed on first use. */
  boundaries(method: PercentileMethod): ReadonlyArray<number | BiError>;
}

interface Entry extends SortedPopulation {
  /** The numbers in range order, to confirm a hash hit. */
  readonly values: Float64Array;
}

export interface PopulationCacheOptions {
  /** Distinct ranges kept (least recently used goes first). */
  capacity?: number;
  /** Sorting, injectable so tests can count calls. */
  sort?: (values: Float64Array) => Float64Array;
}

/** Cell values of a range (rows × columns) as Excel passes them: numbers, strings, booleans, null. */
export type RangeValues = ReadonlyArray<ReadonlyArray<unknown>>;

export class PopulationCache {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;
  private readonly sort: (values: Float64Array) => Float64Array;
  private scratch = new Float64Array(1024);

  constructor(options: PopulationCacheOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? 16);
    this.sort = options.sort ?? sortAscending;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The numbers of the range (empty cells, text and booleans ignored, as PERCENTILE does), sorted. */
  fromRange(range: RangeValues): SortedPopulation {
    const count = this.collect(range);
    const key = `${count}:${hashNumbers(this.scratch, count)}`;
    const found = this.entries.get(key);
    if (found && sameNumbers(found.values, this.scratch, count)) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const values = this.scratch.slice(0, count);
    const entry = makeEntry(values, this.sort(values));
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }

  private collect(range: RangeValues): number {
    let count = 0;
    for (const row of range) {
      if (!Array.isArray(row)) continue;
      for (const cell of row) {
        if (typeof cell !== 'number' || !Number.isFinite(cell)) continue;
        if (count === this.scratch.length) {
          const bigger = new Float64Array(this.scratch.length * 2);
          bigger.set(this.scratch);
          this.scratch = bigger;
        }
        this.scratch[count++] = cell;
      }
    }
    return count;
  }
}

function makeEntry(values: Float64Array, sorted: Float64Array): Entry {
  const perMethod = new Map<PercentileMethod, ReadonlyArray<number | BiError>>();
  return {
    values,
    sorted,
    boundaries(method) {
      let result = perMethod.get(method);
      if (!result) {
        result = decileBoundaries(sorted, method);
        perMethod.set(method, result);
      }
      return result;
    },
  };
}

/** FNV-1a over the 32-bit halves of each double. */
function hashNumbers(values: Float64Array, count: number): number {
  const words = new Uint32Array(values.buffer, values.byteOffset, count * 2);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    hash ^= words[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sameNumbers(stored: Float64Array, scratch: Float64Array, count: number): boolean {
  if (stored.length !== count) return false;
  for (let i = 0; i < count; i++) if (stored[i] !== scratch[i]) return false;
  return true;
}
