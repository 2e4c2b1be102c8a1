import { runProcedure } from '../../src/rules/ranking/procedure';
import { workedExampleInput } from '../ranking/fixtures';

/* The score branch's worked example: nine applications, two ineligible, a tie on place 6. */
export function workedExample() {
  const input = workedExampleInput();
  const ranking = runProcedure({ ...input, instellingen: { seed: 2021, resamples: 0 }, wie: 'test', rol: '' });
  return { applications: input.aanvragen, eligibility: input.toetsing, scores: input.scores, ranking };
}
