import { DECISION_LABELS } from '../rules/ranking/decisions';

/**
 * A workbook as plain data: sheets, columns with a format, rows of values. The command line
 * writes it with exceljs (write-xlsx.ts); the add-in writes the same model with Office.js.
 */
export type CellFormat = 'tekst' | 'geheel' | 'getal' | 'score' | 'euro' | 'datum' | 'datumtijd' | 'percentage' | 'janee' | 'decimaal1' | 'decimaal';

/**
 * Excel number formats per cell format. `[$-413]` tags them Dutch (nl-NL): Excel and LibreOffice
 * show `€ 60.000,00`, `3,75` and `31-12-2020` to a Dutch reader whatever the file was made on.
 */
export const NUMBER_FORMATS: Record<CellFormat, string> = {
  tekst: '@',
  geheel: '[$-413]0',
  getal: '[$-413]#,##0.00',
  score: '[$-413]0.00',
  /** One decimal, as a BehandelIndex is published: 102,8. */
  decimaal1: '[$-413]0.0',
  /** At least one and up to four decimals, for computed boundaries: 96,4 or 102,7625. */
  decimaal: '[$-413]0.0###',
  // The € as a quoted literal: LibreOffice keeps English separators for a `[$€-413]` currency tag.
  euro: '[$-413]"€ "#,##0.00;[$-413]"€ "-#,##0.00',
  datum: '[$-413]dd-mm-yyyy',
  datumtijd: '[$-413]dd-mm-yyyy hh:mm',
  percentage: '[$-413]0%',
  janee: '@',
};

/** A date or date-time cell holds an ISO string in the model; writers turn it into a date. */
export type CellValue = string | number | boolean | null | { waarde: string | number | null; formaat: CellFormat };

export interface ColumnModel {
  kop: string;
  formaat: CellFormat;
  /** Widest the column may get (characters); it is narrower when its content is. Longer text wraps. */
  breedte?: number;
}

/** A column: header, format and the widest it may get. */
export const col = (kop: string, formaat: CellFormat, breedte?: number): ColumnModel => ({ kop, formaat, breedte });

export type ConditionalRule =
  /** Colours whole decision cells: geselecteerd green, niet geselecteerd amber, afgewezen red, nog niet volledig beoordeeld grey, besluit van het team nodig / verzoek om aanvulling blue. */
  | { soort: 'besluit'; kolom: string }
  /** Colours check statuses: voldoet green, voldoet niet red, onbekend grey. */
  | { soort: 'status'; kolom: string }
  /** Data bars on a numeric column (totals against the cut-off). */
  | { soort: 'databalk'; kolom: string };

export interface SheetModel {
  naam: string;
  /** Name of the Excel table (letters, digits, underscores). */
  tabel: string;
  kolommen: ColumnModel[];
  rijen: CellValue[][];
  voorwaardelijk?: ConditionalRule[];
  /** Draw a cut-off line under this data row (1-based), e.g. under place N. */
  afkapNaRij?: number;
  /** Text for the row under the cut-off, shown in the first cell of a note below the table. */
  notitie?: string;
  /** More lines under the note (totals, explanations), one per row. */
  notities?: string[];
  /** First cell of the only row when there are no rows (default `(geen)`). */
  leegTekst?: string;
}

export interface WorkbookModel {
  titel: string;
  maker: string;
  /** ISO timestamp; passed in, never read from the clock here. */
  gemaakt: string;
  bladen: SheetModel[];
  /** Printed on every page's header: the policy on the left, the date on the right. */
  afdruk?: { links: string; rechts: string };
}

const RED = { kleur: 'FFFFC7CE', tekst: 'FF9C0006' };

export const DECISIONS = {
  geselecteerd: { label: DECISION_LABELS.geselecteerd, kleur: 'FFC6EFCE', tekst: 'FF006100' },
  nietGeselecteerd: { label: DECISION_LABELS.nietGeselecteerd, kleur: 'FFFFEB9C', tekst: 'FF9C5700' },
  afgewezen: { label: DECISION_LABELS.afgewezen, ...RED },
  afgewezenOnvolledig: { label: DECISION_LABELS.afgewezenOnvolledig, ...RED },
  /** Waiting for the team: blue, a question rather than an outcome. */
  besluitNodig: { label: DECISION_LABELS.besluitNodig, kleur: 'FFDDEBF7', tekst: 'FF1F4E79' },
  aanvullingGevraagd: { label: DECISION_LABELS.aanvullingGevraagd, kleur: 'FFDDEBF7', tekst: 'FF1F4E79' },
  nietGerangschikt: { label: DECISION_LABELS.nietVolledigBeoordeeld, kleur: 'FFD9D9D9', tekst: 'FF3F3F3F' },
} as const;

export const CHECK_STATUS_COLOURS = {
  voldoet: { label: 'voldoet', kleur: 'FFC6EFCE', tekst: 'FF006100' },
  voldoetNiet: { label: 'voldoet niet', ...RED },
  onbekend: { label: 'onbekend', kleur: 'FFE7E6E6', tekst: 'FF404040' },
} as const;
