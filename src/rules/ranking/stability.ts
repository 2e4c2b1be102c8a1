import type { Aggregation } from '../scoring/score';
import { type RankCandidate, type RankSettings, round9 } from './candidate';
import { hashString, mulberry32, resampleSeed } from './prng';
import { type SelectionConstraints, constraintWalk } from './select';
import { resolveTieBreaks } from './tiebreaks';

export interface StabilityInput {
  /** Candidates in their ranked order. */
  candidates: readonly RankCandidate[];
  /** Per candidate, one row per assessor: that assessor's scores in `items` order. */
  rijen: readonly (readonly (readonly number[])[])[];
  items: readonly string[];
  /** Weights, groups and the tie-break chain of the real ranking; its seed is not used here. */
  rangschikking: Omit<RankSettings, 'seed'>;
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

/** One resample's ordering data: totals, tie-break values (NaN = unknown) and lazy lottery tickets. */
interface Keys {
  totals: Float64Array;
  /** count × steps, row-major; group steps are recomputed per resample, the others are constant. */
  values: Float64Array;
  steps: number;
  higherIsBetter: Uint8Array;
  tickets: Float64Array;
  idHashes: Uint32Array;
  lotterySeed: number;
}

/**
 * Bootstrap over assessors: in each resample every application gets k assessors drawn with
 * replacement from its own k, is re-aggregated and re-totalled, and the top N is taken again.
 * Equal totals inside a resample are decided as in the real ranking: the same tie-break chain
 * (group scores recomputed from the resample) and then a lottery whose seed is derived from the
 * run's seed and the resample number, so the result is deterministic for a seed.
 */
export function bootstrapStability(input: StabilityInput, options: StabilityOptions): StabilityResult {
  const m = input.items.length;
  const { gewichten, groepen } = input.rangschikking;
  const weights = Float64Array.from(input.items, (i) => gewichten[i] ?? 0);
  const count = input.candidates.length;
  const flat = input.rijen.map((rows) => Float64Array.from(rows.flat()));
  const sizes = input.rijen.map((rows) => rows.length);

  const chain = resolveTieBreaks({ ...input.rangschikking, seed: 0 });
  const steps = chain.length;
  // Per item, the chain steps whose group it belongs to (an item may feed one group only).
  const stepOfItem = Int32Array.from(input.items, (i) => chain.findIndex((t) => t.groep !== undefined && t.groep === groepen[i]));
  const keys: Keys = {
    totals: new Float64Array(count),
    values: new Float64Array(count * steps),
    steps,
    higherIsBetter: Uint8Array.from(chain, (t) => (t.hogerIsBeter ? 1 : 0)),
    tickets: new Float64Array(count),
    idHashes: Uint32Array.from(input.candidates, (c) => hashString(c.id)),
    lotterySeed: 0,
  };
  const fullSettings = { ...input.rangschikking, seed: 0 };
  input.candidates.forEach((c, ci) =>
    chain.forEach((t, s) => {
      if (t.groep === undefined) keys.values[ci * steps + s] = t.value(c, fullSettings) ?? NaN;
    }),
  );
  const groupSteps = Int32Array.from(chain.map((t, s) => (t.groep !== undefined ? s : -1)).filter((s) => s >= 0));
  const g = groupSteps.length;

  const hits = new Float64Array(count);
  const rand = mulberry32(options.seed);
  const maxK = Math.max(1, ...sizes);
  const pick = new Int32Array(maxK);
  const buffer = new Float64Array(maxK);
  const useMedian = input.methode === 'mediaan';
  const n = Math.min(options.constraints.n, count);
  const quality = options.constraints.minimumKwaliteit;
  const minItem = quality?.minItemScore;
  const minTotal = quality?.minTotaal;
  const plain = options.constraints.maxPerRegio === undefined && options.constraints.budget === undefined && !quality;
  // Per resample: 1 when the candidate falls below the team's minimum quality (never selected then).
  const below = new Uint8Array(count);

  for (let r = 0; r < options.resamples; r++) {
    keys.lotterySeed = resampleSeed(options.seed, r);
    keys.tickets.fill(NaN);
    for (let c = 0; c < count; c++) {
      const k = sizes[c];
      const data = flat[c];
      const row = c * steps;
      for (let x = 0; x < g; x++) keys.values[row + groupSteps[x]] = 0;
      for (let j = 0; j < k; j++) pick[j] = Math.floor(rand() * k);
      let total = 0;
      below[c] = 0;
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
        if (minItem !== undefined && round9(v) < minItem) below[c] = 1;
        const step = stepOfItem[i];
        if (step >= 0) keys.values[row + step] += weights[i] * v;
      }
      keys.totals[c] = round9(total);
      if (minTotal !== undefined && keys.totals[c] < minTotal) below[c] = 1;
      for (let x = 0; x < g; x++) keys.values[row + groupSteps[x]] = round9(keys.values[row + groupSteps[x]]);
    }
    const chosen = plain ? topN(keys, n) : constrainedTop(keys, input.candidates, options.constraints, below);
    for (const c of chosen) hits[c] += 1;
  }
  const kans = new Map<string, number>();
  input.candidates.forEach((c, i) => kans.set(c.id, options.resamples ? hits[i] / options.resamples : 0));
  return { seed: options.seed, resamples: options.resamples, kans };
}

