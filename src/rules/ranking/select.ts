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
 * Walks the ranking from the top and selects until N are chosen. An application that would break
 * a constraint is skipped (with the constraint named) and the walk goes on, so a lower-ranked
 * application that fits may take the place.
 */
export function selectTop(ranglijst: readonly RankedEntry[], constraints: SelectionConstraints): SelectionEntry[] {
  const perRegio = new Map<string, number>();
  let selected = 0;
  let spent = 0;
  return ranglijst.map((e) => {
    const regio = e.kandidaat.regio;
    const bedrag = e.kandidaat.gevraagdBedrag;
    const skip = (overgeslagenDoor: SkipReason, reden: string): SelectionEntry => ({ ...e, geselecteerd: false, reden, overgeslagenDoor });
    if (selected >= constraints.n) {
      return skip('maxSelecties', `Niet geselecteerd: plaats ${e.positie} valt buiten de maximaal ${constraints.n} selecties.`);
    }
    if (constraints.maxPerRegio !== undefined && regio !== null && (perRegio.get(regio) ?? 0) >= constraints.maxPerRegio) {
      return skip('maxPerRegio', `Niet geselecteerd: het maximum van ${constraints.maxPerRegio} per kernregio is voor ${regio} al bereikt.`);
    }
    if (constraints.budget !== undefined) {
      if (bedrag === null) return skip('bedragOnbekend', 'Niet geselecteerd: het gevraagd bedrag is onbekend, dus het budgetplafond is niet te toetsen.');
      if (spent + bedrag > constraints.budget) {
        return skip(
          'budget',
          `Niet geselecteerd: met het gevraagd bedrag van ${formatEuro(bedrag)} komt het totaal op ${formatEuro(spent + bedrag)}, boven het budgetplafond van ${formatEuro(constraints.budget)}.`,
        );
      }
      spent += bedrag;
    }
    selected += 1;
    if (regio !== null) perRegio.set(regio, (perRegio.get(regio) ?? 0) + 1);
    return { ...e, geselecteerd: true, reden: `Geselecteerd: plaats ${e.positie} van de ranglijst.` };
  });
}

export function selectedIds(entries: readonly SelectionEntry[]): string[] {
  return entries.filter((e) => e.geselecteerd).map((e) => e.id);
}
