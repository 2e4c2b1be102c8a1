import type { Policy, Rubric } from '../../rules/policy';
import type { ConsensusInput, Score } from '../../rules/scoring/score';
import type { Belangverklaring } from '../../rules/scoring/conflicts';
import type { ZkSettings } from '../../shared/settings';
import type { RankingConstraints, RankingInput, RankingOutcome } from '../services';
import type { PaneState } from './state';

/** Everything the ranking needs, from the pane state and the shared settings. */
export function rankingInput(
  state: PaneState,
  policy: Policy,
  rubric: Rubric,
  settings: ZkSettings,
  tijdstip: string,
  options: { scores?: readonly Score[]; consensus?: readonly ConsensusInput[]; belangen?: readonly Belangverklaring[]; weights?: Record<string, number>; constraints?: RankingConstraints; resamples?: number } = {},
): RankingInput {
  return {
    applications: state.applications,
    eligibility: state.eligibility,
    scores: options.scores ?? state.scores,
    consensus: options.consensus ?? state.consensus,
    belangen: options.belangen ?? state.declarations,
    policy,
    weights: options.weights ?? Object.fromEntries(rubric.items.map((i) => [i.id, i.gewicht])),
    seed: settings.seed,
    aggregation: settings.aggregation,
    normalise: settings.normalise,
    constraints: options.constraints ?? state.constraints,
    resamples: options.resamples ?? 0,
    teamBesluiten: state.teamDecisions,
    tijdstip,
  };
}

export function selectedIds(outcome: RankingOutcome): string[] {
  return outcome.ranglijst.filter((r) => r.geselecteerd).map((r) => r.id);
}

/** Which ids enter and leave the selection when something changes. */
export function selectionChange(before: readonly string[], after: readonly string[]): { in: string[]; out: string[] } {
  const was = new Set(before);
  const now = new Set(after);
  return { in: after.filter((id) => !was.has(id)), out: before.filter((id) => !now.has(id)) };
}
