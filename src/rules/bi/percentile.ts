import { biError, type BiError } from './messages';

/**
 * Percentiles on an ascending array, the way spreadsheets compute them.
 * - `inc`: Excel PERCENTILE.INC — rank h = k·(n−1) (0-based), linear interpolation; k in 0…1.
 * - `exc`: Excel PERCENTILE.EXC — rank h = k·(n+1) (1-based), linear interpolation;
 *   `#NUM!` when k < 1/(n+1) or k > n/(n+1).
 * - `nearest`: nearest rank — the ⌈k·n⌉-th smallest value (the smallest for k = 0).
 * Every function returns a number or a BiError value; none throws.
 */
export type PercentileMethod = 'inc' | 'exc' | 'nearest';

export const PERCENTILE_METHODS: Readonly<Record<PercentileMethod, { label: string; percentile: (sorted: ArrayLike<number>, k: number) => number | BiError }>> = {
  inc: { label: 'PERCENTILE.INC (Excel-standaard, rang k·(n−1), lineair geïnterpoleerd)', percentile: percentileInc },
  exc: { label: 'PERCENTILE.EXC (rang k·(n+1), lineair geïnterpoleerd)', percentile: percentileExc },
  nearest: { label: 'dichtstbijzijnde rang (de ⌈k·n⌉-de waarde, geen interpolatie)', percentile: percentileNearestRank },
};

/** Ranks that land within this distance of a whole number are that whole number (0.07·100 = 7.000000000000001). */
const RANK_SNAP = 1e-9;

function snapRank(h: number): number {
  const whole = Math.round(h);
  return Math.abs(h - whole) <= RANK_SNAP * Math.max(1, Math.abs(h)) ? whole : h;
}

/** Value at 0-based fractional rank h (0 ≤ h ≤ n−1), linearly interpolated between neighbours. */
function interpolate(sorted: ArrayLike<number>, h: number): number {
  const low = Math.floor(h);
  if (low >= sorted.length - 1) return sorted[sorted.length - 1];
  const fraction = h - low;
  const a = sorted[low];
  return fraction === 0 ? a : a + fraction * (sorted[low + 1] - a);
}

function checkCommon(sorted: ArrayLike<number>, k: number): BiError | null {
  if (sorted.length === 0) return biError('geenGetallen');
  if (!(k >= 0 && k <= 1)) return biError('kBuitenNulEen', k);
  return null;
}

export function percentileInc(sorted: ArrayLike<number>, k: number): number | BiError {
  const error = checkCommon(sorted, k);
  if (error) return error;
  return interpolate(sorted, snapRank(k * (sorted.length - 1)));
}

export function percentileExc(sorted: ArrayLike<number>, k: number): number | BiError {
  const error = checkCommon(sorted, k);
  if (error) return error;
  const n = sorted.length;
  const h = snapRank(k * (n + 1));
  if (h < 1 || h > n) return biError('kBuitenExc', k, n);
  return interpolate(sorted, h - 1);
}

export function percentileNearestRank(sorted: ArrayLike<number>, k: number): number | BiError {
  const error = checkCommon(sorted, k);
  if (error) return error;
  const rank = Math.max(1, Math.ceil(snapRank(k * sorted.length)));
  return sorted[rank - 1];
}

export function percentile(sorted: ArrayLike<number>, k: number, method: PercentileMethod): number | BiError {
  return PERCENTILE_METHODS[method].percentile(sorted, k);
}

/** A sorted copy, ascending (typed-array sort: numeric, no comparator needed). */
export function sortAscending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Decile boundaries P10, P20, …, P90 (nine entries; an entry is an error when the method cannot give it). */
export function decileBoundaries(sorted: ArrayLike<number>, method: PercentileMethod): Array<number | BiError> {
  const boundaries: Array<number | BiError> = [];
  for (let d = 1; d <= 9; d++) boundaries.push(percentile(sorted, d / 10, method));
  return boundaries;
}

/**
 * A practice's decile: the smallest d with value ≤ P(10·d), else 10. Boundaries must be numbers
 * (P10…P90, ascending); a value equal to a boundary belongs to the lower decile.
 */
export function decileOf(value: number, boundaries: ArrayLike<number>): number {
  for (let d = 1; d <= boundaries.length; d++) {
    if (value <= boundaries[d - 1]) return d;
  }
  return boundaries.length + 1;
}
