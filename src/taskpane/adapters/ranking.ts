import { runProcedure } from '../../rules/ranking/procedure';
import type { RankingService } from '../services';

/** The rules' whole procedure: aggregate, normalise, rank with tie-breaks and lottery, select. */
export const rankingService: RankingService = {
  rank(input) {
    return runProcedure({
      policy: input.policy,
      aanvragen: input.applications,
      toetsing: input.eligibility,
      scores: input.scores,
      consensus: input.consensus,
      belangen: input.belangen,
      teamBesluiten: input.teamBesluiten,
      instellingen: {
        seed: input.seed,
        aggregatie: input.aggregation,
        normaliseren: input.normalise,
        gewichten: input.weights,
        maxPerRegio: input.constraints.maxPerRegio,
        budget: input.constraints.budget,
        resamples: input.resamples,
      },
      tijdstip: input.tijdstip,
      wie: 'taakvenster',
      rol: '',
    });
  },
};
