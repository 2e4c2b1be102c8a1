import { type RankCandidate, type RankSettings, weightedTotal } from './candidate';
import { lotteryTicket } from './prng';
import { LOTTERY_LABEL, compareOn, resolveTieBreaks } from './tiebreaks';

/** Two applications with the same total, and what put one above the other. */
export interface TieRecord {
  boven: string;
  onder: string;
  totaal: number;
  /** Tie-break id, or `loting`. */
  criterium: string;
  label: string;
  waardeBoven: number | null;
  waardeOnder: number | null;
}

export interface RankedEntry {
  positie: number;
  id: string;
  totaal: number;
  kandidaat: RankCandidate;
  /** Set when this entry had the same total as the one above it. */
  beslistDoor?: TieRecord;
}

export interface RankResult {
  ranglijst: RankedEntry[];
  gelijkspelen: TieRecord[];
  seed: number;
}

interface Keyed {
  c: RankCandidate;
  totaal: number;
  keys: (number | null)[];
}

/**
 * Orders candidates by weighted total, then the declared tie-break chain, then a seeded lottery
 * (lower ticket wins). The order is total: the same input and seed always give the same list.
 */
export function rankCandidates(candidates: readonly RankCandidate[], settings: RankSettings): RankResult {
  const chain = resolveTieBreaks(settings);
  const keyed: Keyed[] = candidates.map((c) => ({
    c,
    totaal: weightedTotal(c.scores, settings.gewichten),
    keys: [...chain.map((t) => t.value(c, settings)), lotteryTicket(settings.seed, c.id)],
  }));
  const lottery = { id: LOTTERY_LABEL, label: LOTTERY_LABEL, hogerIsBeter: false };
  const steps = [...chain, lottery];
  const decide = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < steps.length; i++) {
      const d = compareOn(steps[i], a.keys[i], b.keys[i]);
      if (d !== 0) return i;
    }
    return -1;
  };
  keyed.sort((a, b) => {
    if (a.totaal !== b.totaal) return b.totaal - a.totaal;
    const i = decide(a, b);
    if (i >= 0) return compareOn(steps[i], a.keys[i], b.keys[i]);
    return a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0;
  });
  const gelijkspelen: TieRecord[] = [];
  const ranglijst: RankedEntry[] = keyed.map((k, index) => {
    const entry: RankedEntry = { positie: index + 1, id: k.c.id, totaal: k.totaal, kandidaat: k.c };
    const above = keyed[index - 1];
    if (above && above.totaal === k.totaal) {
      const i = decide(above, k);
      const step = i >= 0 ? steps[i] : lottery;
      const tie: TieRecord = {
        boven: above.c.id,
        onder: k.c.id,
        totaal: k.totaal,
        criterium: step.id,
        label: step.label,
        waardeBoven: i >= 0 ? above.keys[i] : null,
        waardeOnder: i >= 0 ? k.keys[i] : null,
      };
      entry.beslistDoor = tie;
      gelijkspelen.push(tie);
    }
    return entry;
  });
  return { ranglijst, gelijkspelen, seed: settings.seed };
}
