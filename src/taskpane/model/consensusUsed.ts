import type { RankingOutcome } from '../services';

/** The items of one application where the panel's consensus score counts instead of the aggregate. */
export function consensusUsed(outcome: RankingOutcome, id: string): { item: string; score: number; wie: string }[] {
  return [...(outcome.aggregaten.get(id)?.values() ?? [])].flatMap((a) => (a.consensus ? [{ item: a.item, score: a.consensus.score, wie: a.consensus.wie }] : []));
}
