import { type RankCandidate, type RankSettings, round9 } from './candidate';
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
  // weightedTotal and a group tie-break's groupTotal, with the items and weights looked up once
  // rather than an Object.keys array per call (three per candidate): the same sums, in the same order.
  const items = Object.keys(settings.gewichten);
  const weights = items.map((item) => settings.gewichten[item]);
  const groupItems = chain.map((t) => (t.groep === undefined ? null : items.flatMap((item, j) => (settings.groepen[item] === t.groep ? [j] : []))));
  const keyed: Keyed[] = new Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const scores = c.scores;
    let totaal = 0;
    for (let j = 0; j < items.length; j++) totaal += weights[j] * (scores[items[j]] ?? 0);
    const keys: (number | null)[] = [];
    for (let i = 0; i < chain.length; i++) {
      const group = groupItems[i];
      if (group === null) keys.push(chain[i].value(c, settings));
      else {
        let total = 0;
        for (const j of group) total += weights[j] * (scores[items[j]] ?? 0);
        keys.push(round9(total));
      }
    }
    keys.push(lotteryTicket(settings.seed, c.id));
    keyed[k] = { c, totaal: round9(totaal), keys };
  }
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
