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

/** Groups scores by application and item and aggregates each group (mean or median). */
export function aggregateScores(scores: readonly Score[], rubric: Rubric, methode: Aggregation = rubric.aggregatie): Aggregates {
  const grouped = new Map<string, Map<string, number[]>>();
  for (const s of scores) {
    let perItem = grouped.get(s.aanvraag);
    if (!perItem) grouped.set(s.aanvraag, (perItem = new Map()));
    const list = perItem.get(s.item);
    if (list) list.push(s.score);
    else perItem.set(s.item, [s.score]);
  }
  const out: Aggregates = new Map();
  for (const [aanvraag, perItem] of grouped) {
    const items = new Map<string, ItemAggregate>();
    for (const [item, values] of perItem) items.set(item, aggregateItem(item, values, methode, rubric.spreidingsDrempel));
    out.set(aanvraag, items);
  }
  return out;
}
