import type { Rubric } from '../../rules/policy';
import { weightsOf } from '../../rules/scoring/rubric-2021';

/** The rubric with the team's weights from the settings (the rubric's own weight otherwise). */
export function withWeights(rubric: Rubric, weights: Record<string, number>): Rubric {
  const effective = weightsOf(rubric, weights);
  return { ...rubric, items: rubric.items.map((item) => ({ ...item, gewicht: effective[item.id] })) };
}
