import type { ColumnSpec, ColumnKind, Highlight, TableSpec, Validation } from '../workbook/types';
import type { Problem } from '../rules/outcome';

/**
 * A workbook as plain data for the exceljs writer (write-xlsx.ts): sheets, columns with a kind,
 * rows of values. Sheets the add-in writes too come from the one schema (src/workbook) through
 * `sheetFromSpec`, so the headers, formats and colours are the add-in's; sheets only `zk` writes
 * (Aggregatie, Gevoeligheid, …) use the same kinds and palette.
 */
export type { ColumnKind };
export { NUMBER_FORMATS } from '../workbook/formats';

/** A date or date-time cell holds an ISO string in the model; writers turn it into a date. A cell may carry its own kind. */
export type SheetCell = string | number | boolean | null | undefined | { waarde: string | number | null; formaat: ColumnKind };

export interface ColumnModel {
  kop: string;
  formaat: ColumnKind;
  /** Widest the column may get (characters); it is narrower when its content is. Longer text wraps. */
  breedte?: number;
  validatie?: Validation;
  /** Cell colours by value (the schema's palette). */
  kleuren?: readonly Highlight[];
  /** A note on the header cell: what goes in the column. */
  toelichting?: string;
  /** A person types here (the schema's owner `persoon`): the cells stay editable on a protected sheet. */
  bewerkbaar?: boolean;
}

/** A column: header, kind and the widest it may get. */
export const col = (kop: string, formaat: ColumnKind, breedte?: number, kleuren?: readonly Highlight[]): ColumnModel => ({ kop, formaat, breedte, ...(kleuren ? { kleuren } : {}) });

/** Data bars on a numeric column (totals against the cut-off). */
export type ConditionalRule = { soort: 'databalk'; kolom: string };

export interface SheetModel {
  naam: string;
  /** Name of the Excel table (letters, digits, underscores). */
  tabel: string;
  kolommen: ColumnModel[];
  rijen: SheetCell[][];
  voorwaardelijk?: ConditionalRule[];
  /** Columns whose cells hold a formula (invariant form); the row's value is its cached result. */
  formules?: readonly { kolom: string; formule: string }[];
  /** Draw a cut-off line under this data row (1-based), e.g. under place N. */
  afkapNaRij?: number;
  /** Text for the row under the cut-off, shown in the first cell of a note below the table. */
  notitie?: string;
  /** More lines under the note (totals, explanations), one per row. */
  notities?: string[];
  /** First cell of the only row when there are no rows (default `(geen)`). */
  leegTekst?: string;
  /**
   * Protect the sheet without a password, against slips rather than people: only the columns
   * marked `bewerkbaar` can be typed in; filtering, sorting and resizing still work.
   */
  beveiligd?: boolean;
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

const columnOf = (c: ColumnSpec): ColumnModel => ({ kop: c.header, formaat: c.kind, breedte: c.width, ...(c.validation ? { validatie: c.validation } : {}), ...(c.highlights ? { kleuren: c.highlights } : {}), ...(c.description ? { toelichting: c.description } : {}), ...(c.owner === 'persoon' ? { bewerkbaar: true } : {}) });

/** A table of the schema as a sheet of this model: the same headers, kinds, validation and colours as the add-in writes. */
export function sheetFromSpec(spec: TableSpec, extra: Partial<Omit<SheetModel, 'naam' | 'tabel' | 'kolommen' | 'rijen'>> = {}): SheetModel {
  return {
    naam: spec.sheet,
    tabel: spec.table,
    kolommen: spec.columns.map(columnOf),
    rijen: spec.rows.map((r) => [...r]),
    ...(spec.formulas ? { formules: spec.formulas.map((f) => ({ kolom: f.header, formule: f.formula })) } : {}),
    ...extra,
  };
}

/** The Problemen sheet of a workbook `zk` writes: every problem of the run by file, place and field. */
export function problemSheet(problems: readonly Problem[]): SheetModel {
  return {
    naam: 'Problemen',
    tabel: 'ProblemenTabel',
    kolommen: [col('Bestand', 'text', 28), col('Plaats', 'text', 22), col('Veld', 'text', 18), col('Melding', 'text', 100), col('Ernst', 'text', 12)],
    rijen: problems.map((p) => [p.bestand, p.plaats, p.veld, p.melding, p.ernst ?? 'fout']),
    leegTekst: 'Geen problemen gevonden.',
  };
}
