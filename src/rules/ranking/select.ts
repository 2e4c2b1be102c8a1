import { formatEuro } from '../format';
import { formatFixed2 } from '../scoring/numbers';
import { round9 } from './candidate';
import type { RankedEntry } from './rank';

/**
 * The team's minimum quality for selection (teamkeuze `minimumKwaliteit`): the source selects
 * "maximaal 6" on quality and impact, so with this on a place may stay empty. An item score or
 * total equal to the minimum passes; only below it fails.
 */
export interface QualityMinimum {
  /** No rubric item's counted score below this. */
  minItemScore?: number;
  /** A weighted total of at least this. */
  minTotaal?: number;
}

export interface SelectionConstraints {
  /** At most this many selections (policy `maxSelecties`, 6 in 2021). */
  n: number;
  /** At most this many per core region. */
  maxPerRegio?: number;
  /** Cap on the sum of requested amounts (euros). */
  budget?: number;
  /** Set only when the team switched its minimum quality on. */
  minimumKwaliteit?: QualityMinimum;
}

export type SkipReason = 'maxSelecties' | 'maxPerRegio' | 'budget' | 'bedragOnbekend' | 'minimumKwaliteit';

/**
 * Why an entry was skipped, as data (letters and sheets word it for their reader; nothing parses
 * the sentence back). `onderMinimum` lists the items below the minimum, lowest first.
 */
export type SkipDetail =
  | { soort: 'maxSelecties'; positie: number; n: number }
  | { soort: 'maxPerRegio'; maxPerRegio: number; regio: string }
  | { soort: 'bedragOnbekend' }
  | { soort: 'budget'; bedrag: number; totaal: number; budget: number }
  | { soort: 'minimumKwaliteit'; onderMinimum: { item: string; score: number }[]; minItemScore?: number; totaal?: number; minTotaal?: number };

/** The items and the total below the team's minimum, or undefined when the entry meets it. */
export function belowQualityMinimum(scores: Readonly<Record<string, number>>, totaal: number, q: QualityMinimum | undefined): Extract<SkipDetail, { soort: 'minimumKwaliteit' }> | undefined {
  if (!q) return undefined;
  const items =
    q.minItemScore === undefined
      ? []
      : Object.entries(scores)
          .filter(([, v]) => round9(v) < q.minItemScore!)
          .map(([item, score]) => ({ item, score }))
          .sort((a, b) => a.score - b.score || a.item.localeCompare(b.item));
  const totalBelow = q.minTotaal !== undefined && round9(totaal) < q.minTotaal;
  if (!items.length && !totalBelow) return undefined;
  return {
    soort: 'minimumKwaliteit',
    onderMinimum: items,
    ...(items.length ? { minItemScore: q.minItemScore } : {}),
    ...(totalBelow ? { totaal, minTotaal: q.minTotaal } : {}),
  };
}

export interface SelectionEntry extends RankedEntry {
  geselecteerd: boolean;
  /** Dutch reason for the decision. */
  reden: string;
  overgeslagenDoor?: SkipReason;
  /** The numbers behind `overgeslagenDoor`. */
  overslag?: SkipDetail;
}

/**
 * The constraints as a walk down a ranking: `take` says why a candidate is skipped (or null when it
 * is taken, and then counts it). Shared by the real selection and every stability resample.
 */
