import type { Aggregation } from '../scoring/score';
import type { RankCandidate } from './candidate';
import { mulberry32 } from './prng';
import type { SelectionConstraints } from './select';

export interface StabilityInput {
  /** Candidates in their ranked order (earlier wins a tie inside a resample). */
  candidates: readonly RankCandidate[];
  /** Per candidate, one row per assessor: that assessor's scores in `items` order. */
  rijen: readonly (readonly (readonly number[])[])[];
  items: readonly string[];
  gewichten: Record<string, number>;
  methode: Aggregation;
}

export interface StabilityOptions {
  resamples: number;
  seed: number;
  constraints: SelectionConstraints;
}

export interface StabilityResult {
  seed: number;
  resamples: number;
  /** Share of resamples in which each application was selected, 0…1. */
  kans: Map<string, number>;
}

/**
 * Bootstrap over assessors: in each resample every application gets k assessors drawn with
 * replacement from its own k, is re-aggregated and re-totalled, and the top N is taken again.
 * Ties inside a resample keep the original order (the full tie-break chain is for the real
 * ranking, not for this estimate).
 */
export function bootstrapStability(input: StabilityInput, options: StabilityOptions): StabilityResult {
  const m = input.items.length;
  const weights = Float64Array.from(input.items, (i) => input.gewichten[i] ?? 0);
  const count = input.candidates.length;
  const flat = input.rijen.map((rows) => Float64Array.from(rows.flat()));
  const sizes = input.rijen.map((rows) => rows.length);
  const hits = new Float64Array(count);
  const totals = new Float64Array(count);
  const rand = mulberry32(options.seed);
  const maxK = Math.max(1, ...sizes);
  const pick = new Int32Array(maxK);
  const buffer = new Float64Array(maxK);
  const useMedian = input.methode === 'mediaan';
  const n = Math.min(options.constraints.n, count);
  const plain = options.constraints.maxPerRegio === undefined && options.constraints.budget === undefined;

  for (let r = 0; r < options.resamples; r++) {
    for (let c = 0; c < count; c++) {
      const k = sizes[c];
      const data = flat[c];
      for (let j = 0; j < k; j++) pick[j] = Math.floor(rand() * k);
      let total = 0;
      for (let i = 0; i < m; i++) {
        let v: number;
        if (useMedian) {
          for (let j = 0; j < k; j++) buffer[j] = data[pick[j] * m + i];
          const part = buffer.subarray(0, k).sort();
          v = k % 2 ? part[k >> 1] : (part[(k >> 1) - 1] + part[k >> 1]) / 2;
        } else {
          let s = 0;
          for (let j = 0; j < k; j++) s += data[pick[j] * m + i];
          v = s / k;
        }
        total += weights[i] * v;
      }
      totals[c] = Math.round(total * 1e9) / 1e9;
    }
    const chosen = plain ? topN(totals, n) : constrainedTop(totals, input.candidates, options.constraints);
    for (const c of chosen) hits[c] += 1;
  }
  const kans = new Map<string, number>();
  input.candidates.forEach((c, i) => kans.set(c.id, options.resamples ? hits[i] / options.resamples : 0));
  return { seed: options.seed, resamples: options.resamples, kans };
}

/** a ranks below b: lower total, or equal total and later in the original order. */
function worse(totals: Float64Array, a: number, b: number): boolean {
  return totals[a] < totals[b] || (totals[a] === totals[b] && a > b);
}

/** Indices of the N best totals with a min-heap of size N: O(count · log N). */
export function topN(totals: Float64Array, n: number): Int32Array {
  const heap = new Int32Array(n);
  let size = 0;
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(totals, heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(totals, heap[l], heap[w])) w = l;
      if (r < size && worse(totals, heap[r], heap[w])) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w], heap[i]];
      i = w;
    }
  };
  for (let c = 0; c < totals.length; c++) {
    if (size < n) {
      heap[size] = c;
      up(size++);
    } else if (n > 0 && worse(totals, heap[0], c)) {
      heap[0] = c;
      down(0);
    }
  }
  return heap.subarray(0, size);
}

function constrainedTop(totals: Float64Array, candidates: readonly RankCandidate[], constraints: SelectionConstraints): number[] {
  const order = Array.from(totals.keys()).sort((a, b) => (worse(totals, a, b) ? 1 : worse(totals, b, a) ? -1 : 0));
  const perRegio = new Map<string, number>();
  const out: number[] = [];
  let spent = 0;
  for (const c of order) {
    if (out.length >= constraints.n) break;
    const { regio, gevraagdBedrag } = candidates[c];
    if (constraints.maxPerRegio !== undefined && regio !== null && (perRegio.get(regio) ?? 0) >= constraints.maxPerRegio) continue;
    if (constraints.budget !== undefined) {
      if (gevraagdBedrag === null || spent + gevraagdBedrag > constraints.budget) continue;
      spent += gevraagdBedrag;
    }
    if (regio !== null) perRegio.set(regio, (perRegio.get(regio) ?? 0) + 1);
    out.push(c);
  }
  return out;
}
