import type { BiError } from './messages';
import { decileBoundaries, sortAscending, type PercentileMethod } from './percentile';

/**
 * Sorted BI populations memoised by range content. Excel hands every per-row formula
 * (=ZK.BI.DECILE(B2; B$2:B$10001)) a fresh copy of the whole range, so the key must come from the
 * numbers themselves. One pass over the range collects the numbers and, at the same time, compares
 * them with the most recently used population (the usual case: the next row's formula over the
 * same range). Otherwise the key is the count, sum and sum of squares, and a hit is confirmed by
 * comparing all numbers, so a collision can never return another range's result.
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

/**
 * Builtins held in module constants: inside a vm context (jest) every global lookup goes through
 * an interceptor, which made a 10,000-cell scan 40× slower there.
 */
const isArray = Array.isArray;

export class PopulationCache {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;
  private readonly sort: (values: Float64Array) => Float64Array;
  private scratch = new Float64Array(1024);
  private recent: Entry | null = null;
  /** How often a range was sorted (a miss) and found (a hit); for tests and the benchmark. */
  readonly stats = { sorts: 0, hits: 0 };

  constructor(options: PopulationCacheOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? 16);
    this.sort = options.sort ?? sortAscending;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The numbers of the range (empty cells, text and booleans ignored, as PERCENTILE does), sorted. */
  fromRange(range: RangeValues): SortedPopulation {
    const scan = this.collect(range);
    if (scan.sameAsRecent) {
      this.stats.hits++;
      return this.recent as Entry;
    }
    const key = `${scan.count}:${scan.sum}:${scan.squares}`;
    const found = this.entries.get(key);
    if (found && sameNumbers(found.values, this.scratch, scan.count)) {
      this.entries.delete(key);
      this.entries.set(key, found);
      this.recent = found;
      this.stats.hits++;
      return found;
    }
    const values = this.scratch.slice(0, scan.count);
    const entry = makeEntry(values, this.sort(values.slice()));
    this.stats.sorts++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.recent = entry;
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.recent = null;
  }

  /** Indexed loops on purpose: this runs once per formula call over the whole range. */
  private collect(range: RangeValues): { count: number; sum: number; squares: number; sameAsRecent: boolean } {
    const recent = this.recent?.values;
    let same = recent !== undefined;
    let count = 0;
    let sum = 0;
    let squares = 0;
    for (let r = 0; r < range.length; r++) {
      const row = range[r];
      if (!isArray(row)) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        // `cell - cell === 0` is false for NaN and ±Infinity (and avoids a builtin call per cell).
        if (typeof cell !== 'number' || cell - cell !== 0) continue;
        if (count === this.scratch.length) this.grow();
        if (same && (count >= (recent as Float64Array).length || (recent as Float64Array)[count] !== cell)) same = false;
        this.scratch[count++] = cell;
        sum += cell;
        squares += cell * cell;
      }
    }
    return { count, sum, squares, sameAsRecent: same && count === (recent as Float64Array).length };
  }

  private grow(): void {
    const bigger = new Float64Array(this.scratch.length * 2);
    bigger.set(this.scratch);
    this.scratch = bigger;
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

function sameNumbers(stored: Float64Array, scratch: Float64Array, count: number): boolean {
  if (stored.length !== count) return false;
  for (let i = 0; i < count; i++) if (stored[i] !== scratch[i]) return false;
  return true;
}
