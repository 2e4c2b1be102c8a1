import type { Rubric } from '../policy';
import { type Aggregation, type ItemAggregate, type Score, mean, median, sampleSd } from './score';

/** Per application, per item: the statistics over its assessors. */
export type Aggregates = Map<string, Map<string, ItemAggregate>>;

export function aggregateItem(item: string, values: readonly number[], methode: Aggregation, drempel: number): ItemAggregate {
  // One pass rather than Math.min(...values): no argument list per item, and no stack limit.
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    // As Math.min/Math.max: one NaN makes both NaN.
    if (Number.isNaN(v)) {
      min = max = NaN;
      break;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const gemiddelde = mean(values);
  const med = median(values);
  return {
    item,
    n: values.length,
    gemiddelde,
    mediaan: med,
    standaardafwijking: sampleSd(values, gemiddelde),
    min,
    max,
    spreiding: max - min,
    onenigheid: max - min >= drempel,
    waarde: methode === 'mediaan' ? med : gemiddelde,
  };
}

/** A value no score field can hold: the first comparison with it always misses the cache. */
const NONE: unique symbol = Symbol('none');

/**
 * Groups scores by application and item and aggregates each group (mean or median).
 *
 * Applications come out in the order of their first score, items within one in the order of
 * their first score there, values in file order: exactly as grouping into nested maps of arrays
 * gives. It does not build those maps: 10,000 applications × 9 items made 100,000 maps and arrays
 * that all lived until the end, and the garbage collector spent more time on them than the sums
 * did. Instead each score is linked to the previous one of its application (typed arrays, outside
 * the collected heap), and each application is aggregated from a few reused buffers.
 */
export function aggregateScores(scores: readonly Score[], rubric: Rubric, methode: Aggregation = rubric.aggregatie): Aggregates {
  const n = scores.length;
  // Per score: the next score of the same application (−1: none); per application: first and last.
  const next = new Int32Array(n).fill(-1);
  const first: number[] = [];
  const last: number[] = [];
  const apps: string[] = [];
  const appIndex = new Map<string, number>();
  // Per score: its item as a number, so an application's items are told apart without a map.
  const itemOf = new Int32Array(n);
  const items: string[] = [];
  const itemIndex = new Map<string, number>();
  // Scores of one application usually follow each other: compare with the previous before a look-up.
  let prevApp: string | typeof NONE = NONE;
  let prevItem: string | typeof NONE = NONE;
  let a = -1;
  let it = -1;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s.aanvraag !== prevApp) {
      prevApp = s.aanvraag;
      const known = appIndex.get(s.aanvraag);
      if (known === undefined) {
        a = apps.length;
        appIndex.set(s.aanvraag, a);
        apps.push(s.aanvraag);
        first.push(i);
        last.push(i);
      } else {
        a = known;
        next[last[a]] = i;
        last[a] = i;
      }
    } else {
      next[last[a]] = i;
      last[a] = i;
    }
    if (s.item !== prevItem) {
      prevItem = s.item;
      const known = itemIndex.get(s.item);
      if (known === undefined) {
        it = items.length;
        itemIndex.set(s.item, it);
        items.push(s.item);
      } else it = known;
    }
    itemOf[i] = it;
  }
  // Per item: its place among the current application's items (stamped with the application).
  // The buffers keep their size from one application to the next (a length set to 0 would free
  // them): `counts` says how much of each holds the current application's values.
  const stamp = new Int32Array(items.length).fill(-1);
  const place = new Int32Array(items.length);
  const order: number[] = [];
  const buckets: number[][] = [];
  const counts: number[] = [];
  const sorted: number[] = [];
  const out: Aggregates = new Map();
  for (let app = 0; app < apps.length; app++) {
    order.length = 0;
    for (let i = first[app]; i >= 0; i = next[i]) {
      const item = itemOf[i];
      if (stamp[item] !== app) {
        stamp[item] = app;
        place[item] = order.length;
        if (buckets.length === order.length) buckets.push([]);
        counts[order.length] = 0;
        order.push(item);
      }
      const k = place[item];
      buckets[k][counts[k]++] = scores[i].score;
    }
    const perItem = new Map<string, ItemAggregate>();
    for (let k = 0; k < order.length; k++) {
      const item = items[order[k]];
      perItem.set(item, aggregateBuffer(item, buckets[k], counts[k], sorted, methode, rubric.spreidingsDrempel));
    }
    out.set(apps[app], perItem);
  }
  return out;
}

/**
 * `aggregateItem` over the first `count` values of a reused buffer, sorting into `sorted` for the
 * median without a copy or a comparator call. Only plain numbers take this way; anything else
 * (NaN, a value that is no number) goes through `aggregateItem`, so odd input keeps its exact answer.
 */
function aggregateBuffer(item: string, values: readonly number[], count: number, sorted: number[], methode: Aggregation, drempel: number): ItemAggregate {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (typeof v !== 'number' || Number.isNaN(v)) return aggregateItem(item, values.slice(0, count), methode, drempel);
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    // Stable insertion sort (ascending): the order Array.prototype.sort with a − b gives, also for −0 and 0.
    let j = i;
    while (j > 0 && sorted[j - 1] > v) {
      sorted[j] = sorted[j - 1];
      j--;
    }
    sorted[j] = v;
  }
  const gemiddelde = sum / count;
  const mid = count >> 1;
  const med = count % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  let ss = 0;
  for (let i = 0; i < count; i++) ss += (values[i] - gemiddelde) * (values[i] - gemiddelde);
  return {
    item,
    n: count,
    gemiddelde,
    mediaan: med,
    standaardafwijking: count < 2 ? 0 : Math.sqrt(ss / (count - 1)),
    min,
    max,
    spreiding: max - min,
    onenigheid: max - min >= drempel,
    waarde: methode === 'mediaan' ? med : gemiddelde,
  };
}
