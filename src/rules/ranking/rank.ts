import { type RankCandidate, type RankSettings, round9 } from './candidate';
import { lotteryTicket } from './prng';
import { LOTTERY_LABEL, type TieBreak, compareOn, resolveTieBreaks } from './tiebreaks';

/** Two applications with the same total, and what put one above the other. */
export interface TieRecord {
  boven: string;
  onder: string;
  totaal: number;
  /** Tie-break id, or `loting`. */
  criterium: string;
  label: string;
  waardeBoven: number | null;
  waardeOnder: number | null;
}

export interface RankedEntry {
  positie: number;
  id: string;
  totaal: number;
  kandidaat: RankCandidate;
  /** Set when this entry had the same total as the one above it. */
  beslistDoor?: TieRecord;
}

export interface RankResult {
  ranglijst: RankedEntry[];
  gelijkspelen: TieRecord[];
  seed: number;
}

type Step = Pick<TieBreak, 'id' | 'label' | 'hogerIsBeter'>;

/**
 * Orders candidates by weighted total, then the declared tie-break chain, then a seeded lottery
 * (lower ticket wins). The order is total: the same input and seed always give the same list.
 *
 * Totals ties a lot (scores are means of a few whole numbers), so the comparator often walks the
 * chain. The keys live in typed arrays, one row of `steps` per candidate, and the sort orders
 * candidate numbers: no key array, boxed number or wrapper object per candidate for the collector
 * to copy. `keyOrder` is `compareOn` down the chain on those rows, the same numbers for every pair,
 * so the sort makes the same moves and gives the same order.
 */
