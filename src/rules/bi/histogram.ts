import type { BiResult } from './behandelindex';

export interface HistogramBin {
  /** Inclusive lower edge. */
  van: number;
  /** Exclusive upper edge. */
  tot: number;
  aantal: number;
}

/**
 * BI histogram of the population (practices with a decile), in bins of `breedte` starting at a
 * multiple of it — what the BI tab draws, with the threshold marked separately.
 */
export function biHistogram(result: Pick<BiResult, 'praktijken'>, breedte = 5): HistogramBin[] {
  const values = result.praktijken.filter((p) => p.deciel !== null && p.bi !== null).map((p) => p.bi as number);
  if (values.length === 0 || !(breedte > 0)) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const start = Math.floor(min / breedte) * breedte;
  const count = Math.floor((max - start) / breedte) + 1;
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({ van: start + i * breedte, tot: start + (i + 1) * breedte, aantal: 0 }));
  for (const v of values) bins[Math.min(count - 1, Math.floor((v - start) / breedte))].aantal++;
  return bins;
}
