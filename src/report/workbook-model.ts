/**
 * A workbook as plain data: sheets, columns with a format, rows of values. The command line
 * writes it with exceljs (write-xlsx.ts); the add-in writes the same model with Office.js.
 */
export type CellFormat = 'tekst' | 'geheel' | 'getal' | 'score' | 'euro' | 'datum' | 'datumtijd' | 'percentage' | 'janee';

/** Excel number formats per cell format (Dutch display comes from the user's locale). */
export const NUMBER_FORMATS: Record<CellFormat, string> = {
  tekst: '@',
  geheel: '0',
  getal: '#,##0.00',
  score: '0.00',
  euro: '"€" #,##0.00',
  datum: 'dd-mm-yyyy',
  datumtijd: 'dd-mm-yyyy hh:mm',
  percentage: '0%',
  janee: '@',
};

/** A date or date-time cell holds an ISO string in the model; writers turn it into a date. */
export type CellValue = string | number | boolean | null | { waarde: string | number | null; formaat: CellFormat };

export interface ColumnModel {
  kop: string;
  formaat: CellFormat;
  breedte?: number;
}

export type ConditionalRule =
  /** Colours whole decision cells: geselecteerd green, niet geselecteerd amber, afgewezen red, niet gerangschikt grey. */
  | { soort: 'besluit'; kolom: string }
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
}

export interface WorkbookModel {
  titel: string;
  maker: string;
  /** ISO timestamp; passed in, never read from the clock here. */
  gemaakt: string;
  bladen: SheetModel[];
}

export const DECISIONS = {
  geselecteerd: { label: 'geselecteerd', kleur: 'FFC6EFCE', tekst: 'FF006100' },
  nietGeselecteerd: { label: 'niet geselecteerd', kleur: 'FFFFEB9C', tekst: 'FF9C5700' },
  afgewezen: { label: 'afgewezen', kleur: 'FFFFC7CE', tekst: 'FF9C0006' },
  nietGerangschikt: { label: 'niet gerangschikt', kleur: 'FFD9D9D9', tekst: 'FF3F3F3F' },
} as const;