export function rankCandidates(candidates: readonly RankCandidate[], settings: RankSettings): RankResult {
  const chain = resolveTieBreaks(settings);
  const lottery: Step = { id: LOTTERY_LABEL, label: LOTTERY_LABEL, hogerIsBeter: false };
  const steps: Step[] = [...chain, lottery];
  const width = steps.length;
  const n = candidates.length;
  // weightedTotal and a group tie-break's groupTotal, with the items and weights looked up once:
  // the same products summed in the same order (each group's items in item order).
  const items = Object.keys(settings.gewichten);
  const weights = items.map((item) => settings.gewichten[item]);
  const groupItems = chain.map((t) => (t.groep === undefined ? null : items.flatMap((item, j) => (settings.groepen[item] === t.groep ? [j] : []))));
  const totals = new Float64Array(n);
  const keys = new Float64Array(n * width);
  // 1 where the key is null (unknown), which always loses.
  const unknown = new Uint8Array(n * width);
  const terms = new Float64Array(items.length);
  let plain = true;
  for (let k = 0; k < n; k++) {
    const c = candidates[k];
    const scores = c.scores;
    const row = k * width;
    let totaal = 0;
    for (let j = 0; j < items.length; j++) {
      const term = weights[j] * (scores[items[j]] ?? 0);
      terms[j] = term;
      totaal += term;
    }
    totals[k] = round9(totaal);
    for (let i = 0; i < chain.length; i++) {
      const group = groupItems[i];
      let value: number | null;
      if (group === null) value = chain[i].value(c, settings);
      else {
        let total = 0;
        for (let g = 0; g < group.length; g++) total += terms[group[g]];
        value = round9(total);
      }
      if (value === null) unknown[row + i] = 1;
      else if (typeof value === 'number') keys[row + i] = value;
      else plain = false;
    }
    keys[row + chain.length] = lotteryTicket(settings.seed, c.id);
  }
  // A value that is neither a number nor null (only from a caller outside the types) keeps
  // compareOn's own comparisons on the values themselves.
  if (!plain) return rankWithValues(candidates, settings, chain, steps, totals);

  const higher = steps.map((s) => s.hogerIsBeter);
  /** compareOn at the first step where rows a and b differ, or 0 when none does. */
  const keyOrder = (a: number, b: number): number => {
    let p = a * width;
    let q = b * width;
    for (let i = 0; i < width; i++, p++, q++) {
      const ua = unknown[p];
      const ub = unknown[q];
      if (ua !== ub) return ua === 1 ? 1 : -1;
      if (ua === 1) continue;
      const x = keys[p];
      const y = keys[q];
      if (x === y) continue;
      return higher[i] ? y - x : x - y;
    }
    return 0;
  };
  /** The step at which rows a and b differ (compareOn not 0), or -1. */
  const decidingStep = (a: number, b: number): number => {
    let p = a * width;
    let q = b * width;
    for (let i = 0; i < width; i++, p++, q++) {
      if (unknown[p] !== unknown[q] || (unknown[p] === 0 && keys[p] !== keys[q])) return i;
    }
    return -1;
  };
  const order = candidateNumbers(n);
  order.sort((a, b) => {
    const ta = totals[a];
    const tb = totals[b];
    if (ta !== tb) return tb - ta;
    const d = keyOrder(a, b);
    if (d !== 0) return d;
    const ia = candidates[a].id;
    const ib = candidates[b].id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const key = (row: number, i: number): number | null => (unknown[row * width + i] === 1 ? null : keys[row * width + i]);
  return entriesOf(candidates, order, totals, (above, below) => {
    const i = decidingStep(above, below);
    return i < 0 ? tieRecord(candidates, above, below, totals, lottery, null, null) : tieRecord(candidates, above, below, totals, steps[i], key(above, i), key(below, i));
  }, settings.seed);
}

/** 0 … n−1 in a plain array (of small integers), for Array.prototype.sort. */
function candidateNumbers(n: number): number[] {
  const order: number[] = new Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  return order;
}

function tieRecord(candidates: readonly RankCandidate[], above: number, below: number, totals: Float64Array, step: Step, waardeBoven: number | null, waardeOnder: number | null): TieRecord {
  return { boven: candidates[above].id, onder: candidates[below].id, totaal: totals[below], criterium: step.id, label: step.label, waardeBoven, waardeOnder };
}

/** The ranked entries in `order`, each tied neighbour with the record of what decided it. */
function entriesOf(candidates: readonly RankCandidate[], order: readonly number[], totals: Float64Array, tie: (above: number, below: number) => TieRecord, seed: number): RankResult {
  const gelijkspelen: TieRecord[] = [];
  const ranglijst: RankedEntry[] = new Array(order.length);
  for (let index = 0; index < order.length; index++) {
    const k = order[index];
    const c = candidates[k];
    if (index > 0 && totals[order[index - 1]] === totals[k]) {
      const beslistDoor = tie(order[index - 1], k);
      gelijkspelen.push(beslistDoor);
      ranglijst[index] = { positie: index + 1, id: c.id, totaal: totals[k], kandidaat: c, beslistDoor };
    } else {
      ranglijst[index] = { positie: index + 1, id: c.id, totaal: totals[k], kandidaat: c };
    }
  }
  return { ranglijst, gelijkspelen, seed };
}

/** The same ranking with the chain's values kept as they are and compared by compareOn. */
function rankWithValues(candidates: readonly RankCandidate[], settings: RankSettings, chain: readonly TieBreak[], steps: readonly Step[], totals: Float64Array): RankResult {
  const items = Object.keys(settings.gewichten);
  const values: (number | null)[][] = candidates.map((c) => [
    ...chain.map((t) => {
      if (t.groep === undefined) return t.value(c, settings);
      let total = 0;
      for (const item of items) if (settings.groepen[item] === t.groep) total += settings.gewichten[item] * (c.scores[item] ?? 0);
      return round9(total);
    }),
    lotteryTicket(settings.seed, c.id),
  ]);
  const decide = (a: number, b: number): number => {
    for (let i = 0; i < steps.length; i++) if (compareOn(steps[i], values[a][i], values[b][i]) !== 0) return i;
    return -1;
  };
  const order = candidateNumbers(candidates.length);
  order.sort((a, b) => {
    if (totals[a] !== totals[b]) return totals[b] - totals[a];
    const i = decide(a, b);
    if (i >= 0) return compareOn(steps[i], values[a][i], values[b][i]);
    const ia = candidates[a].id;
    const ib = candidates[b].id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const lottery = steps[steps.length - 1];
  return entriesOf(candidates, order, totals, (above, below) => {
    const i = decide(above, below);
    return i < 0 ? tieRecord(candidates, above, below, totals, lottery, null, null) : tieRecord(candidates, above, below, totals, steps[i], values[above][i], values[below][i]);
  }, settings.seed);
}
