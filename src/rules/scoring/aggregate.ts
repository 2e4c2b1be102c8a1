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

/** The scores grouped by application: see `groupScores`. */
interface Grouped {
  /** The applications, in the order of their first score. */
  apps: string[];
  /** Per application: its first score; per score: the next of the same application (−1: none). */
  first: number[];
  next: Int32Array;
  /** The items, in the order first seen; per score: its item as a number. */
  items: string[];
  itemOf: Int32Array;
  /** Per score: its value when every value is a number (`plain`); else read `scores` again. */
  valueOf: Float64Array;
  plain: boolean;
}

/**
 * Groups scores by application and item and aggregates each group (mean or median). With
 * `alleen`, only the scores of those applications count: the same answer as for
 * `scores.filter((s) => alleen.has(s.aanvraag))`, without making that array.
 *
 * Applications come out in the order of their first score, items within one in the order of
 * their first score there, values in file order: exactly as grouping into nested maps of arrays
 * gives. It does not build those maps: 10,000 applications × 9 items made 100,000 maps and arrays
 * that all lived until the end, and the garbage collector spent more time on them than the sums
 * did. Instead each score is linked to the next one of its application (typed arrays, outside
 * the collected heap), and each application is aggregated from a few reused buffers.
 *
 * The pass over the scores and the work per application are functions of their own: a loop in
 * a function that runs once per call waits for V8 to compile it on the spot, and one function
 * holding both loops lost its compiled code to a deoptimisation on most calls and ran both
 * loops unoptimised for a good part of each call. A function called for every application is
 * compiled once and stays compiled.
 */
export function aggregateScores(scores: readonly Score[], rubric: Rubric, methode: Aggregation = rubric.aggregatie, alleen?: ReadonlySet<string>): Aggregates {
  const g = groupScores(scores, alleen);
  const buffers: Buffers = { stamp: new Int32Array(g.items.length).fill(-1), place: new Int32Array(g.items.length), order: [], buckets: [], counts: [], sorted: [] };
  const out: Aggregates = new Map();
  for (let app = 0; app < g.apps.length; app++) out.set(g.apps[app], aggregateApplication(g, app, scores, buffers, methode, rubric.spreidingsDrempel));
  return out;
}

/**
 * One pass over the scores. Scores of one application usually follow each other: the
 * application is compared with the previous before a look-up. Items of one assessor usually
 * follow the order they were first seen in (the rubric's): the item after the previous one
 * (after the last, the first) is tried before a look-up.
 */
function groupScores(scores: readonly Score[], alleen: ReadonlySet<string> | undefined): Grouped {
  const n = scores.length;
  const next = new Int32Array(n).fill(-1);
  const first: number[] = [];
  // Per application: its last score so far.
  const last: number[] = [];
  const apps: string[] = [];
  // Per application id: its number, or −1 when `alleen` leaves it out.
  const appIndex = new Map<string, number>();
  const itemOf = new Int32Array(n);
  const items: string[] = [];
  const itemIndex = new Map<string, number>();
  const valueOf = new Float64Array(n);
  let plain = true;
  let prevApp: string | typeof NONE = NONE;
  let a = -1;
  let it = -1;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s.aanvraag !== prevApp) {
      prevApp = s.aanvraag;
      const known = appIndex.get(s.aanvraag);
      if (known !== undefined) {
        a = known;
        if (a >= 0) next[last[a]] = i;
      } else if (alleen !== undefined && !alleen.has(s.aanvraag)) appIndex.set(s.aanvraag, (a = -1));
      else {
        a = apps.length;
        appIndex.set(s.aanvraag, a);
        apps.push(s.aanvraag);
        first.push(i);
        last.push(i);
      }
    } else if (a >= 0) next[last[a]] = i;
    if (a < 0) continue;
    last[a] = i;
    const item = s.item;
    let guess = it + 1;
    if (guess === items.length) guess = 0;
    if (guess < items.length && item === items[guess]) it = guess;
    else if (it < 0 || item !== items[it]) {
      const known = itemIndex.get(item);
      if (known === undefined) {
        it = items.length;
        itemIndex.set(item, it);
        items.push(item);
      } else it = known;
    }
    itemOf[i] = it;
    const v = s.score;
    if (typeof v === 'number') valueOf[i] = v;
    else plain = false;
  }
  return { apps, first, next, items, itemOf, valueOf, plain };
}

/**
 * Buffers reused from one application to the next. Per item: its place among the current
 * application's items (stamped with the application). The buffers keep their size (a length set
 * to 0 would free them): `counts` says how much of each bucket holds the current application's values.
 */
interface Buffers {
  stamp: Int32Array;
  place: Int32Array;
  order: number[];
  buckets: number[][];
  counts: number[];
  sorted: number[];
}

function aggregateApplication(g: Grouped, app: number, scores: readonly Score[], b: Buffers, methode: Aggregation, drempel: number): Map<string, ItemAggregate> {
  const { next, itemOf, valueOf, plain } = g;
  const { stamp, place, order, buckets, counts } = b;
  order.length = 0;
  for (let i = g.first[app]; i >= 0; i = next[i]) {
    const item = itemOf[i];
    if (stamp[item] !== app) {
      stamp[item] = app;
      place[item] = order.length;
      if (buckets.length === order.length) buckets.push([]);
      counts[order.length] = 0;
      order.push(item);
    }
    const k = place[item];
    buckets[k][counts[k]++] = plain ? valueOf[i] : scores[i].score;
  }
  const perItem = new Map<string, ItemAggregate>();
  for (let k = 0; k < order.length; k++) {
    const item = g.items[order[k]];
    perItem.set(item, aggregateBuffer(item, buckets[k], counts[k], b.sorted, methode, drempel));
  }
  return perItem;
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