export function constraintWalk(constraints: SelectionConstraints): {
  take(regio: string | null, bedrag: number | null): Exclude<SkipReason, 'minimumKwaliteit'> | null;
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
export function selectTop(ranglijst: readonly RankedEntry[], constraints: SelectionConstraints, itemLabel: (item: string) => string = (i) => i): SelectionEntry[] {
  const walk = constraintWalk(constraints);
  const out: SelectionEntry[] = new Array(ranglijst.length);
  for (let k = 0; k < ranglijst.length; k++) {
    const e = ranglijst[k];
    // Below the team's minimum quality: no place taken, so the walk goes on without it.
    const quality = belowQualityMinimum(e.kandidaat.scores, e.totaal, constraints.minimumKwaliteit);
    if (quality) {
      out[k] = entryOf(e, false, `Niet geselecteerd: ${skipSentence(quality, itemLabel)}.`, 'minimumKwaliteit', quality);
      continue;
    }
    const { regio, gevraagdBedrag: bedrag } = e.kandidaat;
    const spentBefore = walk.spent;
    const skip = walk.take(regio, bedrag);
    if (skip === null) {
      out[k] = entryOf(e, true, `Geselecteerd: plaats ${e.positie} van de ranglijst.`);
      continue;
    }
    const detail = skipDetail(skip, e, constraints, spentBefore);
    out[k] = entryOf(e, false, `Niet geselecteerd: ${skipSentence(detail, itemLabel)}.`, skip, detail);
  }
  return out;
}

/**
 * The entry with its selection, fields in the order `{ ...e, geselecteerd, overgeslagenDoor,
 * overslag, reden }` gives. A spread of the entry followed by more fields took V8's slow path,
 * about 4 µs an entry, and adding the fields one by one to a copy grows its property store twice;
 * one literal per combination of fields makes each entry in one allocation. An entry from
 * `rankCandidates` has exactly these fields; anything else keeps the spread, so its own fields stay.
 */
function entryOf(e: RankedEntry, geselecteerd: boolean, reden: string, overgeslagenDoor?: SkipReason, overslag?: SkipDetail): SelectionEntry {
  if (!isPlainRankedEntry(e)) {
    return overgeslagenDoor === undefined ? { ...e, geselecteerd, reden } : { ...e, geselecteerd, overgeslagenDoor, overslag, reden };
  }
  const { positie, id, totaal, kandidaat, beslistDoor } = e;
  if (overgeslagenDoor === undefined) {
    return beslistDoor === undefined ? { positie, id, totaal, kandidaat, geselecteerd, reden } : { positie, id, totaal, kandidaat, beslistDoor, geselecteerd, reden };
  }
  return beslistDoor === undefined
    ? { positie, id, totaal, kandidaat, geselecteerd, overgeslagenDoor, overslag, reden }
    : { positie, id, totaal, kandidaat, beslistDoor, geselecteerd, overgeslagenDoor, overslag, reden };
}

/** True when `e` has the fields `rankCandidates` gives it, in its order, and nothing else. */
function isPlainRankedEntry(e: RankedEntry): boolean {
  let n = 0;
  for (const key in e) {
    if (key !== RANKED_KEYS[n]) return false;
    n++;
  }
  return n === 4 || (n === 5 && e.beslistDoor !== undefined);
}
const RANKED_KEYS = ['positie', 'id', 'totaal', 'kandidaat', 'beslistDoor'];

function skipDetail(skip: Exclude<SkipReason, 'minimumKwaliteit'>, e: RankedEntry, constraints: SelectionConstraints, spent: number): SkipDetail {
  const bedrag = e.kandidaat.gevraagdBedrag ?? 0;
  switch (skip) {
    case 'maxSelecties':
      return { soort: 'maxSelecties', positie: e.positie, n: constraints.n };
    case 'maxPerRegio':
      return { soort: 'maxPerRegio', maxPerRegio: constraints.maxPerRegio ?? 0, regio: e.kandidaat.regio ?? '' };
    case 'bedragOnbekend':
      return { soort: 'bedragOnbekend' };
    case 'budget':
      return { soort: 'budget', bedrag, totaal: spent + bedrag, budget: constraints.budget ?? 0 };
  }
}

/**
 * Why an entry was not selected, as a clause without "Niet geselecteerd:" and without a full
 * stop, so the sheet and the letter each frame it their own way.
 */
export function skipSentence(d: SkipDetail, itemLabel: (item: string) => string = (i) => i): string {
  switch (d.soort) {
    case 'maxSelecties':
      return `plaats ${d.positie} valt buiten de maximaal ${d.n} selecties`;
    case 'maxPerRegio':
      return `het maximum van ${d.maxPerRegio} per kernregio is voor ${d.regio} al bereikt`;
    case 'bedragOnbekend':
      return 'het gevraagd bedrag is onbekend, dus het budgetplafond is niet te toetsen';
    case 'budget':
      return `met het gevraagd bedrag van ${formatEuro(d.bedrag)} komt het totaal op ${formatEuro(d.totaal)}, boven het budgetplafond van ${formatEuro(d.budget)}`;
    case 'minimumKwaliteit': {
      const parts: string[] = [];
      if (d.onderMinimum.length && d.minItemScore !== undefined) {
        const items = d.onderMinimum.map((x) => `${itemLabel(x.item)} ${formatFixed2(x.score)}`);
        parts.push(`${joinAnd(items)} ${items.length === 1 ? 'ligt' : 'liggen'} onder het minimum van ${formatFixed2(d.minItemScore)} per onderdeel`);
      }
      if (d.totaal !== undefined && d.minTotaal !== undefined) parts.push(`de totaalscore ${formatFixed2(d.totaal)} ligt onder het minimum van ${formatFixed2(d.minTotaal)}`);
      return `onder de minimumkwaliteit: ${parts.join('; ')}`;
    }
  }
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

export function selectedIds(entries: readonly SelectionEntry[]): string[] {
  return entries.filter((e) => e.geselecteerd).map((e) => e.id);
}
