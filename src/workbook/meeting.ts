/**
 * The Overleg sheet: the items where the assessors disagree, largest spread first, with each
 * assessor's score and comment side by side, what counts now, and what a consensus score would
 * change in the selection. The program writes it (both hosts) for the consensus meeting; decisions
 * go into the Consensus sheet (with motivation and who was present), never into this one.
 */
import type { MeetingItem } from '../rules/scoring/meeting';
import { effectText, meetingEvents, type Overleg } from '../rules/scoring/meeting';
import type { Aggregates } from '../rules/scoring/aggregate';
import { procedureAuditEntries } from './audit';
import { formatNumber } from '../rules/scoring/numbers';
import { DISAGREEMENT_HIGHLIGHT, YES_HIGHLIGHT } from './colours';
import { type ColumnDef, rowsOf, specsOf } from './columns';
import { SHEETS, TABLES } from './names';
import type { AuditEntry, TableSpec } from './types';

export const OVERLEG_SHEET = SHEETS.overleg;
export const OVERLEG_TABLE = TABLES.overleg;

/** Shown for a conflicted assessor instead of a score. */
export const CONFLICT_CELL = 'belang';

/** One row of the sheet: a disputed item of an application, with the application's name. */
export interface MeetingRow extends MeetingItem {
  naam: string;
}

export const scoreHeader = (p: { beoordelaar: string; rol: string }): string => `Score ${p.beoordelaar && p.beoordelaar !== p.rol ? `${p.beoordelaar} (${p.rol})` : p.rol || p.beoordelaar}`;
export const noteHeader = (p: { beoordelaar: string; rol: string }): string => `Toelichting ${p.beoordelaar && p.beoordelaar !== p.rol ? p.beoordelaar : p.rol || p.beoordelaar}`;

/** The columns for a panel (one score and one comment column per assessor, in the panel's order) and a selection of `n`. */
export function meetingColumns(panel: readonly { beoordelaar: string; rol: string }[], n = 6): ColumnDef<MeetingRow>[] {
  const perAssessor = panel.flatMap((p, i): ColumnDef<MeetingRow>[] => [
    {
      header: scoreHeader(p),
      // A number column: a score stays a number; "belang" is written as text (cells.ts).
      kind: 'number',
      width: 12,
      description: `De score van ${p.beoordelaar}; "${CONFLICT_CELL}" als die beoordelaar een belang meldde en deze aanvraag niet scoort.`,
      value: (r) => {
        const s = r.scores[i];
        return s?.belang !== undefined ? CONFLICT_CELL : s?.score ?? '';
      },
    },
    { header: noteHeader(p), kind: 'text', width: 36, value: (r) => r.scores[i]?.toelichting ?? '' },
  ]);
  return [
    { header: 'Spreiding', kind: 'decimal', width: 9, highlights: DISAGREEMENT_HIGHLIGHT, value: (r) => r.spreiding },
    { header: 'Aanvraag', kind: 'text', width: 12, value: (r) => r.aanvraag },
    { header: 'Naam initiatief', kind: 'text', width: 28, value: (r) => r.naam },
    { header: 'Onderdeel', kind: 'text', width: 24, value: (r) => r.label },
    ...perAssessor,
    { header: 'Gemiddelde', kind: 'score', width: 10, value: (r) => r.gemiddelde },
    { header: 'Mediaan', kind: 'score', width: 9, value: (r) => r.mediaan },
    { header: 'Telt nu', kind: 'score', width: 9, value: (r) => r.waarde },
    { header: 'Consensusscore', kind: 'text', width: 24, value: (r) => (r.consensus ? `${formatNumber(r.consensus.score)} (${r.consensus.wie})` : '') },
    { header: 'Positie nu', kind: 'number', width: 9, value: (r) => r.positie },
    { header: `In top ${n} nu`, kind: 'boolean', width: 10, highlights: YES_HIGHLIGHT, value: (r) => r.geselecteerd },
    { header: 'Verandert de selectie bij', kind: 'text', width: 18, value: (r) => r.effecten.filter((e) => e.verandert).map((e) => e.score).join(', ') || 'geen score' },
    { header: 'Gevolg van een consensusscore', kind: 'text', width: 70, value: (r) => effectText(r.effecten) },
  ];
}

/** The table spec of the sheet (both writers). */
export function meetingSpec(rows: readonly MeetingRow[], panel: readonly { beoordelaar: string; rol: string }[], n = 6): TableSpec {
  const columns = meetingColumns(panel, n);
  return { sheet: OVERLEG_SHEET, table: OVERLEG_TABLE, columns: specsOf(columns), rows: rowsOf(columns, rows) };
}

/** The meeting's audit (src/rules/scoring/meeting.ts `meetingEvents`) as rows of the Audit sheet. */
export function meetingAuditEntries(overleg: Overleg, label: (item: string) => string = (i) => i, aggregaten?: Aggregates): AuditEntry[] {
  return procedureAuditEntries(meetingEvents(overleg, label, aggregaten));
}
