/** What the ranking needs of one eligible, completely scored application. */
export interface RankCandidate {
  id: string;
  regio: string | null;
  gevraagdBedrag: number | null;
  aantalZkKlanten: number | null;
  /** The value that counts per rubric item (aggregate or consensus). */
  scores: Record<string, number>;
}

export interface RankSettings {
  /** Weight per rubric item. */
  gewichten: Record<string, number>;
  /** Rubric group per item (`inhoud`, `impact`, …), for group tie-breaks. */
  groepen: Record<string, string>;
  /** Tie-break chain; a seeded lottery always ends it. */
  tiebreaks: readonly string[];
  seed: number;
}

/** Rounds to 9 decimals so 0.1 + 0.2 and 0.3 count as the same total. */
export function round9(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function weightedTotal(scores: Record<string, number>, gewichten: Record<string, number>): number {
  let total = 0;
  for (const item of Object.keys(gewichten)) total += gewichten[item] * (scores[item] ?? 0);
  return round9(total);
}

export function groupTotal(c: RankCandidate, settings: Pick<RankSettings, 'gewichten' | 'groepen'>, groep: string): number {
  let total = 0;
  for (const item of Object.keys(settings.gewichten)) {
    if (settings.groepen[item] === groep) total += settings.gewichten[item] * (c.scores[item] ?? 0);
  }
  return round9(total);
}
