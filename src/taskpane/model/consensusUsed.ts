import { itemLabel } from '../../rules/scoring/rubric-2021';
import type { RankingOutcome } from '../services';

/** The items of one application where the panel's consensus score counts instead of the aggregate, by their Dutch names. */
export function consensusUsed(outcome: RankingOutcome, id: string): { item: string; score: number; wie: string }[] {
  return [...(outcome.aggregaten.get(id)?.values() ?? [])].flatMap((a) => (a.consensus ? [{ item: itemLabel(outcome.rubric, a.item), score: a.consensus.score, wie: a.consensus.wie }] : []));
}

/** The items of one application on which the assessors disagree (spread ≥ the threshold), by their Dutch names. */
export function disagreementItems(outcome: RankingOutcome, id: string): string[] {
  return [...(outcome.aggregaten.get(id)?.values() ?? [])].filter((a) => a.onenigheid).map((a) => itemLabel(outcome.rubric, a.item));
}
