/** Columns of the Selectie, BehandelIndex and Instellingen sheets. */
import type { ColumnDef } from './columns';
import { CHECK_HIGHLIGHTS } from './columns';
import type { BiPracticeRow, SelectionRow, SettingRow } from './types';

const GREEN = '#C6EFCE';
const AMBER = '#FFEB9C';

export const SELECTION_COLUMNS: ColumnDef<SelectionRow>[] = [
  { header: 'Positie', kind: 'number', width: 8, value: (r) => r.positie },
  { header: 'Aanvraag', kind: 'text', width: 12, value: (r) => r.id },
  // Naam and Totaalscore are adjacent: they are the ranking chart's source.
  { header: 'Naam initiatief', kind: 'text', width: 30, value: (r) => r.naam },
  { header: 'Totaalscore', kind: 'decimal', width: 11, value: (r) => r.totaal },
  { header: 'Kernregio', kind: 'text', width: 16, value: (r) => r.regio },
  { header: 'Geselecteerd', kind: 'boolean', width: 11, highlights: [{ equals: 'ja', fill: GREEN }], value: (r) => r.geselecteerd },
  { header: 'Gevraagd bedrag', kind: 'euro', width: 14, value: (r) => r.gevraagdBedrag },
  { header: 'Reden', kind: 'text', width: 44, value: (r) => r.reden },
  { header: 'Beslissende tie-break', kind: 'text', width: 16, value: (r) => r.tiebreak },
  { header: 'Verschuiving door normalisatie', kind: 'number', width: 12, value: (r) => r.verschuiving },
  { header: 'Onenigheid beoordelaars', kind: 'text', width: 24, value: (r) => (r.onenigheid ?? []).join('; ') },
  // Disagreement stands out: amber when assessors disagree on at least one item.
  { header: 'Aantal onenigheden', kind: 'number', width: 10, highlights: [{ atLeast: 1, fill: AMBER }], value: (r) => (r.onenigheid ?? []).length },
  { header: 'Consensusscore gebruikt', kind: 'text', width: 24, value: (r) => (r.consensus ?? []).join('; ') },
];

/** Index (0-based) of the first chart source column (Naam initiatief); Totaalscore follows it. */
export const CHART_SOURCE_COLUMN = 2;

export const BI_COLUMNS: ColumnDef<BiPracticeRow>[] = [
  { header: 'AGB-code', kind: 'text', width: 10, value: (r) => r.agb },
  { header: 'Praktijk', kind: 'text', width: 30, value: (r) => r.naam },
  { header: 'BehandelIndex', kind: 'decimal', width: 12, value: (r) => r.bi },
  { header: 'Deciel', kind: 'number', width: 8, value: (r) => r.deciel },
  { header: 'Uitkomst', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.status },
  { header: 'Reden', kind: 'text', width: 40, value: (r) => r.reden },
];

export interface KeyValue {
  kenmerk: string;
  waarde: string | number | null;
}

export const KEY_VALUE_COLUMNS: ColumnDef<KeyValue>[] = [
  { header: 'Kenmerk', kind: 'text', width: 26, value: (r) => r.kenmerk },
  { header: 'Waarde', kind: 'text', width: 30, value: (r) => (r.waarde === null ? '' : String(r.waarde)) },
];

export const SETTING_COLUMNS: ColumnDef<SettingRow>[] = [
  { header: 'Sleutel', kind: 'text', width: 24, value: (r) => r.sleutel },
  { header: 'Waarde', kind: 'text', width: 40, value: (r) => (typeof r.waarde === 'string' ? r.waarde : JSON.stringify(r.waarde)) },
  { header: 'Toelichting', kind: 'text', width: 50, value: (r) => r.toelichting },
];
