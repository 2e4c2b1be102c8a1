/**
 * The Selectie sheet: every application's place, total, item scores, decision and motivation.
 * One definition for both hosts: the add-in's ranking and selection and `zk selectie` build the
 * rows from the same procedure result, so the sheet reads the same wherever it was made.
 */
import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { DECISION_LABELS } from '../rules/ranking/decisions';
import type { ProcedureResult } from '../rules/ranking/procedure';
import { itemLabel } from '../rules/scoring/rubric-2021';
import { formatNumber } from '../rules/scoring/numbers';
import { DECISION_HIGHLIGHTS, DISAGREEMENT_HIGHLIGHT, YES_HIGHLIGHT } from './colours';
import { type ColumnDef, join } from './columns';
import type { SelectionRow } from './types';
import { conflictSummary } from './conflicts';

/** Index (0-based) of the first chart source column (Naam initiatief); Totaalscore follows it. */
export const CHART_SOURCE_COLUMN = 2;

/** The columns for a rubric (one score column per item) and a maximum of `n` selections. */
export function selectionColumns(items: readonly { id: string; label: string }[] = [], n = 6): ColumnDef<SelectionRow>[] {
  return [
    { header: 'Positie', kind: 'number', width: 8, value: (r) => r.positie },
    { header: 'Aanvraag', kind: 'text', width: 12, value: (r) => r.id },
    // Naam and Totaalscore are adjacent: they are the ranking chart's source.
    { header: 'Naam initiatief', kind: 'text', width: 30, value: (r) => r.naam },
    { header: 'Totaalscore', kind: 'score', width: 11, value: (r) => r.totaal },
    { header: 'Naam samenwerkingsverband', kind: 'text', width: 30, value: (r) => r.samenwerkingsverband },
    { header: 'Kernregio', kind: 'text', width: 16, value: (r) => r.regio },
    { header: 'Gevraagd bedrag', kind: 'euro', width: 14, value: (r) => r.gevraagdBedrag },
    ...items.map((item): ColumnDef<SelectionRow> => ({ header: item.label, kind: 'score', width: 14, value: (r) => r.scores?.[item.id] })),
    { header: 'Geselecteerd', kind: 'boolean', width: 11, highlights: YES_HIGHLIGHT, value: (r) => r.geselecteerd },
    { header: 'Besluit', kind: 'text', width: 22, highlights: DECISION_HIGHLIGHTS, value: (r) => r.besluit },
    { header: 'Reden', kind: 'text', width: 60, value: (r) => r.reden },
    { header: 'Beslissende tie-break', kind: 'text', width: 16, value: (r) => r.tiebreak },
    { header: 'Verschuiving door normalisatie', kind: 'number', width: 12, value: (r) => r.verschuiving },
    { header: 'Onenigheid beoordelaars', kind: 'text', width: 24, value: (r) => join(r.onenigheid) },
    { header: 'Aantal onenigheden', kind: 'number', width: 10, highlights: DISAGREEMENT_HIGHLIGHT, value: (r) => (r.onenigheid ?? []).length },
    { header: 'Consensusscore gebruikt', kind: 'text', width: 24, value: (r) => join(r.consensus) },
    { header: 'Belang (scoort niet)', kind: 'text', width: 36, value: (r) => join(r.belangen) },
    { header: `Kans in top ${n}`, kind: 'percentage', width: 10, value: (r) => r.kans },
  ];
}

const title = (app: Application | undefined, id: string): string => app?.naamInitiatief?.trim() || app?.naamSamenwerkingsverband?.trim() || id;

/**
 * The rows: the ranked applications in order, then the others (not completely scored, or stopped
 * at screening) with their decision. `toetsing` gives the region of an application not ranked.
 */
export function selectionRows(result: ProcedureResult, applications: readonly Application[], toetsing: readonly EligibilityResult[] = []): SelectionRow[] {
  const apps = new Map(applications.map((a) => [a.id, a]));
  const decisions = new Map(result.besluiten.map((b) => [b.id, b]));
  const shift = new Map((result.normalisatie ?? []).map((s) => [s.id, s.verschuiving]));
  const aggregates = (id: string) => [...(result.aggregaten.get(id)?.values() ?? [])];
  const belangen = (id: string) => conflictSummary(result.belangen?.verklaringen ?? [], id, result.belangen?.laat);
  const ranked: SelectionRow[] = result.ranglijst.map((entry) => {
    const app = apps.get(entry.id);
    const decision = decisions.get(entry.id);
    return {
      positie: entry.positie,
      id: entry.id,
      naam: title(app, entry.id),
      samenwerkingsverband: app?.naamSamenwerkingsverband,
      regio: entry.kandidaat.regio,
      totaal: entry.totaal,
      geselecteerd: entry.geselecteerd,
      besluit: decision ? DECISION_LABELS[decision.soort] : undefined,
      reden: decision?.motivering ?? entry.reden,
      tiebreak: entry.beslistDoor?.label,
      verschuiving: shift.get(entry.id),
      onenigheid: aggregates(entry.id).filter((a) => a.onenigheid).map((a) => `${itemLabel(result.rubric, a.item)} (${formatNumber(a.spreiding)})`),
      belangen: belangen(entry.id),
      consensus: aggregates(entry.id).flatMap((a) => (a.consensus ? [`${itemLabel(result.rubric, a.item)} ${a.consensus.score}${a.consensus.wie ? ` (${a.consensus.wie})` : ''}`] : [])),
      gevraagdBedrag: entry.kandidaat.gevraagdBedrag ?? undefined,
      scores: Object.fromEntries(result.rubric.items.map((i) => [i.id, result.aggregaten.get(entry.id)?.get(i.id)?.waarde ?? null])),
      kans: result.stabiliteit?.kans.get(entry.id) ?? null,
    };
  });
  const inRanking = new Set(result.ranglijst.map((e) => e.id));
  const others: SelectionRow[] = result.besluiten
    .filter((b) => !inRanking.has(b.id))
    .map((b) => {
      const app = apps.get(b.id);
      return {
        positie: null,
        id: b.id,
        naam: title(app, b.id),
        samenwerkingsverband: app?.naamSamenwerkingsverband,
        regio: toetsing.find((r) => r.id === b.id)?.regio ?? null,
        totaal: null,
        geselecteerd: false,
        besluit: DECISION_LABELS[b.soort],
        reden: b.motivering,
        belangen: belangen(b.id),
        gevraagdBedrag: app?.begroting?.gevraagdBedrag,
      };
    });
  return [...ranked, ...others];
}

/** The rubric's items as the sheet names them. */
export function selectionItems(result: ProcedureResult): { id: string; label: string }[] {
  return result.rubric.items.map((i) => ({ id: i.id, label: itemLabel(result.rubric, i.id) }));
}