function ticket(keys: Keys, c: number): number {
  let t = keys.tickets[c];
  if (Number.isNaN(t)) {
    t = mulberry32((keys.lotterySeed ^ keys.idHashes[c]) >>> 0)();
    keys.tickets[c] = t;
  }
  return t;
}

/**
 * a ranks below b: a lower total, or an equal total and then, as in rank.ts, the first tie-break
 * that differs (unknown loses), then the higher lottery ticket, then the later original place.
 */
function worse(keys: Keys, a: number, b: number): boolean {
  const ta = keys.totals[a];
  const tb = keys.totals[b];
  if (ta !== tb) return ta < tb;
  const { values, steps } = keys;
  for (let s = 0; s < steps; s++) {
    const va = values[a * steps + s];
    const vb = values[b * steps + s];
    if (va === vb) continue;
    const na = Number.isNaN(va);
    const nb = Number.isNaN(vb);
    if (na && nb) continue;
    if (na) return true;
    if (nb) return false;
    return keys.higherIsBetter[s] ? va < vb : va > vb;
  }
  const la = ticket(keys, a);
  const lb = ticket(keys, b);
  if (la !== lb) return la > lb;
  return a > b;
}

/** Indices of the N best candidates with a min-heap of size N: O(count · log N). */
function topN(keys: Keys, n: number): Int32Array {
  const heap = new Int32Array(n);
  let size = 0;
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(keys, heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(keys, heap[l], heap[w])) w = l;
      if (r < size && worse(keys, heap[r], heap[w])) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w], heap[i]];
      i = w;
    }
  };
  for (let c = 0; c < keys.totals.length; c++) {
    if (size < n) {
      heap[size] = c;
      up(size++);
    } else if (n > 0 && worse(keys, heap[0], c)) {
      heap[0] = c;
      down(0);
    }
  }
  return heap.subarray(0, size);
}

function constrainedTop(keys: Keys, candidates: readonly RankCandidate[], constraints: SelectionConstraints, below: Uint8Array): number[] {
  const order = Array.from(keys.totals.keys()).sort((a, b) => (worse(keys, a, b) ? 1 : worse(keys, b, a) ? -1 : 0));
  const walk = constraintWalk(constraints);
  const out: number[] = [];
  for (const c of order) {
    if (walk.selected >= constraints.n) break;
    if (below[c]) continue;
    if (walk.take(candidates[c].regio, candidates[c].gevraagdBedrag) === null) out.push(c);
  }
  return out;
}
