import { type RankCandidate, type RankSettings, groupTotal } from './candidate';

export interface TieBreak {
  id: string;
  /** Dutch label for reports and the audit sheet. */
  label: string;
  /** The value compared; null (unknown) always loses. */
  value(c: RankCandidate, settings: RankSettings): number | null;
  hogerIsBeter: boolean;
}

/** Tie-breaks that are not a rubric group. Any rubric group (impact, inhoud, …) also works. */
const FIXED: TieBreak[] = [
  { id: 'zkKlanten', label: 'meer klanten van Zilveren Kruis', value: (c) => c.aantalZkKlanten, hogerIsBeter: true },
  { id: 'gevraagdBedrag', label: 'lager gevraagd bedrag', value: (c) => c.gevraagdBedrag, hogerIsBeter: false },
];

const GROUP_LABELS: Record<string, string> = {
  impact: 'hogere score op impact voor klanten',
  inhoud: 'hogere score op inhoudelijke kwaliteit',
};

export const LOTTERY_LABEL = 'loting';

export class RankingError extends Error {
  override name = 'RankingError';
}

/** Resolves the tie-break chain; an id that is neither fixed nor a rubric group is refused. */
export function resolveTieBreaks(settings: RankSettings): TieBreak[] {
  const groups = new Set(Object.values(settings.groepen));
  return settings.tiebreaks.map((id) => {
    const fixed = FIXED.find((t) => t.id === id);
    if (fixed) return fixed;
    if (groups.has(id)) {
      return {
        id,
        label: GROUP_LABELS[id] ?? `hogere score op ${id}`,
        value: (c, s) => groupTotal(c, s, id),
        hogerIsBeter: true,
      };
    }
    throw new RankingError(
      `Onbekende tie-break '${id}': kies uit ${[...FIXED.map((t) => t.id), ...groups].join(', ')}.`,
    );
  });
}

/** Negative when a should rank above b on this tie-break, 0 when equal. */
export function compareOn(t: Pick<TieBreak, 'hogerIsBeter'>, a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return t.hogerIsBeter ? b - a : a - b;
}
