import { formatEuro } from '../format';
import type { RankedEntry } from './rank';

export interface SelectionConstraints {
  /** At most this many selections (policy `maxSelecties`, 6 in 2021). */
  n: number;
  /** At most this many per core region. */
  maxPerRegio?: number;
  /** Cap on the sum of requested amounts (euros). */
  budget?: number;
}

export type SkipReason = 'maxSelecties' | 'maxPerRegio' | 'budget' | 'bedragOnbekend';

export interface SelectionEntry extends RankedEntry {
  geselecteerd: boolean;
  /** Dutch reason for the decision. */
  reden: string;
  overgeslagenDoor?: SkipReason;
}

/**
 * The constraints as a walk down a ranking: `take` says why a candidate is skipped (or null when it
 * is taken, and then counts it). Shared by the real selection and every stability resample.
 */
export function constraintWalk(constraints: SelectionConstraints): {
  take(regio: string | null, bedrag: number | null): SkipReason | null;
  readonly selected: number;
  readonly spent: number;
} {
  const perRegio = new Map<string, number>();
  let selected = 0;
  let spent = 0;
  return {
    take(regio, bedrag) {
      if (selected >= constraints.n) return 'maxSelecties';
      if (constraints.maxPerRegio !== undefined && regio !== null && (perRegio.get(regio) ?? 0) >= constraints.maxPerRegio) return 'maxPerRegio';
      if (constraints.budget !== undefined) {
        if (bedrag === null) return 'bedragOnbekend';
        if (spent + bedrag > constraints.budget) return 'budget';
        spent += bedrag;
      }
      selected += 1;
      if (regio !== null) perRegio.set(regio, (perRegio.get(regio) ?? 0) + 1);
      return null;
    },
    get selected() {
      return selected;
    },
    get spent() {
      return spent;
    },
  };
}

/**
 * Walks the ranking from the top and selects until N are chosen. An application that would break
 * a constraint is skipped (with the constraint named) and the walk goes on, so a lower-ranked
 * application that fits may take the place.
 */
export function selectTop(ranglijst: readonly RankedEntry[], constraints: SelectionConstraints): SelectionEntry[] {
  const walk = constraintWalk(constraints);
  return ranglijst.map((e) => {
    const { regio, gevraagdBedrag: bedrag } = e.kandidaat;
    const spentBefore = walk.spent;
    const skip = walk.take(regio, bedrag);
    if (skip === null) return { ...e, geselecteerd: true, reden: `Geselecteerd: plaats ${e.positie} van de ranglijst.` };
    return { ...e, geselecteerd: false, overgeslagenDoor: skip, reden: skipReason(skip, e, constraints, spentBefore) };
  });
}

function skipReason(skip: SkipReason, e: RankedEntry, constraints: SelectionConstraints, spent: number): string {
  const bedrag = e.kandidaat.gevraagdBedrag ?? 0;
  switch (skip) {
    case 'maxSelecties':
      return `Niet geselecteerd: plaats ${e.positie} valt buiten de maximaal ${constraints.n} selecties.`;
    case 'maxPerRegio':
      return `Niet geselecteerd: het maximum van ${constraints.maxPerRegio} per kernregio is voor ${e.kandidaat.regio} al bereikt.`;
    case 'bedragOnbekend':
      return 'Niet geselecteerd: het gevraagd bedrag is onbekend, dus het budgetplafond is niet te toetsen.';
    case 'budget':
      return `Niet geselecteerd: met het gevraagd bedrag van ${formatEuro(bedrag)} komt het totaal op ${formatEuro(spent + bedrag)}, boven het budgetplafond van ${formatEuro(constraints.budget ?? 0)}.`;
  }
}

export function selectedIds(entries: readonly SelectionEntry[]): string[] {
  return entries.filter((e) => e.geselecteerd).map((e) => e.id);
}
