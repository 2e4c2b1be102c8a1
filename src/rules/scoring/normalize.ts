import { type Score, mean, sampleSd } from './score';

/**
 * Per-assessor z-score normalisation: a strict and a mild assessor count the same. Each score
 * becomes z = (score − assessor's mean) / assessor's sd, mapped back onto the scale of the whole
 * panel (panel mean + z · panel sd) so totals stay readable. An assessor who gave every item the
 * same score (sd 0) carries no ranking information: those scores become the panel mean.
 */
export function normalizeByAssessor(scores: readonly Score[]): Score[] {
  const all = scores.map((s) => s.score);
  const panelMean = mean(all);
  const panelSd = sampleSd(all);
  const byAssessor = new Map<string, number[]>();
  for (const s of scores) {
    const list = byAssessor.get(s.beoordelaar);
    if (list) list.push(s.score);
    else byAssessor.set(s.beoordelaar, [s.score]);
  }
  const stats = new Map<string, { m: number; sd: number }>();
  for (const [who, values] of byAssessor) stats.set(who, { m: mean(values), sd: sampleSd(values) });
  return scores.map((s) => {
    const { m, sd } = stats.get(s.beoordelaar)!;
    const z = sd > 0 ? (s.score - m) / sd : 0;
    return { ...s, score: panelMean + z * panelSd };
  });
}
